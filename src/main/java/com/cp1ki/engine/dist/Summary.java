package com.cp1ki.engine.dist;

/**
 * Weighted summary of one quantity (input tokens, output tokens, or request cost): total weight,
 * mean, and nearest-rank percentiles. {@code exact} is false when percentiles come from log bins
 * (then within 1% of the exact nearest-rank value).
 */
public record Summary(double count, double mean, double p50, double p90, double p95, double p99, double max,
                      boolean exact) {
}
