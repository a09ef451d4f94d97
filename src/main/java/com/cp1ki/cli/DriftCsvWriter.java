package com.cp1ki.cli;

import com.cp1ki.engine.drift.Decomposition;
import com.cp1ki.engine.drift.Driver;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.FeatureDrift;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * One CSV row per feature and bucket (RFC 4180, as {@link CsvReportWriter}): the series keys of the
 * JSON report, then each driver's part of the change as {@code byInputTokens} ... {@code byRetries}.
 */
final class DriftCsvWriter {
    static final List<String> COLUMNS = columns();

    private static List<String> columns() {
        List<String> c = new ArrayList<>(List.of("feature", "date", "state", "requests", "inferences", "failed",
                "unpriced", "meanInputTokens", "meanOutputTokens", "meanCachedTokens", "cacheHitShare", "modelledCost",
                "cp1ki", "windowCp1ki", "baseline", "bandLow", "bandHigh", "extraSpend", "billedCost", "modelledOfBilled"));
        for (Driver d : Driver.values()) {
            c.add("by" + Character.toUpperCase(d.key().charAt(0)) + d.key().substring(1));
        }
        return List.copyOf(c);
    }

    void write(DriftReport r, PrintStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(String.join(",", COLUMNS));
        w.write("\r\n");
        for (FeatureDrift f : r.features()) {
            for (DriftPoint p : f.points()) {
                StringJoiner row = new StringJoiner(",", "", "\r\n");
                Object[] v = {f.feature(), p.label(), p.state().key(), p.requests(), p.inferences(), p.failed(),
                    p.unpriced(), p.meanInput(), p.meanOutput(), p.meanCached(), p.cacheHitShare(), p.modelledCost(),
                    p.cp1ki(), p.windowCp1ki(), p.baseline(), p.bandLow(), p.bandHigh(), p.extraSpend(), p.billedCost(),
                    p.modelledOfBilled()};
                for (Object x : v) {
                    row.add(com.cp1ki.io.export.Csv.cell(x));
                }
                Decomposition d = p.decomposition();
                for (Driver drv : Driver.values()) {
                    row.add(d == null ? "" : com.cp1ki.io.export.Csv.cell(d.part(drv).amount()));
                }
                w.write(row.toString());
            }
        }
        w.flush();
    }
}
