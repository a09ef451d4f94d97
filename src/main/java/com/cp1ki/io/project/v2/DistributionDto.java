package com.cp1ki.io.project.v2;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A token distribution as its sums and log-binned histogram, and its exact rows when it keeps them.
 *
 * @param rows            source rows counted in (a row may stand for several requests)
 * @param maxInputTokens  largest input tokens of any row
 * @param maxOutputTokens largest output tokens of any row
 * @param cells           the histogram, one array element per cell
 * @param exactRows       the exact rows, or null when the distribution is too large to keep them
 */
@JsonPropertyOrder({"rows", "maxInputTokens", "maxOutputTokens", "cells", "exactRows"})
public record DistributionDto(Long rows, Long maxInputTokens, Long maxOutputTokens, CellsDto cells,
                              ExactRowsDto exactRows) implements TokensDto {
    public static final String KIND = "distribution";

    /**
     * Histogram cells as parallel arrays (cell k is element k of each).
     *
     * @param inBin  input-token bin (TokenBins: exact below 128, then 128 bins per power of two)
     * @param outBin output-token bin
     * @param weight requests in the cell
     * @param sumIn  weighted sum of input tokens of the cell's requests
     * @param sumOut weighted sum of output tokens of the cell's requests
     */
    @JsonPropertyOrder({"inBin", "outBin", "weight", "sumIn", "sumOut"})
    public record CellsDto(int[] inBin, int[] outBin, double[] weight, double[] sumIn, double[] sumOut) {
    }

    /** Exact rows as parallel arrays: input tokens, output tokens, weight (requests the row stands for). */
    @JsonPropertyOrder({"inputTokens", "outputTokens", "weight"})
    public record ExactRowsDto(long[] inputTokens, long[] outputTokens, double[] weight) {
    }
}
