package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.uncertainty.Contribution;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;

import static com.cp1ki.cli.JsonReportWriter.number;

/** {@code cp1ki simulate --format json}: every key is documented in docs/cli.md. Money in USD, unrounded. */
final class SimulationJson {
    private SimulationJson() {
    }

    static void write(Project p, Simulation s, Writer w) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("project", p.name());
            g.writeNumberField("seed", s.seed());
            g.writeNumberField("draws", s.draws());
            g.writeStringField("stamp", s.stamp());
            g.writeStringField("currency", "USD");
            g.writeNumberField("refusedDraws", s.refused());
            g.writeArrayFieldStart("inputs");
            for (Simulation.Input in : s.inputs()) {
                Range r = in.range();
                g.writeStartObject();
                g.writeStringField("field", in.field());
                g.writeStringField("kind", r.kind().label());
                g.writeNumberField("low", r.low());
                if (r.mode() != null) {
                    g.writeNumberField("mode", r.mode());
                }
                g.writeNumberField("high", r.high());
                number(g, "base", in.base());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("outputs");
            for (Simulation.Result r : s.outputs()) {
                output(g, r);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("cheapest");
            for (Simulation.Cheapest c : s.cheapest()) {
                g.writeStartObject();
                g.writeStringField("workload", c.workload());
                g.writeArrayFieldStart("stacks");
                for (int i = 0; i < c.stacks().size(); i++) {
                    g.writeStartObject();
                    g.writeStringField("stack", c.stacks().get(i));
                    number(g, "probability", c.shares().get(i));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String x : s.warnings()) {
                g.writeString(x);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.write(System.lineSeparator());
    }

    private static void output(JsonGenerator g, Simulation.Result r) throws IOException {
        Output o = r.output();
        Stats st = r.stats();
        g.writeStartObject();
        g.writeStringField("key", o.key());
        g.writeStringField("kind", o.kind().json());
        g.writeStringField("label", o.label());
        g.writeStringField("unit", o.kind().unit());
        text(g, "workload", o.workload());
        text(g, "stack", o.stack());
        text(g, "otherStack", o.other());
        text(g, "plan", o.plan());
        number(g, "base", r.base());
        g.writeNumberField("defined", st.defined());
        for (String k : new String[]{"mean", "sd", "p5", "p10", "p50", "p90", "p95", "min", "max"}) {
            number(g, k, switch (k) {
                case "mean" -> st.mean();
                case "sd" -> st.sd();
                case "p5" -> st.p5();
                case "p10" -> st.p10();
                case "p50" -> st.p50();
                case "p90" -> st.p90();
                case "p95" -> st.p95();
                case "min" -> st.min();
                default -> st.max();
            });
        }
        g.writeArrayFieldStart("histogram");
        for (int c : st.histogram()) {
            g.writeNumber(c);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("cdf");
        for (double v : st.cdf()) {
            g.writeNumber(v);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("contributions");
        for (Contribution c : r.contributions()) {
            g.writeStartObject();
            g.writeStringField("field", c.field());
            g.writeNumberField("rho", c.rho());
            g.writeNumberField("share", c.share());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void text(JsonGenerator g, String k, String v) throws IOException {
        if (v != null) {
            g.writeStringField(k, v);
        }
    }
}
