package com.cp1ki.engine;

/**
 * What a workload-on-a-stack pairing needs of a token profile: the mean input and output tokens
 * (GPU-seconds per request) and the weighted mean of a per-request cost (an API's price with its
 * long-context tier). {@link TokenPoints} answers by walking its points; a {@link TokenTable}
 * answers a scaled profile from sums precomputed once (a Monte Carlo draw).
 */
interface TokenMeans {
    double meanIn();

    double meanOut();

    /** The weighted mean of {@code c} over the profile's requests. */
    double mean(LinearCost c);
}
