package com.cp1ki.engine.report;

import java.util.List;
import java.util.Optional;

/**
 * Everything the engine computes for a project: one result per (workload, enabled stack), the
 * crossovers between enabled stacks per workload (with and without ops), plan margins, the cost
 * curves the crossover chart draws, warnings, the portfolio, the cheapest stack at every volume per
 * workload (with and without ops) and the headline of each workload. Every screen, export and CLI
 * output is a view of this record; none computes a cost of its own.
 *
 * <p>The results are the pairwise view (each workload on each stack alone: how a stack is chosen);
 * {@code portfolio} is the product as it is run (routed workloads on shared stacks, the monthly
 * bill allocated to features).
 *
 * <p>{@code forecast} is the project projected month by month ({@code engine.forecast}); the cost
 * engine leaves it null, and whoever shows the forecast attaches it with {@link #withForecast}.
 */
public record Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                     List<CostCurve> curves, List<Warning> warnings, Portfolio portfolio, List<CheapestStacks> cheapest,
                     List<Headline> headlines, ForecastReport forecast) {

    public Report {
        results = List.copyOf(results);
        crossovers = List.copyOf(crossovers);
        plans = List.copyOf(plans);
        curves = List.copyOf(curves);
        warnings = List.copyOf(warnings);
        portfolio = portfolio == null ? Portfolio.EMPTY : portfolio;
        cheapest = List.copyOf(cheapest);
        headlines = List.copyOf(headlines);
    }

    /** A report without its forecast (the cost engine's own; see {@link #withForecast}). */
    public Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                  List<CostCurve> curves, List<Warning> warnings, Portfolio portfolio, List<CheapestStacks> cheapest,
                  List<Headline> headlines) {
        this(results, crossovers, plans, curves, warnings, portfolio, cheapest, headlines, null);
    }

    /** This report with its month-by-month forecast attached (null for none). */
    public Report withForecast(ForecastReport f) {
        return new Report(results, crossovers, plans, curves, warnings, portfolio, cheapest, headlines, f);
    }

    /** A report without cheapest stacks or headlines (hand-built reports in tests). */
    public Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                  List<CostCurve> curves, List<Warning> warnings, Portfolio portfolio) {
        this(results, crossovers, plans, curves, warnings, portfolio, List.of(), List.of());
    }

    /** A report without a portfolio (no workload routed), cheapest stacks or headlines. */
    public Report(List<StackResult> results, List<Crossover> crossovers, List<PlanResult> plans,
                  List<CostCurve> curves, List<Warning> warnings) {
        this(results, crossovers, plans, curves, warnings, Portfolio.EMPTY);
    }

    /** The cheapest stacks of a workload, with or without ops; empty when no enabled stack serves it. */
    public Optional<CheapestStacks> cheapest(String workload, boolean withOps) {
        return cheapest.stream().filter(c -> c.workload().equals(workload) && c.withOps() == withOps).findFirst();
    }

    /** The headline of a workload; empty when no enabled stack serves it. */
    public Optional<Headline> headline(String workload) {
        return headlines.stream().filter(h -> h.workload().equals(workload)).findFirst();
    }
}
