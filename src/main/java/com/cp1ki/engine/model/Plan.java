package com.cp1ki.engine.model;

import java.util.List;

/**
 * A subscription plan. Money in the project's display currency (converted with its FX rate).
 *
 * @param name                 unique within the project
 * @param pricePerUserMonth    price per user per month, display currency
 * @param includedInferences   q, inferences included per user per month (null = unlimited, no overage)
 * @param overagePer1000       price per 1,000 inferences beyond q, display currency
 * @param workloads            the workloads its users drive (volume-weighted mix)
 * @param stack                the stack that serves them
 * @param usage                inferences per user per month
 * @param powerUserUsage       x_p, the power user's monthly inferences (null = the usage p99)
 */
public record Plan(String name, double pricePerUserMonth, Double includedInferences, double overagePer1000,
                   List<String> workloads, String stack, UsageDistribution usage, Double powerUserUsage) {

    public Plan {
        Check.name("plan name", name);
        Check.nonNegative("price per user", pricePerUserMonth);
        if (includedInferences != null) {
            Check.nonNegative("included inferences", includedInferences);
        }
        Check.nonNegative("overage price", overagePer1000);
        workloads = List.copyOf(Check.present("plan workloads", workloads));
        if (workloads.isEmpty()) {
            throw new InvalidInputException("plan workloads", "a plan needs at least one workload");
        }
        Check.name("plan stack", stack);
        Check.present("usage", usage);
        if (powerUserUsage != null) {
            Check.nonNegative("power-user usage", powerUserUsage);
        }
    }
}
