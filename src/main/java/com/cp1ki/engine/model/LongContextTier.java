package com.cp1ki.engine.model;

/**
 * Prices that apply to the whole request when its input tokens exceed a threshold. USD per 1M tokens.
 *
 * @param thresholdTokens input tokens above which the tier applies (a request of exactly the threshold does not)
 */
public record LongContextTier(long thresholdTokens, double inputPrice, double outputPrice,
                              double cacheReadPrice, double cacheWritePrice) {

    public LongContextTier {
        if (thresholdTokens <= 0) {
            throw new InvalidInputException("long-context threshold", "long-context threshold must be > 0 tokens, was " + thresholdTokens);
        }
        Check.nonNegative("long-context input price", inputPrice);
        Check.nonNegative("long-context output price", outputPrice);
        Check.nonNegative("long-context cache read price", cacheReadPrice);
        Check.nonNegative("long-context cache write price", cacheWritePrice);
    }
}
