package com.cp1ki.io.catalog.lists;

/** The price list formats read from a file (docs/catalog.md says where each comes from). */
public enum ListFormat {
    /** BerriAI/litellm's model_prices_and_context_window.json: USD per token, one object per model key. */
    LITELLM("LiteLLM", "LiteLLM model_prices_and_context_window.json"),
    /** pydantic/genai-prices' data.json: providers with models, USD per million tokens, tiers and dated prices. */
    GENAI_PRICES("genai-prices", "genai-prices data.json"),
    /** The JSON of OpenRouter's GET /api/v1/models: USD per token as strings, request fees. */
    OPENROUTER("OpenRouter", "OpenRouter /api/v1/models"),
    /** A CP1Ki catalog (the bundled catalog.json, or a user catalog). */
    CATALOG("CP1Ki catalog", "CP1Ki catalog");

    private final String shortName;
    private final String description;

    ListFormat(String shortName, String description) {
        this.shortName = shortName;
        this.description = description;
    }

    /** e.g. "LiteLLM", used in entry ids and the picker. */
    public String shortName() {
        return shortName;
    }

    /** e.g. "LiteLLM model_prices_and_context_window.json", used in sources and messages. */
    public String description() {
        return description;
    }
}
