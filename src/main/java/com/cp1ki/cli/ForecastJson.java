package com.cp1ki.cli;

import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.StackForecast;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.Band;
import com.cp1ki.engine.report.ForecastReport.BillMonth;
import com.cp1ki.engine.report.ForecastReport.Change;
import com.cp1ki.engine.report.ForecastReport.CheapestSeries;
import com.cp1ki.engine.report.ForecastReport.CrossoverMonth;
import com.cp1ki.engine.report.ForecastReport.CrossoverSeries;
import com.cp1ki.engine.report.ForecastReport.PlanMonth;
import com.cp1ki.engine.report.ForecastReport.PlanSeries;
import com.cp1ki.engine.report.ForecastReport.ResultMonth;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.report.ForecastReport.StackAmount;
import com.cp1ki.engine.report.ForecastReport.VolumeSeries;
import com.cp1ki.engine.report.Warning;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import static com.cp1ki.cli.JsonReportWriter.number;
import static com.cp1ki.cli.JsonReportWriter.value;

/** The forecast as JSON (keys in docs/cli.md, "forecast"), written key by key. USD, unrounded; months count from 1. */
final class ForecastJson {
    /** Version of this JSON layout; raised only when a key is renamed or removed. */
    static final int FORMAT_VERSION = 1;

    private ForecastJson() {
    }

