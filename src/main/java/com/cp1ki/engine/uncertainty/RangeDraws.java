package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;

import java.util.List;
import java.util.function.Predicate;

/**
 * Some of a project's ranges, checked as the simulation checks them, drawing the very numbers the
 * simulation draws for them: draw i of an input depends only on the seed, its field path and i
 * ({@link SeededDraws}), kept within what the field accepts. The forecast's fan draws its rates
 * with it ({@code engine.forecast}). Immutable.
 */
public final class RangeDraws {
    private final Ranged ranged;
    private final long[] streams;

    private RangeDraws(Ranged ranged, long seed) {
        this.ranged = ranged;
        streams = new long[ranged.inputs().size()];
        for (int j = 0; j < streams.length; j++) {
            streams[j] = SeededDraws.stream(seed, ranged.inputs().get(j).path().toString());
        }
    }

    /**
     * The project's ranges on the fields {@code which} accepts (by their field path's text), at a seed.
     *
     * @throws InvalidInputException naming the field when one of them reaches outside what its field accepts
     */
    static RangeDraws of(Project p, long seed, Predicate<String> which) {
        return new RangeDraws(Ranged.of(p, path -> which.test(path.toString())), seed);
    }

    /** How many ranged inputs. */
    public int size() {
        return streams.length;
    }

    /** Input j's field path, e.g. "forecast.volumeGrowthPerMonth". */
    public String field(int j) {
        return ranged.inputs().get(j).path().toString();
    }

    /** Input j's path. */
    public FieldPath path(int j) {
        return ranged.inputs().get(j).path();
    }

    /** Input j's range. */
    public Range range(int j) {
        return ranged.inputs().get(j).range();
    }

    /** Input j's value in the project. */
    public double base(int j) {
        return ranged.inputs().get(j).base();
    }

    /** Draw {@code i} (0-based) of input j: the same number the simulation draws. */
    public double draw(int j, long i) {
        return ranged.inputs().get(j).draw(streams[j], i);
    }

    /** The ranges on fields the project no longer has (left out, kept in the file), one sentence each. */
    public List<String> warnings() {
        return ranged.warnings();
    }
}
