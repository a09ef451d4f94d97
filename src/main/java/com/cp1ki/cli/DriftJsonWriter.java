package com.cp1ki.cli;

import com.cp1ki.engine.drift.ActualVsPlan;
import com.cp1ki.engine.drift.Decomposition;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.DriftRule;
import com.cp1ki.engine.drift.FeatureDrift;
import com.cp1ki.engine.drift.Granularity;
import com.cp1ki.engine.drift.ModelUse;
import com.cp1ki.engine.drift.State;
import com.cp1ki.engine.report.Warning;
import com.cp1ki.io.tokens.DriftRead;
import com.cp1ki.io.tokens.Role;
import com.cp1ki.io.tokens.SkipReason;
import com.cp1ki.io.tokens.Skipped;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import static com.cp1ki.cli.JsonReportWriter.number;

/** The drift report as JSON (keys in docs/cli.md, section "drift"), written key by key. USD, unrounded. */
final class DriftJsonWriter {
    static final int FORMAT_VERSION = 1;
    private final JsonFactory factory = new JsonFactory();

    void write(String project, DriftRead read, DriftReport r, Integer last, boolean drifted, Writer out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("project", project);
            g.writeStringField("zone", r.zone());
            g.writeStringField("granularity", r.granularity() == Granularity.DAY ? "day" : "hour");
            g.writeStringField("first", r.features().isEmpty() ? null : r.granularity().label(r.firstBucket()));
            g.writeStringField("last", r.features().isEmpty() ? null : r.granularity().label(r.lastBucket()));
            rule(g, r.rule());
            if (last == null) {
                g.writeNullField("judgedLast");
            } else {
                g.writeNumberField("judgedLast", last);
            }
            g.writeBooleanField("drifted", drifted);
            g.writeNumberField("exitCode", drifted ? DriftCommand.DRIFTED : 0);
            files(g, read.files());
            g.writeArrayFieldStart("models");
            for (ModelUse m : r.models()) {
                g.writeStartObject();
                g.writeStringField("model", m.model());
                g.writeStringField("stack", m.stack());
                g.writeStringField("how", m.how());
                number(g, "requests", m.requests());
                g.writeStringField("suggestion", m.suggestion());
                g.writeArrayFieldStart("firstLines");
                for (String l : read.modelLines().getOrDefault(m.model(), List.of())) {
                    g.writeString(l);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("alerts");
            for (FeatureDrift f : r.features()) {
                for (DriftPoint p : f.points()) {
                    if (p.state() == State.ALERT) {
                        g.writeStartObject();
                        g.writeStringField("feature", f.feature());
                        g.writeStringField("date", p.label());
                        number(g, "cp1ki", p.windowCp1ki());
                        number(g, "baseline", p.baseline());
                        number(g, "ratio", p.baseline() == null ? null : p.windowCp1ki() / p.baseline());
                        number(g, "extraSpend", p.extraSpend());
                        g.writeStringField("largestDriver", p.decomposition().largest().key());
                        g.writeStringField("reason", p.reason());
                        g.writeEndObject();
                    }
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("features");
            for (FeatureDrift f : r.features()) {
                feature(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (Warning w : r.warnings()) {
                g.writeStartObject();
                g.writeStringField("code", w.code());
                g.writeStringField("subject", w.subject());
                g.writeStringField("message", w.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("notes");
            for (String n : read.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void rule(JsonGenerator g, DriftRule rule) throws IOException {
        g.writeObjectFieldStart("rule");
        g.writeNumberField("window", rule.window());
        g.writeNumberField("baseline", rule.baseline());
        g.writeNumberField("warmUp", rule.warmUp());
        number(g, "threshold", rule.threshold());
        number(g, "minRequests", rule.minRequests());
        number(g, "floorUsd", rule.floorUsd());
        g.writeBooleanField("sameWeekday", rule.sameWeekday());
        g.writeBooleanField("robust", rule.robust());
        number(g, "madK", rule.madK());
        number(g, "maxUnpricedShare", rule.maxUnpricedShare());
        g.writeEndObject();
    }

    private static void files(JsonGenerator g, List<DriftRead.FileReport> files) throws IOException {
        g.writeArrayFieldStart("files");
        for (DriftRead.FileReport f : files) {
            g.writeStartObject();
            g.writeStringField("file", f.source());
            g.writeStringField("format", f.format());
            g.writeBooleanField("gzip", f.gzip());
            g.writeBooleanField("aggregated", f.aggregated());
            g.writeObjectFieldStart("columns");
            for (Role role : Role.values()) {
                if (f.columns().containsKey(role)) {
                    g.writeStringField(role.label(), f.columns().get(role));
                }
            }
            g.writeEndObject();
            g.writeNumberField("rowsRead", f.rowsRead());
            g.writeNumberField("rowsUsed", f.rowsUsed());
            g.writeNumberField("rowsSkipped", f.rowsSkipped());
            g.writeNumberField("blankLines", f.blankLines());
            g.writeObjectFieldStart("skipped");
            for (SkipReason reason : SkipReason.values()) {
                Skipped s = f.skipped().get(reason);
                if (s != null) {
                    g.writeObjectFieldStart(reason.key());
                    g.writeNumberField("count", s.count());
                    g.writeArrayFieldStart("firstLines");
                    for (long l : s.firstLines()) {
                        g.writeNumber(l);
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void feature(JsonGenerator g, FeatureDrift f) throws IOException {
        g.writeStartObject();
        g.writeStringField("feature", f.feature());
        g.writeStringField("workload", f.plan().workload());
        number(g, "modelledCost", f.modelledCost());
        number(g, "billedCost", f.billedCost());
        number(g, "modelledOfBilled", f.modelledOfBilled());
        number(g, "billedMinusModelled", f.billedCost() == null ? null : f.billedCost() - f.modelledOfBilled());
        plan(g, f.plan());
        g.writeArrayFieldStart("series");
        for (DriftPoint p : f.points()) {
            point(g, p);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void plan(JsonGenerator g, ActualVsPlan p) throws IOException {
        g.writeObjectFieldStart("plan");
        g.writeStringField("workload", p.workload());
        g.writeStringField("from", p.from());
        g.writeStringField("to", p.to());
        number(g, "days", p.days());
        number(g, "actualInferencesPerDay", p.actualInferencesPerDay());
        number(g, "actualMeanInputTokens", p.actualMeanInput());
        number(g, "actualMeanOutputTokens", p.actualMeanOutput());
        number(g, "actualCp1ki", p.actualCp1ki());
        number(g, "plannedInferencesPerDay", p.plannedInferencesPerDay());
        number(g, "plannedMeanInputTokens", p.plannedMeanInput());
        number(g, "plannedMeanOutputTokens", p.plannedMeanOutput());
        number(g, "plannedTokenCp1ki", p.plannedTokenCp1ki());
        number(g, "plannedCp1ki", p.plannedCp1ki());
        number(g, "routedTokenCp1ki", p.routedTokenCp1ki());
        number(g, "routedCp1ki", p.routedCp1ki());
        g.writeArrayFieldStart("stacks");
        for (ActualVsPlan.PlannedStack s : p.stacks()) {
            g.writeStartObject();
            g.writeStringField("stack", s.stack());
            number(g, "share", s.share());
            number(g, "plannedTokenCp1ki", s.plannedTokenCp1ki());
            number(g, "plannedCp1ki", s.plannedCp1ki());
            number(g, "routedShare", s.routedShare());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void point(JsonGenerator g, DriftPoint p) throws IOException {
        g.writeStartObject();
        g.writeStringField("date", p.label());
        number(g, "requests", p.requests());
        number(g, "inferences", p.inferences());
        number(g, "failed", p.failed());
        number(g, "unpriced", p.unpriced());
        number(g, "meanInputTokens", p.meanInput());
        number(g, "meanOutputTokens", p.meanOutput());
        number(g, "meanCachedTokens", p.meanCached());
        number(g, "cacheHitShare", p.cacheHitShare());
        number(g, "modelledCost", p.modelledCost());
        number(g, "cp1ki", p.cp1ki());
        number(g, "billedCost", p.billedCost());
        number(g, "modelledOfBilled", p.modelledOfBilled());
        g.writeObjectFieldStart("mix");
        for (Map.Entry<String, Double> e : p.mix().entrySet()) {
            number(g, e.getKey(), e.getValue());
        }
        g.writeEndObject();
        g.writeStringField("state", p.state().key());
        g.writeStringField("reason", p.reason());
        number(g, "windowCp1ki", p.windowCp1ki());
        number(g, "baseline", p.baseline());
        number(g, "bandLow", p.bandLow());
        number(g, "bandHigh", p.bandHigh());
        number(g, "extraSpend", p.extraSpend());
        Decomposition d = p.decomposition();
        if (d == null) {
            g.writeNullField("decomposition");
        } else {
            g.writeObjectFieldStart("decomposition");
            number(g, "baseline", d.baseline());
            number(g, "actual", d.actual());
            number(g, "change", d.change());
            g.writeArrayFieldStart("parts");
            for (Decomposition.Part part : d.parts()) {
                g.writeStartObject();
                g.writeStringField("driver", part.driver().key());
                number(g, "amount", part.amount());
                g.writeStringField("before", part.before());
                g.writeStringField("after", part.after());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndObject();
    }
}
