package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A stack's optimisation levers (format 3; absent: none). Each lever is optional and absent when
 * off; absent fields inside a lever take their zero value. A managed API's batching lever is its
 * serving's {@code batchShare} and {@code batchDiscount}, so {@code batching} is for a self-hosted
 * stack only.
 */
@JsonPropertyOrder({"compression", "semanticCache", "cascade", "batching"})
public record LeversDto(CompressionDto compression, SemanticCacheDto semanticCache, CascadeDto cascade,
                        BatchingDto batching) {

    /** Prompt compression: share of input tokens removed, a fee per request, or a compressor stack. */
    @JsonPropertyOrder({"ratio", "costPerRequestUsd", "compressorStack"})
    public record CompressionDto(Double ratio, Double costPerRequestUsd, String compressorStack) {
    }

    /** Semantic cache: share of requests answered from it, lookup cost per request, stale share of hits. */
    @JsonPropertyOrder({"hitShare", "lookupUsdPerRequest", "staleShare"})
    public record SemanticCacheDto(Double hitShare, Double lookupUsdPerRequest, Double staleShare) {
    }

    /** Cascade: the stack that answers first and the share of its answers escalated to this stack. */
    @JsonPropertyOrder({"firstStack", "escalationShare"})
    public record CascadeDto(String firstStack, Double escalationShare) {
    }

    /** Off-peak batching of a self-hosted fleet: the share of requests deferred below the peak. */
    @JsonPropertyOrder({"offPeakShare"})
    public record BatchingDto(Double offPeakShare) {
    }
}
