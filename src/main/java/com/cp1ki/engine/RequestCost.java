package com.cp1ki.engine;

/**
 * The cost of one request as a function of its tokens, over a workload's token points: a
 * {@link LinearCost}, or a {@link CostSum} of several (a stack with optimisation levers).
 */
interface RequestCost {

    /** Weighted mean over the points. */
    double mean(TokenPoints p);

    /** Costs of every point into {@code dest} (length >= p.n); returns {min, max} of them. */
    double[] fill(TokenPoints p, double[] dest);
}
