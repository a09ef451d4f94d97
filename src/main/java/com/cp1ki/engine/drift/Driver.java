package com.cp1ki.engine.drift;

/** What moved a CP1Ki: the volume-independent quantities a change is split into. */
public enum Driver {
    /** Mean input tokens per request (and the share of requests above a long-context threshold). */
    INPUT_TOKENS("inputTokens", "input tokens per request"),
    /** Mean output tokens per request. */
    OUTPUT_TOKENS("outputTokens", "output tokens per request"),
    /** Share of input tokens read from (and written to) the prompt cache. */
    CACHE_HIT_SHARE("cacheHitShare", "cache-hit share"),
    /** Share of requests served by each stack. */
    MODEL_MIX("modelMix", "model mix"),
    /** The stacks' prices on the days of each period (a catalog or contract change). */
    PRICE("price", "price"),
    /** Failed attempts per inference (a retry storm). */
    RETRIES("retries", "failed attempts per inference");

    private final String key;
    private final String label;

    Driver(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** Stable camelCase key for JSON and CSV. */
    public String key() {
        return key;
    }

    /** A short phrase for people. */
    public String label() {
        return label;
    }
}
