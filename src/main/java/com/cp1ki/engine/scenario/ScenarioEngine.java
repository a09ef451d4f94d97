package com.cp1ki.engine.scenario;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.ReportMemo;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.report.OverrideProblem;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * Scenarios: a project's base and its named "what if"s, each a list of overrides of the base
 * (docs/cost-model.md, "Scenarios"). The one public entry point of {@code engine.scenario}:
 * {@link #apply} turns a project and a scenario's name into the project the engine reports on,
 * {@link #report} reports on it with its problems as warnings, {@link #compare} sets the base and
 * every scenario side by side. Pure, like {@link CostEngine}.
 */
public final class ScenarioEngine {

    /** The list steps of a field path that name an item, for {@link #renamed}. */
    public static final String WORKLOADS = "workloads";
    public static final String STACKS = "stacks";
    public static final String PLANS = "plans";

    /**
     * A scenario applied to its base.
     *
     * @param project  the project the engine reports on: the base with every override that could
     *                 apply, and no scenarios of its own
     * @param scenario the scenario's name, or null for the base
     * @param problems the overrides that could not apply, in the scenario's order (empty for the base)
     */
    public record Applied(Project project, String scenario, List<OverrideProblem> problems) {
        public Applied {
            problems = List.copyOf(problems);
        }
    }

    private ScenarioEngine() {
    }

    /**
     * The project the engine reports on for a scenario: the base with the scenario's overrides
     * applied (those that cannot apply are left out; {@link #applied} lists them), without scenarios.
     * A null name, or {@link Scenario#BASE}, gives the base.
     *
     * @throws InvalidInputException when the project has no scenario of that name
     */
    public static Project apply(Project project, String scenario) {
        return applied(project, scenario).project();
    }

    /** {@link #apply}, with the overrides that could not apply. */
    public static Applied applied(Project project, String scenario) {
        if (isBase(scenario)) {
            return new Applied(project.withScenarios(List.of()), null, List.of());
        }
        Scenario s = project.scenario(scenario).orElseThrow(() -> new InvalidInputException("scenario",
                "there is no scenario named '" + scenario + "'" + known(project)));
        return Overrides.apply(project, s);
    }

    /** The report of a scenario (null or "Base": of the base), its override problems first among its warnings. */
    public static Report report(Project project, String scenario) {
        Applied a = applied(project, scenario);
        return withProblems(CostEngine.report(a.project()), a.problems());
    }

    /**
     * One column of the side by side: the base or a scenario, the project the engine reported on
     * (the base with the scenario's overrides), its report (with the override problems among its
     * warnings) and those problems. What the comparison reads, and what the scenario charts draw.
     */
    public record Column(String name, Project project, Report report, List<OverrideProblem> problems) {
        public Column {
            problems = List.copyOf(problems);
        }
    }

    /** The base, then every scenario in project order, each with its project and report. */
    public static List<Column> columns(Project project) {
        List<Column> out = new ArrayList<>();
        ReportMemo memo = new ReportMemo();
        Project base = project.withScenarios(List.of());
        out.add(new Column(Scenario.BASE, base, CostEngine.report(base, memo), List.of()));
        for (Scenario s : project.scenarios()) {
            Applied a = Overrides.apply(project, s);
            out.add(new Column(s.name(), a.project(), withProblems(CostEngine.report(a.project(), memo), a.problems()),
                    a.problems()));
        }
        return out;
    }

    /**
     * The side-by-side comparison of the base and every scenario, in project order: one report per
     * column, each scenario's numbers with their deltas against the base, and every scenario's
     * override problems.
     */
    public static Comparison compare(Project project) {
        return compare(columns(project));
    }

    /** The comparison of columns from {@link #columns} (the base first). */
    public static Comparison compare(List<Column> columns) {
        List<OverrideProblem> problems = new ArrayList<>();
        columns.forEach(c -> problems.addAll(c.problems()));
        return Compare.of(columns.stream().map(Column::name).toList(), columns.stream().map(Column::report).toList(),
                problems);
    }

    /**
     * The changes from one project to another as overrides (each changed number, switch or
     * choice set to its new value): "save these changes as a scenario", {@code from} being the
     * project as saved and {@code to} as edited.
     *
     * @throws InvalidInputException when items were added, deleted or renamed in between (a
     *         scenario changes values of the base's items only), naming one of them
     */
    public static List<FieldOverride> changes(Project from, Project to) {
        return Edits.changes(from.withScenarios(List.of()), to.withScenarios(List.of()));
    }

    /**
     * An edit made while a scenario is shown, kept as overrides of that scenario rather than a change
     * of the base: {@code change} is applied to the scenario's project (the base with its overrides),
     * every field it changed becomes an override setting the field to its new value (replacing an
     * override of that field, a scaling one too), and a field edited back to the base's value loses
     * its override. The base and the other scenarios are unchanged.
     *
     * @throws InvalidInputException when there is no such scenario, when {@code change} throws, or
     *         when it adds, deletes or renames an item (a scenario changes values only), naming the scenario
     */
    public static Project withEdit(Project project, String scenario, java.util.function.UnaryOperator<Project> change) {
        return Edits.withEdit(project, scenario, change);
    }

    /**
     * {@code into} with {@code others} added after its own scenarios, a name already taken getting
     * " (2)", " (3)"...; their overrides are kept as they are (flagged if they do not fit this base).
     *
     * @throws InvalidInputException when the result would hold more than {@link Project#MAX_SCENARIOS}
     */
    public static Project merge(Project into, List<Scenario> others) {
        return Edits.merge(into, others);
    }

    /** {@code wanted}, or the first of "wanted (2)", "wanted (3)"... that no scenario has. */
    public static String freeName(Project p, String wanted) {
        return Edits.freeName(p, wanted);
    }

    /** Every scenario's problems, in project order. */
    public static List<OverrideProblem> problems(Project project) {
        List<OverrideProblem> out = new ArrayList<>();
        for (Scenario s : project.scenarios()) {
            out.addAll(Overrides.apply(project, s).problems());
        }
        return out;
    }

    /** Whether a name means the base: null, or "Base" in any case. */
    public static boolean isBase(String scenario) {
        return scenario == null || scenario.strip().equalsIgnoreCase(Scenario.BASE);
    }

    /**
     * The scenarios with an item's overrides following its rename: {@code list} is
     * {@link #WORKLOADS}, {@link #STACKS} (routes to the stack follow too) or {@link #PLANS}. A
     * path that does not read is left as it is (and stays flagged).
     *
     * @throws InvalidInputException when a scenario already holds an override of the new name's
     *         field (left from a deleted item of that name), naming the scenario and the field
     */
    public static List<Scenario> renamed(List<Scenario> scenarios, String list, String from, String to) {
        List<Scenario> out = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<FieldOverride> os = new ArrayList<>();
            for (FieldOverride o : s.overrides()) {
                String f = renamedField(o.field(), list, from, to);
                if (!f.equals(o.field()) && s.override(f) != null) {
                    throw new InvalidInputException("scenario '" + s.name() + "' overrides", "scenario '" + s.name()
                            + "' already overrides " + f + " (of an earlier item named '" + to + "'); remove that"
                            + " override before giving '" + from + "' this name");
                }
                os.add(f.equals(o.field()) ? o : o.withField(f));
            }
            out.add(s.withOverrides(os));
        }
        return out;
    }

    private static String renamedField(String field, String list, String from, String to) {
        FieldPath p;
        try {
            p = FieldPath.parse(field);
        } catch (IllegalArgumentException e) {
            return field;
        }
        FieldPath r = p.renamed(list, from, to);
        if (STACKS.equals(list)) {
            r = r.renamed("routing", from, to);
        }
        return r.toString();
    }

    /** A report with a scenario's override problems added before its own warnings. */
    public static Report withProblems(Report r, List<OverrideProblem> problems) {
        if (problems.isEmpty()) {
            return r;
        }
        List<Warning> w = new ArrayList<>();
        problems.forEach(p -> w.add(p.warning()));
        w.addAll(r.warnings());
        return new Report(r.results(), r.crossovers(), r.plans(), r.curves(), w, r.portfolio(), r.cheapest(),
                r.headlines());
    }

    private static String known(Project p) {
        if (p.scenarios().isEmpty()) {
            return "; this project has no scenarios";
        }
        return "; it has " + String.join(", ", p.scenarios().stream().map(s -> "'" + s.name() + "'").toList());
    }
}
