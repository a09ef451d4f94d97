package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Headline;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;

/**
 * The report as JSON for machines (docs/cli.md). Written key by key with a {@link JsonGenerator}
 * so that no refactoring of a record can rename a key. Money is USD, unrounded; a value that is
 * absent or not finite (e.g. a ratio over zero) is JSON null.
 */
final class JsonReportWriter {

    /** Version of this JSON layout; raised only when a key is renamed or removed. */
    static final int FORMAT_VERSION = 1;

    private final JsonFactory factory = new JsonFactory();

    void write(Project project, Report report, Writer out) throws IOException {
        write(project, null, report, out);
    }

    /** The report of a scenario: key {@code scenario} names it (null for the base). */
    void write(Project project, String scenario, Report report, Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            Settings s = project.settings();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("project", project.name());
            g.writeStringField("scenario", scenario);
            g.writeStringField("currency", s.currency());
            number(g, "fxRate", s.fxRate());
            g.writeStringField("fxDate", s.fxDate());
            g.writeStringField("fxSource", s.fxSource());
            g.writeStringField("moneyUnit", "USD");
            number(g, "daysPerMonth", s.daysPerMonth());
            number(g, "hoursPerMonth", s.hoursPerMonth());

            g.writeArrayFieldStart("results");
            for (StackResult r : report.results()) {
                g.writeStartObject();
                for (ResultColumns.Column c : ResultColumns.ALL) {
                    value(g, c.key(), c.value().apply(r));
                }
                LeversReport.json(g, r);
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("crossovers");
            for (Crossover c : report.crossovers()) {
                crossover(g, c);
            }
            g.writeEndArray();

            g.writeArrayFieldStart("plans");
            for (PlanResult p : report.plans()) {
                plan(g, p);
            }
            g.writeEndArray();

            PortfolioJson.write(g, report.portfolio());

            g.writeArrayFieldStart("warnings");
            for (Warning w : report.warnings()) {
                g.writeStartObject();
                g.writeStringField("code", w.code());
                g.writeStringField("subject", w.subject());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();

            g.writeArrayFieldStart("cheapest");
            for (CheapestStacks c : report.cheapest()) {
                cheapest(g, c);
            }
            g.writeEndArray();

            g.writeArrayFieldStart("headlines");
            for (Headline h : report.headlines()) {
                headline(g, h);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void crossover(JsonGenerator g, Crossover c) throws IOException {
        g.writeStartObject();
        g.writeStringField("workload", c.workload());
        g.writeStringField("a", c.a());
        g.writeStringField("b", c.b());
        g.writeBooleanField("withOps", c.withOps());
        g.writeArrayFieldStart("crossings");
        for (double v : c.crossings()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        value(g, "stableAbove", c.stableAbove());
        g.writeStringField("cheaperAbove", c.cheaperAbove());
        g.writeStringField("cheaperBelow", c.cheaperBelow());
        g.writeNumberField("crossingCount", c.crossingCount());
        g.writeEndObject();
    }

    private static void cheapest(JsonGenerator g, CheapestStacks c) throws IOException {
        g.writeStartObject();
        g.writeStringField("workload", c.workload());
        g.writeBooleanField("withOps", c.withOps());
        g.writeNumberField("changes", c.changes());
        g.writeBooleanField("complete", c.complete());
        g.writeArrayFieldStart("bands");
        for (CheapestStacks.Band b : c.bands()) {
            g.writeStartObject();
            number(g, "fromVolume", b.fromVolume());
            number(g, "toVolume", b.toVolume());
            g.writeStringField("stack", b.stack());
            g.writeBooleanField("startsAtStep", b.startsAtStep());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void headline(JsonGenerator g, Headline h) throws IOException {
        g.writeStartObject();
        g.writeStringField("workload", h.workload());
        number(g, "volume", h.volume());
        g.writeStringField("text", h.text());
        choice(g, "withOps", h.withOps());
        choice(g, "withoutOps", h.withoutOps());
        g.writeEndObject();
    }

    private static void choice(JsonGenerator g, String key, Headline.Choice c) throws IOException {
        g.writeObjectFieldStart(key);
        g.writeStringField("stack", c.stack());
        number(g, "monthlyCost", c.monthlyCost());
        g.writeArrayFieldStart("tiedWith");
        for (String t : c.tiedWith()) {
            g.writeString(t);
        }
        g.writeEndArray();
        g.writeStringField("runnerUp", c.runnerUp());
        value(g, "runnerUpMonthlyCost", c.runnerUpMonthlyCost());
        value(g, "savingPer1000", c.savingPer1000());
        value(g, "savingPerMonth", c.savingPerMonth());
        value(g, "cheapestFrom", c.cheapestFrom());
        g.writeStringField("cheaperBelow", c.cheaperBelow());
        value(g, "cheapestTo", c.cheapestTo());
        g.writeStringField("cheaperAbove", c.cheaperAbove());
        g.writeEndObject();
    }

    private static void plan(JsonGenerator g, PlanResult p) throws IOException {
        g.writeStartObject();
        g.writeStringField("plan", p.plan());
        g.writeStringField("stack", p.stack());
        number(g, "meanMarginPerUser", p.meanMarginPerUser());
        number(g, "grossMarginPct", p.grossMarginPct());
        number(g, "unprofitableShare", p.unprofitableShare());
        value(g, "breakEvenUsage", p.breakEvenUsage());
        value(g, "powerUserWipeout", p.powerUserWipeout());
        number(g, "costPerInference", p.costPerInference());
        number(g, "priceUsd", p.priceUsd());
        value(g, "includedInferences", p.includedInferences());
        number(g, "overagePer1000Usd", p.overagePer1000Usd());
        number(g, "meanUsage", p.meanUsage());
        number(g, "medianUsage", p.medianUsage());
        number(g, "meanRevenuePerUser", p.meanRevenuePerUser());
        number(g, "meanCostPerUser", p.meanCostPerUser());
        number(g, "marginAtMedian", p.marginAtMedian());
        number(g, "powerUserUsage", p.powerUserUsage());
        number(g, "marginAtPowerUser", p.marginAtPowerUser());
        g.writeEndObject();
    }

    static void value(JsonGenerator g, String key, Object v) throws IOException {
        if (v == null) {
            g.writeNullField(key);
        } else if (v instanceof String s) {
            g.writeStringField(key, s);
        } else if (v instanceof Boolean b) {
            g.writeBooleanField(key, b);
        } else if (v instanceof Integer i) {
            g.writeNumberField(key, i);
        } else if (v instanceof Number n) {
            number(g, key, n.doubleValue());
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName() + " at " + key);
        }
    }

    /** A number of every JSON output of the command line: null when absent, NaN or infinite. */
    static void number(JsonGenerator g, String key, Double v) throws IOException {
        if (v != null && Double.isFinite(v)) {
            g.writeNumberField(key, v);
        } else {
            g.writeNullField(key);
        }
    }
}
