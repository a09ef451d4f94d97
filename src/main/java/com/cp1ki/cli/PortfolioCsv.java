package com.cp1ki.cli;

import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.io.export.Csv;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

/**
 * The portfolio as CSV ({@code report --format csv --section portfolio}): one row per feature on
 * a stack, plus one row per stack with unused reserved capacity, so the monthlyCost column sums
 * to the bill. Written by {@link Csv} like {@link CsvReportWriter}: names a spreadsheet would run are neutralised.
 */
final class PortfolioCsv {
    static final List<String> KEYS = List.of("line", "workload", "stack", "kind", "routingShare", "monthlyInferences",
            "monthlyCost", "tokens", "gpu", "fixed", "ops", "extras", "fleetShare", "overheadShare", "fleetKey",
            "overheadKey", "featureMonthlyCost", "featureCp1ki");

    private PortfolioCsv() {
    }

    static void write(Portfolio p, Writer out) throws IOException {
        out.write(Csv.row(KEYS));
        for (FeatureBill f : p.features()) {
            for (FeatureShare x : f.stacks()) {
                StackBill s = p.stack(x.stack()).orElseThrow();
                row(out, "feature", f.workload(), s.stack(), s.kind(), x.routingShare(), x.monthlyInferences(),
                        x.monthly().total(), x.monthly().tokens(), x.monthly().gpu(), x.monthly().fixed(),
                        x.monthly().ops(), x.monthly().extras(), x.fleetShare(), x.overheadShare(),
                        s.fleetKey() == null ? null : s.fleetKey().name(), s.overheadKey().name(), f.monthlyCost(),
                        f.cp1ki());
            }
        }
        for (StackBill s : p.stacks()) {
            if (s.unusedReserved() > 0) {
                row(out, "unused-reserved", null, s.stack(), s.kind(), null, null, s.unusedReserved(), 0.0,
                        s.unusedReserved(), 0.0, 0.0, 0.0, null, null, null, null, null, null);
            }
        }
        out.flush();
    }

    private static void row(Writer out, Object... values) throws IOException {
        out.write(Csv.row(Arrays.asList(values)));
    }
}
