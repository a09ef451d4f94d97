package com.cp1ki.io.catalog;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;

/**
 * One managed API model in the price catalog. Prices in USD per 1,000,000 tokens.
 *
 * @param id                     stable key, e.g. "anthropic-claude-haiku-3.5"
 * @param provider               e.g. "Anthropic"
 * @param model                  e.g. "Claude Haiku 3.5"
 * @param inputPricePerMTok      base input price
 * @param outputPricePerMTok     output price
 * @param cacheReadPricePerMTok  price of input read from the prompt cache
 * @param cacheWritePricePerMTok price of input written to the cache (the input price where writing costs nothing extra)
 * @param batchDiscount          fraction off through the provider's batch API (0.5 = half price; 0 = none)
 * @param longContext            tier for requests above a threshold of input tokens, or null
 * @param source                 URL or document the prices come from
 * @param checked                ISO date the source was read
 * @param illustrative           true when the numbers lack a solid source
 * @param note                   how the source was read, caveats
 * @param feePerRequest          USD charged per request on top of the tokens (0 = none; absent in a file: 0)
 * @param validFrom              first day the prices apply (ISO date), or null: since ever
 * @param validTo                last day the prices apply (ISO date), or null: still in force
 * @param listDate               date of the price list file the entry was imported from, or null for a hand-kept entry
 */
public record ApiModelEntry(String id, String provider, String model, double inputPricePerMTok,
                            double outputPricePerMTok, double cacheReadPricePerMTok, double cacheWritePricePerMTok,
                            double batchDiscount, LongContext longContext, String source, String checked,
                            boolean illustrative, String note, Double feePerRequest, String validFrom, String validTo,
                            String listDate) {

    /** Long-context prices (USD per 1M tokens) for the whole request above {@code thresholdInputTokens}. */
    public record LongContext(long thresholdInputTokens, double inputPricePerMTok, double outputPricePerMTok,
                              double cacheReadPricePerMTok, double cacheWritePricePerMTok) {
    }

    public ApiModelEntry {
        CatalogChecks.text(id, "id", id);
        CatalogChecks.text(id, "provider", provider);
        CatalogChecks.text(id, "model", model);
        CatalogChecks.price(id, "inputPricePerMTok", inputPricePerMTok);
        CatalogChecks.price(id, "outputPricePerMTok", outputPricePerMTok);
        CatalogChecks.price(id, "cacheReadPricePerMTok", cacheReadPricePerMTok);
        CatalogChecks.price(id, "cacheWritePricePerMTok", cacheWritePricePerMTok);
        if (!(batchDiscount >= 0 && batchDiscount <= 1)) {
            throw new IllegalArgumentException("catalog entry " + id + ": batchDiscount must be in [0, 1], was " + batchDiscount);
        }
        CatalogChecks.text(id, "source", source);
        CatalogChecks.date(id, "checked", checked);
        feePerRequest = feePerRequest == null ? Double.valueOf(0) : feePerRequest;
        CatalogChecks.price(id, "feePerRequest", feePerRequest);
        CatalogChecks.window(id, validFrom, validTo);
        CatalogChecks.optionalDate(id, "listDate", listDate);
    }

    /** A hand-kept entry with no per-request fee, always valid, not from a list file. */
    public ApiModelEntry(String id, String provider, String model, double inputPricePerMTok,
                         double outputPricePerMTok, double cacheReadPricePerMTok, double cacheWritePricePerMTok,
                         double batchDiscount, LongContext longContext, String source, String checked,
                         boolean illustrative, String note) {
        this(id, provider, model, inputPricePerMTok, outputPricePerMTok, cacheReadPricePerMTok, cacheWritePricePerMTok,
                batchDiscount, longContext, source, checked, illustrative, note, 0.0, null, null, null);
    }

    /** Whether the prices apply on {@code day} (validFrom and validTo included). */
    public boolean validOn(java.time.LocalDate day) {
        return CatalogChecks.within(day, validFrom, validTo);
    }

    /**
     * A managed-API serving filled from this entry: its prices, no cache or batch use (shares 0;
     * the user sets those for the workload), its batch discount, its tier, no platform fee, its
     * per-request fee, and
     * the date and source so a saved project records where its prices came from.
     */
    public ManagedApi toServing() {
        LongContextTier tier = longContext == null ? null : new LongContextTier(longContext.thresholdInputTokens(),
                longContext.inputPricePerMTok(), longContext.outputPricePerMTok(),
                longContext.cacheReadPricePerMTok(), longContext.cacheWritePricePerMTok());
        return new ManagedApi(provider, model, inputPricePerMTok, outputPricePerMTok, cacheReadPricePerMTok,
                cacheWritePricePerMTok, 0, 0, 0, batchDiscount, tier, 0, feePerRequest, checked,
                (illustrative ? "ILLUSTRATIVE: " : "") + "catalog " + id + ": " + source);
    }
}
