package com.cp1ki.cli;

import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.Band;
import com.cp1ki.engine.report.ForecastReport.BillMonth;
import com.cp1ki.engine.report.ForecastReport.CheapestSeries;
import com.cp1ki.engine.report.ForecastReport.CrossoverMonth;
import com.cp1ki.engine.report.ForecastReport.CrossoverSeries;
import com.cp1ki.engine.report.ForecastReport.PlanMonth;
import com.cp1ki.engine.report.ForecastReport.PlanSeries;
import com.cp1ki.engine.report.ForecastReport.ResultMonth;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.report.ForecastReport.StackAmount;
import com.cp1ki.engine.report.ForecastReport.VolumeSeries;
import com.cp1ki.io.export.Csv;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The forecast as CSV, one table per {@link Section}, one row per month and item (RFC 4180, as the report's). */
final class ForecastCsv {

    /** Which table; {@code RESULTS} by default. */
    enum Section {
        RESULTS("month", "workload", "stack", "kind", "inferencesPerDay", "tokenFactor", "cp1ki", "monthlyCost",
                "instances", "priceFactor", "reservedFactor", "cheapest", "cp1kiP10", "cp1kiP90", "monthlyCostP10",
                "monthlyCostP90"),
        PLANS("month", "plan", "costPerInference", "meanMarginPerUser", "marginAtMedian", "grossMarginPct",
                "unprofitableShare", "meanMarginPerUserP10", "meanMarginPerUserP90"),
        CROSSOVERS("month", "workload", "a", "b", "stableAbove", "cheaperAbove", "cheaperBelow", "crossings"),
        BILL("month", "line", "stack", "monthlyCost", "monthlyCostP10", "monthlyCostP90");

        final List<String> columns;

        Section(String... columns) {
            this.columns = List.of(columns);
        }
    }

    private ForecastCsv() {
    }

    static void write(ForecastReport f, Section section, Writer w) throws IOException {
        w.write(String.join(",", section.columns) + Csv.EOL);
        for (List<Object> row : rows(f, section)) {
            w.write(Csv.row(row));
        }
    }

    static List<List<Object>> rows(ForecastReport f, Section section) {
        List<List<Object>> out = new ArrayList<>();
        switch (section) {
            case RESULTS -> {
                for (ResultSeries s : f.results()) {
                    VolumeSeries v = f.volumes().stream().filter(x -> x.workload().equals(s.workload())).findFirst()
                            .orElseThrow();
                    CheapestSeries c = f.cheapest(s.workload());
                    for (ResultMonth m : s.months()) {
                        int i = m.month() - 1;
                        out.add(Arrays.asList(m.month(), s.workload(), s.stack(), s.kind(), v.inferencesPerDay().get(i),
                                v.tokenFactor().get(i), m.cp1ki(), m.monthlyCost(), m.instances(), m.priceFactor(),
                                m.reservedFactor(), s.stack().equals(c.stacks().get(i)), p10(m.cp1kiBand()),
                                p90(m.cp1kiBand()), p10(m.monthlyBand()), p90(m.monthlyBand())));
                    }
                }
            }
            case PLANS -> {
                for (PlanSeries p : f.plans()) {
                    for (PlanMonth m : p.months()) {
                        out.add(Arrays.asList(m.month(), p.plan(), m.costPerInference(), m.meanMarginPerUser(),
                                m.marginAtMedian(), m.grossMarginPct(), m.unprofitableShare(), p10(m.marginBand()),
                                p90(m.marginBand())));
                    }
                }
            }
            case CROSSOVERS -> {
                for (CrossoverSeries x : f.crossovers()) {
                    for (CrossoverMonth m : x.months()) {
                        out.add(Arrays.asList(m.month(), x.workload(), x.a(), x.b(), m.stableAbove(), m.cheaperAbove(),
                                m.cheaperBelow(), m.crossings()));
                    }
                }
            }
            case BILL -> {
                for (BillMonth b : f.bill()) {
                    out.add(Arrays.asList(b.month(), "total", null, b.total(), p10(b.band()), p90(b.band())));
                    for (StackAmount s : b.stacks()) {
                        out.add(Arrays.asList(b.month(), "stack", s.stack(), s.monthlyCost(), null, null));
                    }
                }
            }
        }
        return out;
    }

    private static Double p10(Band b) {
        return b == null ? null : b.p10();
    }

    private static Double p90(Band b) {
        return b == null ? null : b.p90();
    }
}
