package com.cp1ki.engine.report;

import java.util.List;

/**
 * Everything the engine computes for a project: one result per (workload, enabled stack), the
 * crossovers between enabled stacks per workload (with and without ops), plan margins, the cost
 * curves the crossover chart draws, and warnings. Every screen, export and CLI output is a view of
 * this record; none computes a cost of its own.
 *
 * <p>The results are the pairwise view (each workload on each stack alone: how a stack is chosen);
 * {@code portfolio} is the product as it is run (routed workloads on shared stacks, the monthly
 * bill allocated to features).
 */
public record Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                     List<CostCurve> curves, List<Warning> warnings, Portfolio portfolio) {

    public Report {
        results = List.copyOf(results);
        crossovers = List.copyOf(crossovers);
        plans = List.copyOf(plans);
        curves = List.copyOf(curves);
        warnings = List.copyOf(warnings);
        portfolio = portfolio == null ? Portfolio.EMPTY : portfolio;
    }

    /** A report without a portfolio (no workload routed). */
    public Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                  List<CostCurve> curves, List<Warning> warnings) {
        this(results, crossovers, plans, curves, warnings, Portfolio.EMPTY);
    }
}
