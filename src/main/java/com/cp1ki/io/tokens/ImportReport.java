package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.Summary;

import java.util.List;
import java.util.Map;

/**
 * What an import read and what it made of it. {@code rowsRead = rowsUsed + rowsSkipped()}: every
 * non-blank data line is either used or counted under a {@link SkipReason}.
 *
 * @param source      file name, or "pasted text"
 * @param format      "csv", "tsv", "text" (other delimiters or blanks) or "jsonl"
 * @param gzip        whether the file was gzip-compressed
 * @param delimiter   comma, tab, semicolon, pipe, space, or the character; null for JSON Lines
 * @param header      whether the first line named the columns
 * @param columns     the column (or JSON field) used for each role
 * @param rowsRead    data rows read (blank lines and the header are not rows)
 * @param rowsUsed    rows that went into the distribution
 * @param blankLines  blank lines passed over
 * @param weight      total weight of the used rows (requests; a pre-aggregated row counts its count)
 * @param skipped     rows not used, by reason, with the first line numbers of each
 * @param input       summary of input tokens per request (weighted)
 * @param output      summary of output tokens per request (weighted)
 * @param notes       things the user should know (synthetic outputs, pooled tags, untracked buckets)
 */
public record ImportReport(String source, String format, boolean gzip, String delimiter, boolean header,
                           Map<Role, String> columns, long rowsRead, long rowsUsed, long blankLines, double weight,
                           Map<SkipReason, Skipped> skipped, Summary input, Summary output, List<String> notes) {

    public ImportReport {
        columns = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(columns));
        skipped = skipped.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(skipped));
        notes = List.copyOf(notes);
    }

    public long rowsSkipped() {
        long n = 0;
        for (Skipped s : skipped.values()) {
            n += s.count();
        }
        return n;
    }
}
