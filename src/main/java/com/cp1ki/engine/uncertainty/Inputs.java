package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.FieldSetter;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The inputs a range or a tornado can move: every number {@link Fields} reaches, plus two virtual
 * numbers per workload, {@code workloads[w].tokens.inputScale} and {@code .outputScale} (1 = as
 * measured), which multiply every request's tokens (prompt growth) and apply to a token
 * distribution as well as to typed means. Reads and sets go through {@link Fields}, so every
 * record invariant runs; a scale is applied with {@link ScaledTokens#of}.
 */
final class Inputs {
    static final String INPUT_SCALE = "inputScale";
    static final String OUTPUT_SCALE = "outputScale";

    private Inputs() {
    }

    /** The path of a workload's token scale. */
    static FieldPath scale(String workload, boolean input) {
        return FieldPath.item("workloads", workload, "tokens", input ? INPUT_SCALE : OUTPUT_SCALE);
    }

    /** Whether the path is a workload's token scale: workloads[w].tokens.inputScale or .outputScale. */
    static boolean isScale(FieldPath p) {
        List<FieldPath.Segment> s = p.segments();
        return s.size() == 3 && s.get(0).component().equals("workloads") && s.get(0).keyed()
                && s.get(1).component().equals("tokens") && !s.get(1).keyed()
                && (s.get(2).component().equals(INPUT_SCALE) || s.get(2).component().equals(OUTPUT_SCALE));
    }

    /** Why an existing number cannot carry a range or move in a tornado, or null when it can. */
    static String notRangeable(FieldPath p) {
        List<FieldPath.Segment> s = p.segments();
        if (s.get(0).component().equals("settings") && (p.leaf().equals("volumeMin") || p.leaf().equals("volumeMax"))) {
            return "the volume range of the crossover chart is a view, not an input";
        }
        if (s.get(0).component().equals("uncertainty") || s.get(0).component().equals("drift")) {
            return "the simulation's and the drift rule's own settings are not inputs of the costs";
        }
        if (s.get(0).component().equals("forecast") && (p.leaf().equals("months") || p.leaf().equals("reservedMonthsLeft"))) {
            return "the forecast's months are whole months it shows, not a rate; range a growth or a decline for a fan";
        }
        if (s.size() >= 2 && s.get(1).component().equals("routing")) {
            return "routing shares must add up to 100%, so one cannot move alone; range the workload's volume instead";
        }
        return null;
    }

    /** The value of an input (a scale is 1 unless the profile is already scaled). */
    static double value(Project p, FieldPath path) {
        if (isScale(path)) {
            TokenProfile t = workload(p, path).tokens();
            if (t instanceof ScaledTokens s) {
                return path.leaf().equals(INPUT_SCALE) ? s.inputScale() : s.outputScale();
            }
            return 1;
        }
        return Fields.number(p, path);
    }

    /**
     * The value an input holds after {@link #with} set it to {@code requested}: a count as rounded
     * by the record, a token scale as requested (typed means are scaled in place, so the project
     * no longer shows the factor).
     */
    static double held(Project q, FieldPath path, double requested) {
        return isScale(path) ? requested : Fields.number(q, path);
    }

    /** {@code p} with the input set; throws as {@link Fields#with} does. */
    static Project with(Project p, FieldPath path, double value) {
        if (!isScale(path)) {
            return Fields.with(p, path, value);
        }
        Workload w = workload(p, path);
        Workload scaled = scaled(w, path.leaf().equals(INPUT_SCALE), value);
        if (scaled == w) {
            return p;
        }
        return p.withWorkloads(p.workloads().stream().map(x -> x == w ? scaled : x).toList());
    }

    /** The workload with its input or output token scale set (the workload itself when the scale is already that). */
    private static Workload scaled(Workload w, boolean input, double value) {
        TokenProfile t = scaled(w.tokens(), input, value);
        return t == w.tokens() ? w : w.withTokens(t);
    }

    /** The token profile with its input or output scale set (the profile itself when the scale is already that). */
    private static TokenProfile scaled(TokenProfile t, boolean input, double value) {
        double fi = t instanceof ScaledTokens s ? s.inputScale() : 1;
        double fo = t instanceof ScaledTokens s ? s.outputScale() : 1;
        if (value == (input ? fi : fo)) {
            return t;
        }
        return ScaledTokens.of(ScaledTokens.unscaled(t), input ? value : fi, input ? fo : value);
    }

    /**
     * The change of each workload's token profile by its token scales, for a {@link FieldSetter.Batch}
     * of a draw: so the scales are set in the same copy of the workload and the project as the drawn
     * numbers, not in a second copy. Each profile is scaled after its numbers are set, one scale after
     * another in the order given, as {@link #with} sets them one at a time.
     *
     * @param paths token scale paths ({@link #isScale})
     * @param at    where scale k's value is in the batch's values
     */
    static List<FieldSetter.Change> scaleChanges(Project p, List<FieldPath> paths, int[] at) {
        List<FieldSetter.Change> out = new ArrayList<>();
        List<String> done = new ArrayList<>();
        for (FieldPath first : paths) {
            String w = first.itemName();
            if (done.contains(w)) {
                continue;
            }
            done.add(w);
            List<Integer> mine = new ArrayList<>();
            for (int k = 0; k < paths.size(); k++) {
                if (paths.get(k).itemName().equals(w)) {
                    mine.add(k);
                }
            }
            boolean[] input = new boolean[mine.size()];
            int[] from = new int[mine.size()];
            for (int k = 0; k < input.length; k++) {
                input[k] = paths.get(mine.get(k)).leaf().equals(INPUT_SCALE);
                from[k] = at[mine.get(k)];
            }
            FieldSetter tokens = FieldSetter.of(p, FieldPath.item("workloads", w, "tokens"));
            out.add(new FieldSetter.Change(tokens, (t, values) -> {
                TokenProfile scaled = (TokenProfile) t;
                for (int k = 0; k < input.length; k++) {
                    scaled = scaled(scaled, input[k], values[from[k]]);
                }
                return scaled;
            }));
        }
        return out;
    }

    /** Whether the path names an input of the project. */
    static boolean exists(Project p, FieldPath path) {
        if (isScale(path)) {
            return p.workload(path.itemName()).isPresent();
        }
        return Fields.exists(p, path) && Fields.get(p, path) instanceof Number;
    }

    /** Every number of the project a tornado may move, in project order, each workload's scales after its fields. */
    static List<FieldPath> all(Project p) {
        List<FieldPath> out = new ArrayList<>();
        String last = null;
        for (Fields.Field f : Fields.all(p)) {
            if (f.kind() != Fields.Kind.NUMBER || f.value() == null || notRangeable(f.path()) != null) {
                continue;
            }
            String item = f.path().segments().get(0).component().equals("workloads") ? f.path().itemName() : null;
            if (last != null && !last.equals(item)) {
                out.add(scale(last, true));
                out.add(scale(last, false));
            }
            last = item;
            out.add(f.path());
        }
        if (last != null) {
            out.add(scale(last, true));
            out.add(scale(last, false));
        }
        return out;
    }

    /** Whether the input moves the report of the moment (a forecast's rates move only the months ahead). */
    static boolean movesTheReport(FieldPath path) {
        return !path.segments().get(0).component().equals("forecast");
    }

    /**
     * An input resolved once against a project, to be set many times in projects of its shape (the
     * draws of a simulation, the two ends of a tornado bar): as {@link #with} and {@link #held}, with
     * the record path looked up once ({@link FieldSetter}) instead of by reflection on every set.
     */
    static final class Setter {
        private final FieldPath path;
        /** null for a token scale */
        private final FieldSetter field;

        Setter(Project p, FieldPath path) {
            this.path = path;
            this.field = isScale(path) ? null : FieldSetter.of(p, path);
        }

        /** As {@link Inputs#with}. */
        Project with(Project p, double value) {
            return field == null ? Inputs.with(p, path, value) : field.with(p, value);
        }

        /** As {@link Inputs#held}. */
        double held(Project q, double requested) {
            return field == null ? requested : field.number(q);
        }
    }

    private static Workload workload(Project p, FieldPath path) {
        return p.workload(path.itemName()).orElseThrow(() -> new MissingFieldException(path,
                "'workloads' has no '" + path.itemName() + "'"));
    }
}
