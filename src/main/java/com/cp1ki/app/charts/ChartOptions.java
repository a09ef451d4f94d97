package com.cp1ki.app.charts;

/**
 * What a chart shows beyond the report: the workload (per-workload charts), the stack (the cost
 * distribution), the plan (the margin chart), and whether crossover curves include ops overhead.
 * A null workload, stack or plan means the first.
 */
public record ChartOptions(String workload, String stack, String plan, boolean withOps) {

    public static final ChartOptions DEFAULT = new ChartOptions(null, null, null, true);

    public ChartOptions withWorkload(String w) {
        return new ChartOptions(w, stack, plan, withOps);
    }

    public ChartOptions withStack(String s) {
        return new ChartOptions(workload, s, plan, withOps);
    }

    public ChartOptions withPlan(String p) {
        return new ChartOptions(workload, stack, p, withOps);
    }

    public ChartOptions withOps(boolean ops) {
        return new ChartOptions(workload, stack, plan, ops);
    }
}
