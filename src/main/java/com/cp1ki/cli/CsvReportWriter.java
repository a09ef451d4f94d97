package com.cp1ki.cli;

import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.export.Csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row per (workload, stack) result with the JSON report's result keys as header, written
 * by {@link Csv} (RFC 4180 with CRLF line ends; a name a spreadsheet would run as a formula is
 * neutralised). Numbers are unrounded and plain (no exponent); an absent or non-finite value is an
 * empty field.
 */
final class CsvReportWriter {

    void write(Report report, Writer out) throws IOException {
        out.write(Csv.row(ResultColumns.keys()));
        List<Object> row = new ArrayList<>(ResultColumns.ALL.size());
        for (StackResult r : report.results()) {
            row.clear();
            for (ResultColumns.Column c : ResultColumns.ALL) {
                row.add(c.value().apply(r));
            }
            out.write(Csv.row(row));
        }
        out.flush();
    }
}
