package com.cp1ki.engine.report;

import java.util.List;

/**
 * Margins of one plan. Money in USD (the UI converts to the display currency).
 *
 * @param plan                plan name
 * @param stack               serving stack
 * @param costPerInference    c: the volume-weighted cost per inference of the plan's workloads on its stack
 * @param priceUsd            price per user per month, USD
 * @param includedInferences  q (null = unlimited)
 * @param overagePer1000Usd   overage per 1,000 inferences beyond q, USD
 * @param meanUsage           mean inferences per user per month
 * @param medianUsage         median inferences per user per month
 * @param meanRevenuePerUser  E[R(x)]
 * @param meanCostPerUser     E[K(x)]
 * @param meanMarginPerUser   E[M(x)]
 * @param grossMarginPct      100 x total margin / total revenue (NaN when revenue is 0)
 * @param unprofitableShare   share of users with M(x) < 0
 * @param breakEvenUsage      the usage where the margin first reaches 0 (null if it never does)
 * @param marginAtMedian      M(median)
 * @param powerUserUsage      x_p (stated, or the usage p99)
 * @param marginAtPowerUser   M(x_p)
 * @param powerUserWipeout    -M(x_p) / M(median), floored at 0 (null when M(median) <= 0)
 * @param curve               points for the margin chart: usage, margin, share of users (density)
 * @param explanations        how each number was computed
 */
public record PlanResult(String plan, String stack, double costPerInference, double priceUsd,
                         Double includedInferences, double overagePer1000Usd, double meanUsage, double medianUsage,
                         double meanRevenuePerUser, double meanCostPerUser, double meanMarginPerUser,
                         double grossMarginPct, double unprofitableShare, Double breakEvenUsage,
                         double marginAtMedian, double powerUserUsage, double marginAtPowerUser,
                         Double powerUserWipeout, List<UsagePoint> curve, List<Explanation> explanations) {

    public PlanResult {
        curve = List.copyOf(curve);
        explanations = List.copyOf(explanations);
    }

    /**
     * One point of the margin chart.
     *
     * @param usage    inferences per user per month
     * @param margin   M(usage), USD per user per month
     * @param density  probability density of usage at this point (per inference), for the histogram behind the curve
     */
    public record UsagePoint(double usage, double margin, double density) {
    }
}