    static void write(Project p, ForecastReport f, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("project", p.name());
            g.writeStringField("currency", p.settings().currency());
            number(g, "fxRate", p.settings().fxRate());
            g.writeStringField("moneyUnit", "USD");
            g.writeNumberField("months", f.months());
            inputs(g, f.inputs());
            g.writeArrayFieldStart("volumes");
            for (VolumeSeries v : f.volumes()) {
                g.writeStartObject();
                g.writeStringField("workload", v.workload());
                numbers(g, "inferencesPerDay", v.inferencesPerDay());
                numbers(g, "tokenFactor", v.tokenFactor());
                g.writeEndObject();
            }
            g.writeEndArray();
            results(g, f.results());
            cheapest(g, f.cheapest());
            crossovers(g, f.crossovers());
            plans(g, f.plans());
            bill(g, f.bill());
            fan(g, f.fan());
            g.writeArrayFieldStart("warnings");
            for (Warning w : f.warnings()) {
                g.writeStartObject();
                g.writeStringField("code", w.code());
                g.writeStringField("subject", w.subject());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void inputs(JsonGenerator g, Forecast f) throws IOException {
        g.writeObjectFieldStart("inputs");
        g.writeNumberField("months", f.months());
        number(g, "volumeGrowthPerMonth", f.volumeGrowthPerMonth());
        number(g, "tokenGrowthPerMonth", f.tokenGrowthPerMonth());
        number(g, "apiPriceDeclinePerYear", f.apiPriceDeclinePerYear());
        preset(g, "apiPricePreset", f.apiPriceDeclinePerYear());
        number(g, "gpuRateDeclinePerYear", f.gpuRateDeclinePerYear());
        g.writeArrayFieldStart("stacks");
        for (StackForecast s : f.stacks()) {
            g.writeStartObject();
            g.writeStringField("stack", s.stack());
            value(g, "priceDeclinePerYear", s.priceDeclinePerYear());
            value(g, "reservedMonthsLeft", s.reservedMonthsLeft());
            preset(g, "pricePreset", s.priceDeclinePerYear() == null ? Double.NaN : s.priceDeclinePerYear());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The published estimate a decline is, with its source and date, or null. */
    private static void preset(JsonGenerator g, String key, double decline) throws IOException {
        DeclinePreset p = DeclinePreset.of(decline).orElse(null);
        if (p == null) {
            g.writeNullField(key);
            return;
        }
        g.writeObjectFieldStart(key);
        g.writeStringField("label", p.label());
        number(g, "cheaperPerYear", p.cheaperPerYear());
        g.writeStringField("source", p.source());
        g.writeStringField("published", p.published());
        g.writeStringField("url", p.url());
        g.writeEndObject();
    }

    private static void results(JsonGenerator g, List<ResultSeries> results) throws IOException {
        g.writeArrayFieldStart("results");
        for (ResultSeries s : results) {
            g.writeStartObject();
            g.writeStringField("workload", s.workload());
            g.writeStringField("stack", s.stack());
            g.writeStringField("kind", s.kind());
            g.writeArrayFieldStart("months");
            for (ResultMonth m : s.months()) {
                g.writeStartObject();
                g.writeNumberField("month", m.month());
                number(g, "cp1ki", m.cp1ki());
                number(g, "monthlyCost", m.monthlyCost());
                value(g, "instances", m.instances());
                number(g, "priceFactor", m.priceFactor());
                value(g, "reservedFactor", m.reservedFactor());
                band(g, "cp1ki", m.cp1kiBand());
                band(g, "monthlyCost", m.monthlyBand());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void cheapest(JsonGenerator g, List<CheapestSeries> cheapest) throws IOException {
        g.writeArrayFieldStart("cheapest");
        for (CheapestSeries c : cheapest) {
            g.writeStartObject();
            g.writeStringField("workload", c.workload());
            g.writeArrayFieldStart("stacks");
            for (String s : c.stacks()) {
                g.writeString(s);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("changes");
            for (Change ch : c.changes()) {
                g.writeStartObject();
                g.writeNumberField("month", ch.month());
                g.writeStringField("from", ch.from());
                g.writeStringField("to", ch.to());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void crossovers(JsonGenerator g, List<CrossoverSeries> crossovers) throws IOException {
        g.writeArrayFieldStart("crossovers");
        for (CrossoverSeries x : crossovers) {
            g.writeStartObject();
            g.writeStringField("workload", x.workload());
            g.writeStringField("a", x.a());
            g.writeStringField("b", x.b());
            g.writeArrayFieldStart("months");
            for (CrossoverMonth m : x.months()) {
                g.writeStartObject();
                g.writeNumberField("month", m.month());
                value(g, "stableAbove", m.stableAbove());
                g.writeStringField("cheaperAbove", m.cheaperAbove());
                g.writeStringField("cheaperBelow", m.cheaperBelow());
                g.writeNumberField("crossings", m.crossings());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void plans(JsonGenerator g, List<PlanSeries> plans) throws IOException {
        g.writeArrayFieldStart("plans");
        for (PlanSeries p : plans) {
            g.writeStartObject();
            g.writeStringField("plan", p.plan());
            g.writeArrayFieldStart("months");
            for (PlanMonth m : p.months()) {
                g.writeStartObject();
                g.writeNumberField("month", m.month());
                number(g, "costPerInference", m.costPerInference());
                number(g, "meanMarginPerUser", m.meanMarginPerUser());
                number(g, "marginAtMedian", m.marginAtMedian());
                number(g, "grossMarginPct", m.grossMarginPct());
                number(g, "unprofitableShare", m.unprofitableShare());
                band(g, "meanMarginPerUser", m.marginBand());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void bill(JsonGenerator g, List<BillMonth> bill) throws IOException {
        g.writeArrayFieldStart("bill");
        for (BillMonth b : bill) {
            g.writeStartObject();
            g.writeNumberField("month", b.month());
            number(g, "total", b.total());
            band(g, "total", b.band());
            g.writeArrayFieldStart("stacks");
            for (StackAmount s : b.stacks()) {
                g.writeStartObject();
                g.writeStringField("stack", s.stack());
                number(g, "monthlyCost", s.monthlyCost());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void fan(JsonGenerator g, ForecastReport.FanInfo fan) throws IOException {
        if (fan == null) {
            g.writeNullField("fan");
            return;
        }
        g.writeObjectFieldStart("fan");
        g.writeNumberField("draws", fan.draws());
        g.writeNumberField("seed", fan.seed());
        g.writeArrayFieldStart("ranged");
        for (String r : fan.ranged()) {
            g.writeString(r);
        }
        g.writeEndArray();
        if (fan.problem() == null) {
            g.writeNullField("problem");
        } else {
            g.writeStringField("problem", fan.problem());
        }
        g.writeEndObject();
    }

    /** {@code <key>P10} and {@code <key>P90}: null when no rate has a range. */
    private static void band(JsonGenerator g, String key, Band b) throws IOException {
        value(g, key + "P10", b == null ? null : b.p10());
        value(g, key + "P90", b == null ? null : b.p90());
    }

    private static void numbers(JsonGenerator g, String key, List<Double> values) throws IOException {
        g.writeArrayFieldStart(key);
        for (double v : values) {
            if (Double.isFinite(v)) {
                g.writeNumber(v);
            } else {
                g.writeNull();
            }
        }
        g.writeEndArray();
    }
}
