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
        double fi = w.tokens() instanceof ScaledTokens s ? s.inputScale() : 1;
        double fo = w.tokens() instanceof ScaledTokens s ? s.outputScale() : 1;
        if (value == (input ? fi : fo)) {
            return w;
        }
        TokenProfile base = ScaledTokens.unscaled(w.tokens());
        return w.withTokens(ScaledTokens.of(base, input ? value : fi, input ? fo : value));
    }

    /**
     * {@code p} with token scales set, one after another as {@link #with} sets them, the project
     * rebuilt once.
     *
     * @param paths  token scale paths ({@link #isScale})
     * @param values their values
     */
    static Project withScales(Project p, List<FieldPath> paths, double[] values) {
        if (paths.isEmpty()) {
            return p;
        }
        List<Workload> ws = new ArrayList<>(p.workloads());
        boolean changed = false;
        for (int k = 0; k < paths.size(); k++) {
            FieldPath path = paths.get(k);
            int i = 0;
            while (i < ws.size() && !ws.get(i).name().equals(path.itemName())) {
                i++;
            }
            if (i == ws.size()) {
                throw new MissingFieldException(path, "'workloads' has no '" + path.itemName() + "'");
            }
            Workload w = scaled(ws.get(i), path.leaf().equals(INPUT_SCALE), values[k]);
            changed |= w != ws.get(i);
            ws.set(i, w);
        }
        return changed ? p.withWorkloads(ws) : p;
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
