package com.cp1ki.cli;

import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.StringJoiner;

/**
 * One CSV row per (workload, stack) result with the JSON report's result keys as header
 * (RFC 4180: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled).
 * Numbers are unrounded and plain (no exponent); an absent or non-finite value is an empty field.
 */
final class CsvReportWriter {

    void write(Report report, Writer out) throws IOException {
        out.write(String.join(",", ResultColumns.keys()));
        out.write("\r\n");
        for (StackResult r : report.results()) {
            StringJoiner row = new StringJoiner(",", "", "\r\n");
            for (ResultColumns.Column c : ResultColumns.ALL) {
                row.add(field(c.value().apply(r)));
            }
            out.write(row.toString());
        }
        out.flush();
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
        }
        String s = v.toString();
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
