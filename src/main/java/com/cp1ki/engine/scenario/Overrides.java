package com.cp1ki.engine.scenario;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.field.MissingFieldException;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.report.OverrideProblem;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a scenario's overrides to its base. Each override goes through {@link Fields}, so every
 * rule of the model runs; routing shares of one workload are applied together ({@link RouteShares}).
 * An override that cannot apply is reported as an {@link OverrideProblem} and left out; the others
 * still apply. Overrides that a rule refuses only because of another override (a cache read share
 * raised while another override lowers the write share) are retried after the others, so the order
 * of the list does not matter for a scenario that is valid as a whole.
 */
final class Overrides {

    /** One unit of change: a single field, or every routing share of one workload. */
    interface Step {
        Project apply(Project p);

        List<FieldOverride> overrides();

        /** Leaves out one override that cannot apply; false when none is left. */
        default boolean drop(FieldOverride o) {
            return false;
        }
    }

    private Overrides() {
    }

    static ScenarioEngine.Applied apply(Project project, Scenario s) {
        Project cur = project.withScenarios(List.of());
        List<OverrideProblem> problems = new ArrayList<>();
        List<Step> pending = steps(s, problems);
        Map<Step, String> refused = new LinkedHashMap<>();
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (Iterator<Step> it = pending.iterator(); it.hasNext(); ) {
                Step step = it.next();
                try {
                    cur = step.apply(cur);
                    it.remove();
                    refused.remove(step);
                    progress = true;
                } catch (Flagged f) {
                    problems.add(problem(s, f.override, f.code, f.getMessage()));
                    if (!step.drop(f.override)) {
                        it.remove();
                    }
                    progress = true;
                } catch (MissingFieldException e) {
                    FieldOverride o = step.overrides().get(0);
                    problems.add(problem(s, o, OverrideProblem.MISSING, missing(e)));
                    it.remove();
                } catch (InvalidInputException e) {
                    refused.put(step, e.getMessage());
                }
            }
        }
        for (Step step : pending) {
            for (FieldOverride o : step.overrides()) {
                problems.add(problem(s, o, OverrideProblem.INVALID, refused.get(step)));
            }
        }
        return new ScenarioEngine.Applied(cur, s.name(), order(s, problems));
    }

    /** Problems in the order of the scenario's overrides. */
    private static List<OverrideProblem> order(Scenario s, List<OverrideProblem> problems) {
        List<OverrideProblem> out = new ArrayList<>();
        for (FieldOverride o : s.overrides()) {
            for (OverrideProblem p : problems) {
                if (p.field().equals(o.field())) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static List<Step> steps(Scenario s, List<OverrideProblem> problems) {
        List<Step> steps = new ArrayList<>();
        Map<String, RouteShares> routes = new LinkedHashMap<>();
        for (FieldOverride o : s.overrides()) {
            FieldPath path;
            try {
                path = FieldPath.parse(o.field());
            } catch (IllegalArgumentException e) {
                problems.add(problem(s, o, OverrideProblem.UNREADABLE, e.getMessage()));
                continue;
            }
            if (RouteShares.isShare(path)) {
                RouteShares group = routes.computeIfAbsent(path.itemName(), w -> {
                    RouteShares g = new RouteShares(w);
                    steps.add(g);
                    return g;
                });
                group.add(o, path);
            } else {
                steps.add(new FieldStep(o, path));
            }
        }
        return steps;
    }

    /** One field set or scaled. */
    private record FieldStep(FieldOverride o, FieldPath path) implements Step {
        @Override
        public Project apply(Project p) {
            if (o.op() == FieldOverride.Op.SET) {
                return Fields.with(p, path, o.value());
            }
            Object v = Fields.get(p, path);
            if (v == null) {
                throw new Flagged(o, OverrideProblem.UNSET, "scales " + o.field()
                        + ", which is not set in the base; set it to a value instead");
            }
            if (!(v instanceof Number n)) {
                throw new Flagged(o, OverrideProblem.INVALID, "scales " + o.field() + ", which is not a number");
            }
            return Fields.with(p, path, n.doubleValue() * o.factor());
        }

        @Override
        public List<FieldOverride> overrides() {
            return List.of(o);
        }
    }

    /** A problem found while applying a step that no retry can fix. */
    static final class Flagged extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient FieldOverride override;
        final String code;

        Flagged(FieldOverride override, String code, String message) {
            super(message, null, false, false);
            this.override = override;
            this.code = code;
        }
    }

    private static String missing(MissingFieldException e) {
        String m = e.getMessage();
        return m.startsWith("field ") ? m.substring(6) : m;
    }

    private static OverrideProblem problem(Scenario s, FieldOverride o, String code, String why) {
        return new OverrideProblem(s.name(), o.field(), code, "Scenario '" + s.name() + "': the override "
                + o.field() + " " + describe(o) + " is not applied: " + why + (code.equals(OverrideProblem.MISSING)
                ? " (was the item renamed or deleted?)" : "") + ".");
    }

    /** "x 3", "= 2.5", "= on", "= RESERVED_1Y", "= (not set)". */
    static String describe(FieldOverride o) {
        if (o.op() == FieldOverride.Op.SCALE) {
            return "x " + Fmt.input(o.factor());
        }
        Object v = o.value();
        if (v == null) {
            return "= (not set)";
        }
        if (v instanceof Double d) {
            return "= " + Fmt.input(d);
        }
        if (v instanceof Boolean b) {
            return "= " + (b ? "on" : "off");
        }
        return "= " + v;
    }
}
