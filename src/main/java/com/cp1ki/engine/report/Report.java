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
 *
 * <p>{@code forecast} is the project projected month by month ({@code engine.forecast}); the cost
 * engine leaves it null, and whoever shows the forecast attaches it with {@link #withForecast}.
 */
public record Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                     List<CostCurve> curves, List<Warning> warnings, Portfolio portfolio, ForecastReport forecast) {

    public Report {
        results = List.copyOf(results);
        crossovers = List.copyOf(crossovers);
        plans = List.copyOf(plans);
        curves = List.copyOf(curves);
        warnings = List.copyOf(warnings);
        portfolio = portfolio == null ? Portfolio.EMPTY : portfolio;
    }

    /** A report without its forecast (the cost engine's own; see {@link #withForecast}). */
    public Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                  List<CostCurve> curves, List<Warning> warnings, Portfolio portfolio) {
        this(results, crossovers, plans, curves, warnings, portfolio, null);
    }

    /** This report with its month-by-month forecast attached (null for none). */
    public Report withForecast(ForecastReport f) {
        return new Report(results, crossovers, plans, curves, warnings, portfolio, f);
    }

    /** A report without a portfolio (no workload routed). */
    public Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                  List<CostCurve> curves, List<Warning> warnings) {
        this(results, crossovers, plans, curves, warnings, Portfolio.EMPTY);
    }
}
