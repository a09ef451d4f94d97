package com.cp1ki.app.charts;

import com.cp1ki.engine.scenario.ScenarioEngine;

import java.util.List;

/**
 * What a chart shows beyond the report: the workload (per-workload charts), the stack (the cost
 * distribution), the plan (the margin chart), whether crossover curves include ops overhead,
 * whether the crossover chart shows every stack's curve instead of the cheapest stack by volume,
 * and, for the scenario charts, the base and scenarios side by side (each column's project and
 * report, from {@link ScenarioEngine#columns}; empty for every other chart). A null workload,
 * stack or plan means the first.
 */
public record ChartOptions(String workload, String stack, String plan, boolean withOps, boolean allCurves,
                           List<ScenarioEngine.Column> scenarios) {

    public static final ChartOptions DEFAULT = new ChartOptions(null, null, null, true, false);

    public ChartOptions {
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    public ChartOptions(String workload, String stack, String plan, boolean withOps, boolean allCurves) {
        this(workload, stack, plan, withOps, allCurves, List.of());
    }

    public ChartOptions withWorkload(String w) {
        return new ChartOptions(w, stack, plan, withOps, allCurves, scenarios);
    }

    public ChartOptions withStack(String s) {
        return new ChartOptions(workload, s, plan, withOps, allCurves, scenarios);
    }

    public ChartOptions withPlan(String p) {
        return new ChartOptions(workload, stack, p, withOps, allCurves, scenarios);
    }

    public ChartOptions withOps(boolean ops) {
        return new ChartOptions(workload, stack, plan, ops, allCurves, scenarios);
    }

    /** The crossover chart's secondary view (every stack's curve and their crossings) or, false, the cheapest stack. */
    public ChartOptions withAllCurves(boolean all) {
        return new ChartOptions(workload, stack, plan, withOps, all, scenarios);
    }

    /** The columns the scenario charts draw: the base first, then each scenario. */
    public ChartOptions withScenarios(List<ScenarioEngine.Column> columns) {
        return new ChartOptions(workload, stack, plan, withOps, allCurves, columns);
    }
}
