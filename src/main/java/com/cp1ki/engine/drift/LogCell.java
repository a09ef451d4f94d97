package com.cp1ki.engine.drift;

/**
 * The sums of one cell of a request log: the rows of one feature, one model, one time bucket, one
 * input-size band and one outcome. Token sums are over the cell's requests (a row with a count of
 * n counts n times); input is every input token of a request, including the ones read from or
 * written to the prompt cache.
 *
 * @param feature        index into {@link LogData#features()}
 * @param model          index into {@link LogData#models()}
 * @param bucket         the time bucket (see {@link Granularity})
 * @param band           input-size band: 0 for input up to {@code thresholds[0]}, k for input above
 *                       {@code thresholds[k - 1]} and up to {@code thresholds[k]} (see {@link LogData#thresholds()})
 * @param failed         whether these requests failed (an attempt that costs but answers nothing)
 * @param requests       requests (attempts)
 * @param input          input tokens, cached and written ones included
 * @param cached         input tokens read from the prompt cache
 * @param cacheWrite     input tokens written to the prompt cache
 * @param output         output tokens
 * @param billed         the log's own cost of these requests, USD (0 when the log has no cost)
 * @param billedRequests requests that carried a cost in the log
 */
public record LogCell(int feature, int model, long bucket, int band, boolean failed, double requests, double input,
                      double cached, double cacheWrite, double output, double billed, double billedRequests) {

    public LogCell {
        if (feature < 0 || model < 0 || band < 0) {
            throw new IllegalArgumentException("log cell indices must be >= 0");
        }
        if (!(requests > 0) || !(input >= 0) || !(cached >= 0) || !(cacheWrite >= 0) || !(output >= 0)
                || !(billedRequests >= 0) || !Double.isFinite(billed) || cached + cacheWrite > input * (1 + 1e-12)) {
            throw new IllegalArgumentException("log cell sums out of range: " + requests + " requests, input " + input
                    + ", cached " + cached + ", written " + cacheWrite + ", output " + output);
        }
    }
}
