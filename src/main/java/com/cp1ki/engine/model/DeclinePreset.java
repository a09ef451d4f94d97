package com.cp1ki.engine.model;

import java.util.Optional;

/**
 * The published estimates of how fast API prices fall, offered as presets for a forecast's API price
 * decline. Each states its source, the date it was published and exactly what it measured, because
 * these are facts from elsewhere (docs/cost-model.md, "Forecast"). All of them measure the price of
 * a fixed capability (the cheapest model that reaches a benchmark score), not the list price of one
 * named model: a stack realises such a decline by moving to the cheaper model of equal capability.
 */
public enum DeclinePreset {
    FLAT("flat", 1, "today's prices held", null, null,
            "No decline: every month is priced as today (the report's assumption)."),
    THREE_X("3x a year", 3, "Gundlach, Lynch, Mertens and Thompson (MIT FutureTech), \"The Price of Progress: "
            + "Algorithmic Efficiency and the Falling Cost of AI Inference\", arXiv:2511.23455",
            "2025-11-28", "https://arxiv.org/abs/2511.23455",
            "The price of a given benchmark score fell 5x to 10x a year for frontier models; taking open-weight "
            + "models only (to remove competition) and dividing out hardware price declines leaves about 3x a year "
            + "from algorithmic efficiency. A cautious rate: what remains without price wars or cheaper chips."),
    TEN_X("10x a year", 10, "Guido Appenzeller (a16z), \"Welcome to LLMflation: LLM inference cost is going down fast\"",
            "2024-11-12", "https://a16z.com/llmflation-llm-inference-cost/",
            "The price per million tokens (the mean of input and output) of the cheapest model scoring at least "
            + "42 on MMLU fell from $60 (GPT-3, November 2021) to $0.06 (Llama 3.2 3B on Together.ai), 1,000x in "
            + "three years: 10x a year at equal capability."),
    FORTY_X("40x a year", 40, "Epoch AI, \"LLM inference prices have fallen rapidly but unequally across tasks\" "
            + "(data insight)", "2025-03-12", "https://epoch.ai/data-insights/llm-inference-price-trends",
            "The price of the cheapest model matching GPT-4's score on a set of PhD-level science questions "
            + "fell 40x a year; across six benchmarks and performance thresholds the rate ranged from 9x to 900x "
            + "a year, the fastest drops in the last year measured.");

    /** How close a decline must be to a preset's to count as that preset. */
    private static final double SAME = 1e-9;

    private final String label;
    private final double cheaperPerYear;
    private final String source;
    private final String published;
    private final String url;
    private final String measured;

    DeclinePreset(String label, double cheaperPerYear, String source, String published, String url, String measured) {
        this.label = label;
        this.cheaperPerYear = cheaperPerYear;
        this.source = source;
        this.published = published;
        this.url = url;
        this.measured = measured;
    }

    /** "10x a year". */
    public String label() {
        return label;
    }

    /** How many times cheaper a year: 1, 3, 10, 40. */
    public double cheaperPerYear() {
        return cheaperPerYear;
    }

    /** The decline a year as a fraction: 1 - 1 / (times cheaper), e.g. 0.9 for 10x. */
    public double declinePerYear() {
        return 1 - 1 / cheaperPerYear;
    }

    /** Who published it and the title (for FLAT, what it means). */
    public String source() {
        return source;
    }

    /** ISO date of publication, or null for FLAT. */
    public String published() {
        return published;
    }

    /** Where it can be read, or null for FLAT. */
    public String url() {
        return url;
    }

    /** What exactly was measured, in our words. */
    public String measured() {
        return measured;
    }

    /** "10x a year (Guido Appenzeller (a16z), ..., 2024-11-12)": the label with its citation. */
    public String citation() {
        return published == null ? label + " (" + source + ")" : label + " (" + source + ", " + published + ")";
    }

    /** The preset whose decline this is (within 1e-9), if any. */
    public static Optional<DeclinePreset> of(double declinePerYear) {
        for (DeclinePreset p : values()) {
            if (Math.abs(p.declinePerYear() - declinePerYear) <= SAME) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
