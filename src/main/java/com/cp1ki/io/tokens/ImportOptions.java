package com.cp1ki.io.tokens;

/**
 * How to read a token log. Every field is optional (null = detect).
 *
 * @param format       {@code DELIMITED} (CSV, TSV, pasted text) or {@code JSONL}; null detects it
 *                     from the first character ({@code {} means JSON Lines)
 * @param inputCol     column (header name or 1-based index) or JSON field path ({@code usage.prompt_tokens})
 *                     of input tokens
 * @param outputCol    the same for output tokens
 * @param weightCol    the same for the count/weight of a pre-aggregated row
 * @param timeCol      the same for the request timestamp
 * @param tagCol       the same for the tag (feature) that splits the log into workloads
 * @param delimiter    {@code comma}, {@code tab}, {@code semicolon}, {@code pipe}, {@code space}
 *                     (runs of blanks) or a single character; null detects it
 * @param header       whether the first line names the columns; null detects it
 * @param outputRatio  for a log without output tokens: output = round(ratio x input) per request
 * @param outputMean   for a log without output tokens: output = round(mean) per request
 * @param threads      parser threads; 0 = one per available core
 */
public record ImportOptions(Format format, String inputCol, String outputCol, String weightCol, String timeCol,
                            String tagCol, String delimiter, Boolean header, Double outputRatio, Double outputMean,
                            int threads) {

    /** The log formats read. */
    public enum Format { DELIMITED, JSONL }

    public ImportOptions {
        if (outputRatio != null && !(outputRatio >= 0 && outputRatio < 1e6)) {
            throw new IllegalArgumentException("output ratio must be a number >= 0, was " + outputRatio);
        }
        if (outputMean != null && !(outputMean >= 0 && outputMean < Numbers.MAX)) {
            throw new IllegalArgumentException("output mean must be a number >= 0, was " + outputMean);
        }
        if (outputRatio != null && outputMean != null) {
            throw new IllegalArgumentException("give an output ratio or an output mean, not both");
        }
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be >= 0, was " + threads);
        }
    }

    /** Detect everything. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, null, null, null, null, null, 0);
    }

    public ImportOptions withFormat(Format f) {
        return new ImportOptions(f, inputCol, outputCol, weightCol, timeCol, tagCol, delimiter, header, outputRatio, outputMean, threads);
    }

    public ImportOptions withColumns(String in, String out, String weight, String time, String tag) {
        return new ImportOptions(format, in, out, weight, time, tag, delimiter, header, outputRatio, outputMean, threads);
    }

    public ImportOptions withInputCol(String c) {
        return withColumns(c, outputCol, weightCol, timeCol, tagCol);
    }

    public ImportOptions withOutputCol(String c) {
        return withColumns(inputCol, c, weightCol, timeCol, tagCol);
    }

    public ImportOptions withWeightCol(String c) {
        return withColumns(inputCol, outputCol, c, timeCol, tagCol);
    }

    public ImportOptions withTimeCol(String c) {
        return withColumns(inputCol, outputCol, weightCol, c, tagCol);
    }

    public ImportOptions withTagCol(String c) {
        return withColumns(inputCol, outputCol, weightCol, timeCol, c);
    }

    public ImportOptions withDelimiter(String d) {
        return new ImportOptions(format, inputCol, outputCol, weightCol, timeCol, tagCol, d, header, outputRatio, outputMean, threads);
    }

    public ImportOptions withHeader(Boolean h) {
        return new ImportOptions(format, inputCol, outputCol, weightCol, timeCol, tagCol, delimiter, h, outputRatio, outputMean, threads);
    }

    public ImportOptions withOutputRatio(Double r) {
        return new ImportOptions(format, inputCol, outputCol, weightCol, timeCol, tagCol, delimiter, header, r, outputMean, threads);
    }

    public ImportOptions withOutputMean(Double m) {
        return new ImportOptions(format, inputCol, outputCol, weightCol, timeCol, tagCol, delimiter, header, outputRatio, m, threads);
    }

    public ImportOptions withThreads(int t) {
        return new ImportOptions(format, inputCol, outputCol, weightCol, timeCol, tagCol, delimiter, header, outputRatio, outputMean, t);
    }

    /** Output tokens for an input count when the log has none, or -1 when no rule was given. */
    long syntheticOutput(long in) {
        if (outputRatio != null) {
            return Math.round(outputRatio * in);
        }
        if (outputMean != null) {
            return Math.round(outputMean);
        }
        return -1;
    }
}
