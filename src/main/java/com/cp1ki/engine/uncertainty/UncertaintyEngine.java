package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.Uncertainty;

import java.util.List;

/**
 * How sure a project's numbers are (docs/cost-model.md, "Uncertainty"): the tornado of each
 * followed output and the Monte Carlo simulation over the project's ranges. The one public entry
 * point of {@code engine.uncertainty}; the sampling itself ({@link SeededDraws}, the ranges'
 * quantiles, {@link #draws}) is public too, for the forecast's fan.
 */
public final class UncertaintyEngine {
    private UncertaintyEngine() {
    }

    /**
     * A simulation of the project at its own seed and number of draws, ready to run.
     *
     * @throws InvalidInputException naming the field when a range reaches outside what its field accepts
     */
    public static Simulator simulator(Project p) {
        return simulator(p, p.uncertainty().seed(), p.uncertainty().draws());
    }

    /** A simulation at another seed or number of draws (the CLI's --seed and --draws), with no memory limit. */
    public static Simulator simulator(Project p, long seed, int draws) {
        return simulator(p, seed, draws, Long.MAX_VALUE);
    }

    /**
     * How much of a Java heap of {@code heapBytes} a simulation may keep (60%: the rest is the
     * program's own, and the statistics' passing copies); the workbench and {@code cp1ki simulate}
     * pass {@code Runtime.maxMemory()} through it.
     */
    public static long memoryFor(long heapBytes) {
        return heapBytes / 10 * 6;
    }

    /**
     * A simulation that keeps at most about {@code memoryBytes} of numbers ({@link Simulator#bytesFor}):
     * the workbench and the command line pass what their Java heap allows.
     *
     * @throws InvalidInputException naming the draws when they are out of bounds, or when so many draws
     *                               of this project would keep more than {@code memoryBytes} (the message
     *                               says how many fit)
     */
    public static Simulator simulator(Project p, long seed, int draws, long memoryBytes) {
        if (draws < 1 || draws > Uncertainty.MAX_DRAWS) {
            throw new InvalidInputException("draws", String.format(java.util.Locale.ROOT,
                    "draws must be between 1 and %,d, was %,d", Uncertainty.MAX_DRAWS, draws));
        }
        return new Simulator(p, seed, draws, memoryBytes);
    }

    /**
     * The project's ranges on the fields {@code which} accepts, drawing at {@code seed} the numbers a
     * simulation at that seed draws for them (the forecast's fan draws its rates with it).
     *
     * @throws InvalidInputException naming the field when one of them reaches outside what its field accepts
     */
    public static RangeDraws draws(Project p, long seed, java.util.function.Predicate<String> which) {
        return RangeDraws.of(p, seed, which);
    }

    /** The whole simulation on the calling thread (tests, small projects). */
    public static Simulation simulate(Project p) {
        Simulator s = simulator(p);
        s.run(0, s.draws());
        return s.result();
    }

    /** The tornado of CP1Ki, plan margins and the monthly bill. */
    public static Tornado tornado(Project p) {
        return Tornados.of(p);
    }

    /** Why {@code range} cannot go on {@code field} of the project (a message naming the field), or null if it can. */
    public static String refusal(Project p, String field, Range range) {
        FieldPath path;
        try {
            path = FieldPath.parse(field);
        } catch (IllegalArgumentException e) {
            return field + " is not a field path: " + e.getMessage();
        }
        if (!Inputs.exists(p, path)) {
            return "the project has no number at " + field;
        }
        String why = Inputs.notRangeable(path);
        if (why != null) {
            return field + " cannot carry a range: " + why;
        }
        try {
            Ranged.check(field, range, Bounds.of(path));
            return null;
        } catch (InvalidInputException e) {
            return e.getMessage();
        }
    }

    /** Every number of the project that may carry a range, with each workload's two token scales. */
    public static List<String> rangeableFields(Project p) {
        return Inputs.all(p).stream().map(FieldPath::toString).toList();
    }

    /** The value of a rangeable number (a token scale is 1). */
    public static double value(Project p, String field) {
        return Inputs.value(p, FieldPath.parse(field));
    }

    /** The ranges with a renamed item's name replaced in their field paths (an edit renamed it). */
    public static Uncertainty renamed(Uncertainty u, String list, String from, String to) {
        return u.withFields(f -> FieldPath.parse(f).renamed(list, from, to).toString());
    }
}
