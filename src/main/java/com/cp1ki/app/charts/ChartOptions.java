package com.cp1ki.app.charts;

/**
 * What a chart shows beyond the report: the workload (for per-workload charts), the plan (for the
 * margin chart), and whether crossover curves include ops overhead. Null workload or plan = the first.
 */
public record ChartOptions(String workload, String plan, boolean withOps) {

    public static final ChartOptions DEFAULT = new ChartOptions(null, null, true);

    public ChartOptions withWorkload(String w) {
        return new ChartOptions(w, plan, withOps);
    }

    public ChartOptions withPlan(String p) {
        return new ChartOptions(workload, p, withOps);
    }

    public ChartOptions withOps(boolean ops) {
        return new ChartOptions(workload, plan, ops);
    }
}
