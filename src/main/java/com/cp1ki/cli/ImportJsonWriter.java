package com.cp1ki.cli;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.io.tokens.ImportReport;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.Role;
import com.cp1ki.io.tokens.SkipReason;
import com.cp1ki.io.tokens.Skipped;
import com.cp1ki.io.tokens.TagResult;
import com.cp1ki.io.tokens.Traffic;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/** The import report as JSON (keys in docs/cli.md, section "import"), written key by key. */
final class ImportJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    void write(ImportResult result, ImportCommand.Into into, Writer out) throws IOException {
        ImportReport r = result.report();
        try (JsonGenerator g = factory.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", r.source());
            g.writeStringField("format", r.format());
            g.writeBooleanField("gzip", r.gzip());
            g.writeStringField("delimiter", r.delimiter());
            g.writeBooleanField("header", r.header());
            g.writeObjectFieldStart("columns");
            for (Map.Entry<Role, String> c : r.columns().entrySet()) {
                g.writeStringField(c.getKey().label(), c.getValue());
            }
            g.writeEndObject();
            g.writeNumberField("rowsRead", r.rowsRead());
            g.writeNumberField("rowsUsed", r.rowsUsed());
            g.writeNumberField("rowsSkipped", r.rowsSkipped());
            g.writeNumberField("blankLines", r.blankLines());
            number(g, "weight", r.weight());
            g.writeObjectFieldStart("skipped");
            for (SkipReason reason : SkipReason.values()) {
                Skipped s = r.skipped().get(reason);
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
            summary(g, "input", r.input());
            summary(g, "output", r.output());
            Traffic t = result.traffic();
            if (t != null) {
                g.writeStringField("firstTimestamp", t.first().toString());
                g.writeStringField("lastTimestamp", t.last().toString());
                number(g, "spanSeconds", t.spanSeconds());
                number(g, "requestsPerSecond", t.requestsPerSecond());
                number(g, "requestsPerDay", t.requestsPerDay());
                number(g, "peakToAverageHourly", t.peakToAverageHourly());
                number(g, "peakToAverageMinute", t.peakToAverageMinute());
            }
            if (!result.tags().isEmpty()) {
                g.writeArrayFieldStart("tags");
                for (TagResult tag : result.tags()) {
                    g.writeStartObject();
                    g.writeStringField("name", tag.name());
                    g.writeNumberField("rowsUsed", tag.rowsUsed());
                    number(g, "weight", tag.weight());
                    summary(g, "input", tag.input());
                    summary(g, "output", tag.output());
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeArrayFieldStart("notes");
            for (String n : r.notes()) {
                g.writeString(n);
            }
            g.writeEndArray();
            if (into != null) {
                g.writeObjectFieldStart("into");
                g.writeStringField("project", into.project());
                g.writeStringField("workload", into.workload());
                g.writeBooleanField("created", into.created());
                number(g, "inferencesPerDay", into.perDay());
                number(g, "peakToAverage", into.peakToAverage());
                g.writeEndObject();
            }
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
        out.flush();
    }

    private static void summary(JsonGenerator g, String name, Summary s) throws IOException {
        g.writeObjectFieldStart(name);
        number(g, "count", s.count());
        number(g, "mean", s.mean());
        number(g, "p50", s.p50());
        number(g, "p90", s.p90());
        number(g, "p95", s.p95());
        number(g, "p99", s.p99());
        number(g, "max", s.max());
        g.writeBooleanField("exact", s.exact());
        g.writeEndObject();
    }

    private static void number(JsonGenerator g, String key, Double v) throws IOException {
        if (v == null || v.isNaN() || v.isInfinite()) {
            g.writeNullField(key);
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField(key, v.longValue());
        } else {
            g.writeNumberField(key, v);
        }
    }
}
