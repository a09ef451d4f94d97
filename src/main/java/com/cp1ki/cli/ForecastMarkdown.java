package com.cp1ki.cli;

import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.StackForecast;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.BillMonth;
import com.cp1ki.engine.report.ForecastReport.Change;
import com.cp1ki.engine.report.ForecastReport.CheapestSeries;
import com.cp1ki.engine.report.ForecastReport.CrossoverMonth;
import com.cp1ki.engine.report.ForecastReport.CrossoverSeries;
import com.cp1ki.engine.report.ForecastReport.PlanMonth;
import com.cp1ki.engine.report.ForecastReport.PlanSeries;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.report.ForecastReport.VolumeSeries;
import com.cp1ki.engine.report.Warning;
import com.cp1ki.io.export.Markdown;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * The forecast for people: its inputs with the sources of the presets, then per workload a table by
 * month (volume, cheapest stack, each stack's CP1Ki and monthly cost) and the months the cheapest
 * stack changes, the crossovers and plan margins by month, the bill, the warnings. Money as in the
 * report ({@link Amounts}); project text through {@link Markdown#text}.
 */
final class ForecastMarkdown {

    private ForecastMarkdown() {
    }

    static void write(Project p, ForecastReport f, Writer w) {
        PrintWriter out = new PrintWriter(w);
        Amounts a = new Amounts(p.settings());
        out.println("# Forecast: " + md(p.name()));
        out.println();
        inputs(out, f.inputs());
        fan(out, f.fan());
        for (VolumeSeries v : f.volumes()) {
            workload(out, a, f, v);
        }
        crossovers(out, f.crossovers());
        plans(out, a, f.plans());
        bill(out, a, f.bill());
        out.println();
        out.println("## Warnings");
        out.println();
        if (f.warnings().isEmpty()) {
            out.println("None.");
        }
        for (Warning x : f.warnings()) {
            out.println("- " + md(x.subject()) + ": " + md(x.message()) + " (" + x.code() + ")");
        }
        out.flush();
    }

    private static void inputs(PrintWriter out, Forecast f) {
        out.println(f.months() + " months; month 1 is this month, priced as `cp1ki report` prices it.");
        if (!f.moves()) {
            out.println("Nothing grows or falls, so every month equals the report: set the forecast's growth and"
                    + " declines in the workbench (Charts > Forecast) or the file's `forecast`.");
        }
        out.println();
        out.println("- volume growth: " + Forecast.percent(f.volumeGrowthPerMonth()) + " a month (every workload's"
                + " inferences/day, compounding)");
        out.println("- tokens per inference: " + Forecast.percent(f.tokenGrowthPerMonth()) + " a month");
        out.println("- API token prices: " + decline(f.apiPriceDeclinePerYear()));
        out.println("- GPU hourly rates (on-demand and spot; reserved at each renewal): "
                + decline(f.gpuRateDeclinePerYear()));
        for (StackForecast s : f.stacks()) {
            StringBuilder b = new StringBuilder("- stack " + md(s.stack()) + ":");
            if (s.priceDeclinePerYear() != null) {
                b.append(" its own decline, ").append(decline(s.priceDeclinePerYear())).append(";");
            }
            if (s.reservedMonthsLeft() != null) {
                b.append(" reservations run ").append(s.reservedMonthsLeft()).append(" more months, then renew at")
                        .append(" that month's rate;");
            }
            out.println(b.substring(0, b.length() - 1));
        }
    }

    /** The fan's stamp, or why it could not be drawn; nothing without a range on a forecast rate. */
    private static void fan(PrintWriter out, ForecastReport.FanInfo fan) {
        if (fan == null) {
            return;
        }
        out.println();
        if (!fan.drawn()) {
            out.println("No fan: " + md(fan.problem()));
            return;
        }
        out.println(String.format(java.util.Locale.ROOT, "Fan: the P10 to P90 band of each number under the ranged"
                + " forecast rates (%s), every other input at its value; n = %,d, seed = %d.",
                md(String.join(", ", fan.ranged())), fan.draws(), fan.seed()));
    }

    /** " (P10 to P90)" after a point value, or nothing without a band. */
    private static String band(ForecastReport.Band b, java.util.function.DoubleFunction<String> text) {
        return b == null ? "" : " (" + text.apply(b.p10()) + " to " + text.apply(b.p90()) + ")";
    }

    /** "falling 90% a year (10x a year: Guido Appenzeller (a16z), ..., 2024-11-12, URL)", or "flat". */
    static String decline(double d) {
        if (d == 0) {
            return "flat (today's prices held)";
        }
        String s = (d > 0 ? "falling " : "rising ") + Forecast.percent(Math.abs(d)) + " a year";
        DeclinePreset p = DeclinePreset.of(d).orElse(null);
        return p == null || p.published() == null ? s
                : s + " (preset " + p.label() + ": " + md(p.source()) + ", " + p.published() + ", " + p.url() + ")";
    }

    private static void workload(PrintWriter out, Amounts a, ForecastReport f, VolumeSeries v) {
        List<ResultSeries> rs = f.results().stream().filter(r -> r.workload().equals(v.workload())).toList();
        CheapestSeries c = f.cheapest(v.workload());
        out.println();
        out.println("## " + md(v.workload()));
        out.println();
        if (c == null || c.stacks().isEmpty() || c.stacks().get(0) == null) {
            out.println("No enabled stack serves it.");
            return;
        }
        StringBuilder s = new StringBuilder("Cheapest stack: " + md(c.stacks().get(0)) + " in month 1");
        for (Change ch : c.changes()) {
            s.append("; ").append(md(ch.to())).append(" from month ").append(ch.month());
        }
        out.println(s.append(c.changes().isEmpty() ? ", every month." : ".").toString());
        out.println();
        StringBuilder h = new StringBuilder("| month | inferences/day | cheapest |");
        StringBuilder rule = new StringBuilder("|---:|---:|---|");
        for (ResultSeries r : rs) {
            h.append(' ').append(md(r.stack())).append(" CP1Ki | ").append(md(r.stack())).append(" monthly |");
            rule.append("---:|---:|");
        }
        out.println(h);
        out.println(rule);
        for (int i = 0; i < f.months(); i++) {
            StringBuilder row = new StringBuilder("| " + (i + 1) + " | " + Amounts.volume(v.inferencesPerDay().get(i))
                    + " | " + md(c.stacks().get(i)) + " |");
            for (ResultSeries r : rs) {
                var m = r.months().get(i);
                row.append(' ').append(a.perInference(m.cp1ki())).append(band(m.cp1kiBand(), a::perInference))
                        .append(" | ").append(a.money(m.monthlyCost())).append(band(m.monthlyBand(), a::money))
                        .append(" |");
            }
            out.println(row);
        }
    }

    private static void crossovers(PrintWriter out, List<CrossoverSeries> xs) {
        if (xs.isEmpty()) {
            return;
        }
        out.println();
        out.println("## Crossovers by month (with ops)");
        for (CrossoverSeries x : xs) {
            out.println();
            out.println("### " + md(x.a()) + " / " + md(x.b()) + " for " + md(x.workload()));
            out.println();
            out.println("| month | cheaper above (inferences/day) | cheaper at the top | cheaper at the bottom | crossings |");
            out.println("|---:|---:|---|---|---:|");
            for (CrossoverMonth m : x.months()) {
                out.println("| " + m.month() + " | " + (m.stableAbove() == null ? "none" : Amounts.volume(m.stableAbove()))
                        + " | " + name(m.cheaperAbove()) + " | " + name(m.cheaperBelow()) + " | " + m.crossings() + " |");
            }
        }
    }

    private static void plans(PrintWriter out, Amounts a, List<PlanSeries> plans) {
        for (PlanSeries p : plans) {
            out.println();
            out.println("## Plan " + md(p.plan()) + " by month");
            out.println();
            out.println("| month | cost per inference | mean margin per user | margin at the median | gross margin |"
                    + " users with a negative margin |");
            out.println("|---:|---:|---:|---:|---:|---:|");
            for (PlanMonth m : p.months()) {
                out.println("| " + m.month() + " | " + a.perInference(m.costPerInference()) + " | "
                        + a.money(m.meanMarginPerUser()) + band(m.marginBand(), a::money) + " | "
                        + a.money(m.marginAtMedian()) + " | "
                        + (Double.isFinite(m.grossMarginPct()) ? Amounts.ratio(m.grossMarginPct()) + "%" : "n/a")
                        + " | " + Amounts.percent(m.unprofitableShare()) + " |");
            }
        }
    }

    private static void bill(PrintWriter out, Amounts a, List<BillMonth> bill) {
        if (bill.isEmpty()) {
            return;
        }
        out.println();
        out.println("## The monthly bill (portfolio) by month");
        out.println();
        StringBuilder h = new StringBuilder("| month | total |");
        StringBuilder rule = new StringBuilder("|---:|---:|");
        for (var s : bill.get(0).stacks()) {
            h.append(' ').append(md(s.stack())).append(" |");
            rule.append("---:|");
        }
        out.println(h);
        out.println(rule);
        for (BillMonth b : bill) {
            StringBuilder row = new StringBuilder("| " + b.month() + " | " + a.money(b.total())
                    + band(b.band(), a::money) + " |");
            for (var s : b.stacks()) {
                row.append(' ').append(a.money(s.monthlyCost())).append(" |");
            }
            out.println(row);
        }
    }

    private static String name(String s) {
        return s == null ? "equal" : md(s);
    }

    private static String md(String s) {
        return Markdown.text(s);
    }
}
