package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.RangeKind;
import com.cp1ki.engine.model.RangedInput;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * A project's ranges checked against the project: each range that names an input of the project,
 * with its path, bounds and random stream; the ranges left behind by an edit (a renamed or deleted
 * item, a switched serving kind) as warnings, kept in the project but left out of the numbers.
 *
 * @param inputs   the ranges that apply, in the project's order of ranges
 * @param warnings one sentence per range left out
 */
record Ranged(List<Input> inputs, List<String> warnings) {

    /**
     * One ranged input.
     *
     * @param path      its address
     * @param range     its range
     * @param bounds    what the field accepts (a draw outside is moved to the nearest allowed value)
     * @param base      its value in the project
     * @param quantiles the range's quantile function ({@link Range#quantiles})
     */
    record Input(FieldPath path, Range range, Bounds bounds, double base, DoubleUnaryOperator quantiles) {
        Input(FieldPath path, Range range, Bounds bounds, double base) {
            this(path, range, bounds, base, range.quantiles());
        }

        /**
         * Draw {@code i} under a seed: the range's quantile of the input's own uniform number
         * ({@link SeededDraws#draw}, with the range's constants worked out once), kept within bounds.
         */
        double draw(long stream, long i) {
            return bounds.clamp(quantiles.applyAsDouble(SeededDraws.uniform(stream, i)));
        }
    }

    /**
     * The project's ranges that apply.
     *
     * @throws InvalidInputException naming the field when a range reaches outside what its field
     *                               accepts (a negative price, a share above 1)
     */
    static Ranged of(Project p) {
        return of(p, path -> true);
    }

    /** The project's ranges on the inputs {@code which} accepts (the others are not looked at). */
    static Ranged of(Project p, java.util.function.Predicate<FieldPath> which) {
        List<Input> inputs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (RangedInput r : p.uncertainty().ranges()) {
            FieldPath path = FieldPath.parse(r.field());
            if (!which.test(path)) {
                continue;
            }
            if (!Inputs.exists(p, path)) {
                warnings.add("The range on " + r.field() + " is left out: the project has no such number "
                        + "(renamed, deleted or switched off by an edit); it is kept in the file.");
                continue;
            }
            String why = Inputs.notRangeable(path);
            if (why != null) {
                throw new InvalidInputException(r.field(), r.field() + " cannot carry a range: " + why);
            }
            Bounds b = Bounds.of(path);
            check(r.field(), r.range(), b);
            inputs.add(new Input(path, r.range(), b, Inputs.value(p, path)));
        }
        return new Ranged(inputs, warnings);
    }

    /** Refuses a range whose ends (or, for a lognormal range, whose shape) reach outside its field's bounds. */
    static void check(String field, Range r, Bounds b) {
        if (!b.contains(r.low()) || !b.contains(r.high())) {
            throw new InvalidInputException(field, "the range " + num(r.low()) + " to " + num(r.high()) + " of "
                    + field + " goes outside what the field accepts (" + b.describe() + ")");
        }
        if (r.kind() == RangeKind.LOGNORMAL && b.capped() && !r.certain()) {
            throw new InvalidInputException(field, "a lognormal range on " + field + " would draw values above "
                    + num(b.max()) + "; use a triangular or uniform range for a share, a ceiling or a decline");
        }
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
