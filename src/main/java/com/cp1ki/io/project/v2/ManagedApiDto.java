package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A managed API priced per token. Prices in USD per 1,000,000 tokens; shares and fees as fractions. */
@JsonPropertyOrder({"provider", "model", "inputPricePerMTok", "outputPricePerMTok", "cacheReadPricePerMTok",
        "cacheWritePricePerMTok", "cacheReadShare", "cacheWriteShare", "batchShare", "batchDiscount", "longContext",
        "platformFeeFraction", "feePerRequestUsd", "pricesAsOf", "priceSource"})
public record ManagedApiDto(String provider, String model, Double inputPricePerMTok, Double outputPricePerMTok,
                            Double cacheReadPricePerMTok, Double cacheWritePricePerMTok,
                            Double cacheReadShare, Double cacheWriteShare, Double batchShare, Double batchDiscount,
                            LongContextDto longContext, Double platformFeeFraction, Double feePerRequestUsd,
                            String pricesAsOf, String priceSource) implements ServingDto {
    public static final String KIND = "managedApi";

    /** Prices (USD per 1M tokens) for the whole request when its input tokens exceed the threshold. */
    @JsonPropertyOrder({"thresholdInputTokens", "inputPricePerMTok", "outputPricePerMTok", "cacheReadPricePerMTok",
            "cacheWritePricePerMTok"})
    public record LongContextDto(Long thresholdInputTokens, Double inputPricePerMTok, Double outputPricePerMTok,
                                 Double cacheReadPricePerMTok, Double cacheWritePricePerMTok) {
    }
}
