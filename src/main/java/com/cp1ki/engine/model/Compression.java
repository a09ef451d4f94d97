package com.cp1ki.engine.model;

/**
 * Prompt compression, the first optimisation lever: the model sees {@code I x (1 - ratio)} input
 * tokens, and every request that reaches the model first pays the compressor.
 *
 * @param ratio          r in [0, 1]: the share of input tokens the compressor removes
 * @param costPerRequest USD per compressed request (a compression service's fee), 0 when none
 * @param compressor     the name of a stack of the project that does the compressing (it reads I
 *                       tokens and writes I x (1 - r)), or null; it must be another, enabled stack
 */
public record Compression(double ratio, double costPerRequest, String compressor) {

    /** No compression. */
    public static final Compression NONE = new Compression(0, 0, null);

    public Compression {
        Check.share("compression ratio", ratio);
        Check.nonNegative("compressor cost per request", costPerRequest);
        if (compressor != null && compressor.isBlank()) {
            compressor = null;
        }
    }

    /** Whether the lever changes anything: a ratio, a fee or a compressor stack. */
    public boolean on() {
        return ratio > 0 || costPerRequest > 0 || compressor != null;
    }

    public Compression withCompressor(String stack) {
        return new Compression(ratio, costPerRequest, stack);
    }
}
