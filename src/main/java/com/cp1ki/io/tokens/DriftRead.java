package com.cp1ki.io.tokens;

import com.cp1ki.engine.drift.LogData;

import java.util.List;
import java.util.Map;

/**
 * What a drift read of one or more logs found: the aggregates for {@code engine.drift}, and for
 * each file what was read and what was skipped, by reason and line.
 *
 * @param data        the per (feature, model, bucket, band, outcome) sums
 * @param files       one report per file, in the order given
 * @param modelLines  per model name, where its first rows are ("file:line", at most five)
 * @param notes       what the user should know (pooled names, aggregated rows at the base tier)
 */
public record DriftRead(LogData data, List<FileReport> files, Map<String, List<String>> modelLines,
                        List<String> notes) {

    public DriftRead {
        files = List.copyOf(files);
        modelLines = Map.copyOf(modelLines);
        notes = List.copyOf(notes);
    }

    /**
     * One file of a drift read. {@code rowsRead = rowsUsed + skipped rows}.
     *
     * @param source     the file as given
     * @param format     csv, tsv, text or jsonl
     * @param gzip       whether it was gzip-compressed
     * @param aggregated whether its rows are token sums (the warehouse query's output)
     * @param columns    the column (or field) of each role
     * @param rowsRead   data rows read
     * @param rowsUsed   rows in the aggregates
     * @param blankLines blank lines passed over
     * @param skipped    rows not used, by reason, with the first line numbers of each
     */
    public record FileReport(String source, String format, boolean gzip, boolean aggregated, Map<Role, String> columns,
                             long rowsRead, long rowsUsed, long blankLines, Map<SkipReason, Skipped> skipped) {

        public FileReport {
            columns = Map.copyOf(columns);
            skipped = Map.copyOf(skipped);
        }

        public long rowsSkipped() {
            return skipped.values().stream().mapToLong(Skipped::count).sum();
        }
    }

    public long rowsRead() {
        return files.stream().mapToLong(FileReport::rowsRead).sum();
    }

    public long rowsUsed() {
        return files.stream().mapToLong(FileReport::rowsUsed).sum();
    }
}
