package com.cp1ki.io.tokens;

/** What a column (or JSON field) of a token log holds. */
public enum Role {
    INPUT("input"), OUTPUT("output"), WEIGHT("count"), TIME("time"), TAG("tag"),
    /** Recognised but not used unless chosen as the tag column (a drift read prices by it). */
    MODEL("model"),
    /** Input tokens read from the prompt cache, counted in the input tokens (OpenAI's cached_tokens); drift only. */
    CACHED("cached"),
    /** Input tokens read from the cache, beside the input tokens (Anthropic's cache_read_input_tokens); drift only. */
    CACHE_READ("cacheRead"),
    /** Input tokens written to the cache, beside the input tokens (cache_creation_input_tokens); drift only. */
    CACHE_WRITE("cacheWrite"),
    /** The request's cost as the log (or provider) billed it, USD; drift only. */
    COST("cost"),
    /** The request's outcome (success, failure, an HTTP status); drift only. */
    STATUS("status"),
    /** Whether the request failed (true/false, 1/0); drift only. */
    FAILED("failed"),
    IGNORED("ignored");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
