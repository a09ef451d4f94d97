package com.cp1ki.app.charts;

import com.cp1ki.engine.scenario.ScenarioEngine;

import java.util.List;

/**
 * What a chart shows beyond the report: the workload (per-workload charts), the stack (the cost
 * distribution), the plan (the margin chart), whether crossover curves include ops overhead,
 * whether the crossover chart shows every stack's curve instead of the cheapest stack by volume,
 * and, for the scenario charts, the base and scenarios side by side (each column's project and
 * report, from {@link ScenarioEngine#columns}; empty for every other chart), and whether names
 * on the picture are a client's ({@code clientNames}: an export, where "document_summariser" reads
 * "Document summariser" as in the export's title and tables) or as the user wrote them (the
 * workbench, where they match the outline and the editors). A null workload, stack or plan means
 * the first.
 */
public record ChartOptions(String workload, String stack, String plan, boolean withOps, boolean allCurves,
                           List<ScenarioEngine.Column> scenarios, boolean clientNames) {

    public static final ChartOptions DEFAULT = new ChartOptions(null, null, null, true, false);

    public ChartOptions {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    public ChartOptions(String workload, String stack, String plan, boolean withOps, boolean allCurves) {
        this(workload, stack, plan, withOps, allCurves, List.of(), false);
    }

    public ChartOptions(String workload, String stack, String plan, boolean withOps, boolean allCurves,
                        List<ScenarioEngine.Column> scenarios) {
        this(workload, stack, plan, withOps, allCurves, scenarios, false);
    }

    /** The same options with names drawn in a client's words (an export) or, false, as the user wrote them. */
    public ChartOptions withClientNames(boolean on) {
        return new ChartOptions(workload, stack, plan, withOps, allCurves, scenarios, on);
    }

    /** A workload's name as the picture shows it: readable in an export, as written in the workbench. */
    public String shown(String workloadName) {
        return clientNames ? com.cp1ki.app.charts.export.ClientNames.readable(workloadName) : workloadName;
    }

    public ChartOptions withWorkload(String w) {
        return new ChartOptions(w, stack, plan, withOps, allCurves, scenarios, clientNames);
    }

    public ChartOptions withStack(String s) {
        return new ChartOptions(workload, s, plan, withOps, allCurves, scenarios, clientNames);
    }

    public ChartOptions withPlan(String p) {
        return new ChartOptions(workload, stack, p, withOps, allCurves, scenarios, clientNames);
    }

    public ChartOptions withOps(boolean ops) {
        return new ChartOptions(workload, stack, plan, ops, allCurves, scenarios, clientNames);
    }

    /** The crossover chart's secondary view (every stack's curve and their crossings) or, false, the cheapest stack. */
    public ChartOptions withAllCurves(boolean all) {
        return new ChartOptions(workload, stack, plan, withOps, all, scenarios, clientNames);
    }

    /** The columns the scenario charts draw: the base first, then each scenario. */
    public ChartOptions withScenarios(List<ScenarioEngine.Column> columns) {
        return new ChartOptions(workload, stack, plan, withOps, allCurves, columns, clientNames);
    }
}
