package com.cp1ki.engine.model;

/**
 * A managed API model priced per token. Prices in USD per 1,000,000 tokens.
 *
 * @param provider         e.g. "Anthropic"
 * @param model            e.g. "Claude Haiku 3.5"
 * @param inputPrice       p_in
 * @param outputPrice      p_out
 * @param cacheReadPrice   p_cr, cached input read
 * @param cacheWritePrice  p_cw, cache write
 * @param cacheReadShare   h, share of input tokens read from the prompt cache
 * @param cacheWriteShare  w, share of input tokens written to the cache (h + w <= 1)
 * @param batchShare       b, share of requests sent through a batch API
 * @param batchDiscount    d, the batch discount (0.5 for half price)
 * @param longContext      optional tier, or null
 * @param platformFeePct   platform fee as a fraction (0.055 for 5.5%)
 * @param feePerRequest    USD per request
 * @param pricesAsOf       date the prices were checked (ISO date), or null when typed by the user
 * @param priceSource      where the prices came from, or null
 */
public record ManagedApi(String provider, String model, double inputPrice, double outputPrice,
                         double cacheReadPrice, double cacheWritePrice, double cacheReadShare, double cacheWriteShare,
                         double batchShare, double batchDiscount, LongContextTier longContext,
                         double platformFeePct, double feePerRequest, String pricesAsOf, String priceSource)
        implements Serving {

    public ManagedApi {
        Check.nonNegative("input price", inputPrice);
        Check.nonNegative("output price", outputPrice);
        Check.nonNegative("cache read price", cacheReadPrice);
        Check.nonNegative("cache write price", cacheWritePrice);
        Check.share("cache read share", cacheReadShare);
        Check.share("cache write share", cacheWriteShare);
        if (cacheReadShare + cacheWriteShare > 1 + 1e-12) {
            throw new InvalidInputException("cache write share",
                    "cache read share + cache write share must be <= 1, was " + (cacheReadShare + cacheWriteShare));
        }
        Check.share("batch share", batchShare);
        Check.share("batch discount", batchDiscount);
        Check.nonNegative("platform fee", platformFeePct);
        Check.nonNegative("fee per request", feePerRequest);
        Check.isoDate("prices-as-of date", pricesAsOf);
    }

    /** A plain model with input and output prices only. */
    public static ManagedApi simple(String provider, String model, double in, double out) {
        return new ManagedApi(provider, model, in, out, in, in, 0, 0, 0, 0.5, null, 0, 0, null, null);
    }
}
