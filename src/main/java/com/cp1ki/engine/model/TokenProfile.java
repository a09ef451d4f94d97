package com.cp1ki.engine.model;

/**
 * The tokens of one inference for a workload: typed means, or a distribution of real requests.
 *
 * <p>Both are read by the engine as weighted points (input tokens, output tokens, weight). Costs
 * that are linear in tokens are exact at a point's mean; tiers apply point by point.
 */
public sealed interface TokenProfile permits TypedMeans, TokenDistribution, ScaledTokens {

    /** Weighted mean input tokens per inference. */
    double meanInput();

    /** Weighted mean output tokens per inference. */
    double meanOutput();

    /** Total weight (requests) behind the profile; 1 for typed means. */
    double totalWeight();

    /** Number of weighted points the engine iterates. */
    int pointCount();

    /** Weight of point {@code i}. */
    double pointWeight(int i);

    /** Mean input tokens of the requests at point {@code i}. */
    double pointInput(int i);

    /** Mean output tokens of the requests at point {@code i}. */
    double pointOutput(int i);

    /** True when points are exact requests, so percentiles over them are exact. */
    boolean exact();
}
