package com.cp1ki.app.charts;

import com.cp1ki.io.export.Csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The data a chart shows, as a table: headers carry units, values are unrounded text. The CSV
 * export writes exactly this, so the file and the picture agree.
 */
public record ChartTable(List<String> headers, List<List<String>> rows) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> r : rows) {
            if (r.size() != headers.size()) {
                throw new IllegalArgumentException("row " + r + " has " + r.size() + " cells for " + headers.size() + " headers");
            }
        }
    }

    public static final ChartTable EMPTY = new ChartTable(List.of(), List.of());

    /**
     * RFC 4180 CSV with CRLF line ends, written by {@link Csv}: a series or stack name that a
     * spreadsheet would run as a formula is neutralised; numbers (plain text here) stay numbers.
     */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        sb.append(Csv.row(headers));
        for (List<String> r : rows) {
            sb.append(Csv.row(r));
        }
        return sb.toString();
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final List<String> headers;
        private final List<List<String>> rows = new ArrayList<>();

        public Builder(String... headers) {
            this.headers = List.of(headers);
        }

        /** Adds a row; numbers are written plain and unrounded, anything else as text. */
        public Builder row(Object... cells) {
            List<String> r = new ArrayList<>();
            for (Object c : cells) {
                r.add(c == null ? "" : c instanceof Double || c instanceof Float ? ChartFormat.plain(((Number) c).doubleValue())
                        : c.toString());
            }
            rows.add(r);
            return this;
        }

        public ChartTable build() {
            return new ChartTable(headers, rows);
        }
    }
}
