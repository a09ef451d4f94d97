package com.cp1ki.app.charts;

/**
 * What a chart shows beyond the report: the workload (per-workload charts), the stack (the cost
 * distribution), the plan (the margin chart), whether crossover curves include ops overhead, and
 * whether the crossover chart shows every stack's curve instead of the cheapest stack by volume.
 * A null workload, stack or plan means the first.
 */
public record ChartOptions(String workload, String stack, String plan, boolean withOps, boolean allCurves) {

    public static final ChartOptions DEFAULT = new ChartOptions(null, null, null, true, false);

    public ChartOptions withWorkload(String w) {
        return new ChartOptions(w, stack, plan, withOps, allCurves);
    }

    public ChartOptions withStack(String s) {
        return new ChartOptions(workload, s, plan, withOps, allCurves);
    }

    public ChartOptions withPlan(String p) {
        return new ChartOptions(workload, stack, p, withOps, allCurves);
    }

    public ChartOptions withOps(boolean ops) {
        return new ChartOptions(workload, stack, plan, ops, allCurves);
    }

    /** The crossover chart's secondary view (every stack's curve and their crossings) or, false, the cheapest stack. */
    public ChartOptions withAllCurves(boolean all) {
        return new ChartOptions(workload, stack, plan, withOps, all);
    }
}
