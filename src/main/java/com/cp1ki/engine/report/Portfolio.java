package com.cp1ki.engine.report;

import java.util.List;
import java.util.Optional;

/**
 * The product as it is run: every routed workload on the stacks that serve it, each stack's fixed
 * and ops cost paid once, a shared self-hosted fleet sized for the combined demand, and every
 * dollar of the monthly bill allocated to a feature (or shown as unused reserved capacity).
 * USD/month. Empty when no workload is routed. Computed by {@code engine.portfolio.PortfolioEngine}.
 *
 * @param stacks         the bill by stack: every stack with routed traffic, in project order
 * @param features       the bill by feature: every routed workload, in project order
 * @param total          the whole monthly bill: the sum of the stacks' monthly costs
 * @param unusedReserved reserved instances paid for but not needed, over all stacks (not in any feature)
 * @param warnings       the shared fleets' warnings (also in {@link Report#warnings()}): codes
 *                       {@code portfolio-fleet-underused}, {@code portfolio-reserved-unused},
 *                       {@code portfolio-demand-at-ceiling}, {@code portfolio-throughput-unset}
 */
public record Portfolio(List<StackBill> stacks, List<FeatureBill> features, double total, double unusedReserved,
                        List<Warning> warnings) {

    /** No routed workload: nothing in the portfolio. */
    public static final Portfolio EMPTY = new Portfolio(List.of(), List.of(), 0, 0, List.of());

    public Portfolio {
        stacks = List.copyOf(stacks);
        features = List.copyOf(features);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return features.isEmpty();
    }

    /** The sum of the features' allocated monthly costs (the total less unused reserved capacity). */
    public double allocated() {
        double a = 0;
        for (FeatureBill f : features) {
            a += f.monthlyCost();
        }
        return a;
    }

    public Optional<StackBill> stack(String name) {
        return stacks.stream().filter(s -> s.stack().equals(name)).findFirst();
    }

    /** The bill of a routed workload (a loop, not a stream: a Monte Carlo draw asks it for every plan's workloads). */
    public Optional<FeatureBill> feature(String workload) {
        for (FeatureBill f : features) {
            if (f.workload().equals(workload)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
