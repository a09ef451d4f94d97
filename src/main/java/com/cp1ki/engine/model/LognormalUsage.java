package com.cp1ki.engine.model;

/**
 * Lognormal usage through a median and a p95 of inferences per user per month:
 * mu = ln(median), sigma = ln(p95 / median) / 1.6449.
 */
public record LognormalUsage(double median, double p95) implements UsageDistribution {

    /** z of the 95th percentile of the standard normal, as the cost model states it. */
    public static final double Z95 = 1.6449;

    public LognormalUsage {
        Check.positive("usage median", median);
        Check.positive("usage p95", p95);
        if (p95 < median) {
            throw new InvalidInputException("usage p95", "usage p95 must be >= the median, was " + p95 + " < " + median);
        }
    }

    public double mu() {
        return Math.log(median);
    }

    public double sigma() {
        return Math.log(p95 / median) / Z95;
    }
}
