package com.cp1ki.engine.model;

/**
 * A semantic cache, the second optimisation lever: every request pays a lookup; a share of them
 * (the hits) is answered from the cache and never reaches the model.
 *
 * @param hitShare   h_s in [0, 1]: the share of requests answered from the cache
 * @param lookupCost USD per request for the lookup (embedding and vector search), paid by hits and misses
 * @param staleShare in [0, 1]: the share of hits whose cached answer is out of date; a quality note
 *                   in the report, never a cost
 */
public record SemanticCache(double hitShare, double lookupCost, double staleShare) {

    /** No cache. */
    public static final SemanticCache NONE = new SemanticCache(0, 0, 0);

    public SemanticCache {
        Check.share("cache hit share", hitShare);
        Check.nonNegative("cache lookup cost", lookupCost);
        Check.share("stale-answer share", staleShare);
    }

    /** Whether the lever changes anything: hits or a lookup cost. */
    public boolean on() {
        return hitShare > 0 || lookupCost > 0;
    }
}
