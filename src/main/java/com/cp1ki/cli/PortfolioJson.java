package com.cp1ki.cli;

import com.cp1ki.engine.report.BillChange;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.StackBill;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

import static com.cp1ki.cli.JsonReportWriter.number;

/**
 * The report's {@code portfolio} section and the {@code move} command's before/after as JSON
 * (docs/cli.md, "The portfolio section"). USD, unrounded; absent or non-finite values are null.
 */
final class PortfolioJson {
    private PortfolioJson() {
    }

    static void write(JsonGenerator g, Portfolio p) throws IOException {
        g.writeObjectFieldStart("portfolio");
        number(g, "total", p.total());
        number(g, "allocated", p.allocated());
        number(g, "unusedReserved", p.unusedReserved());
        g.writeArrayFieldStart("stacks");
        for (StackBill s : p.stacks()) {
            g.writeStartObject();
            g.writeStringField("stack", s.stack());
            g.writeStringField("kind", s.kind());
            number(g, "monthlyCost", s.monthlyCost());
            breakdown(g, s.monthly());
            number(g, "unusedReserved", s.unusedReserved());
            number(g, "monthlyInferences", s.monthlyInferences());
            integer(g, "instances", s.instances());
            value(g, "utilisation", s.utilisation());
            value(g, "peakUtilisation", s.peakUtilisation());
            g.writeStringField("fleetKey", s.fleetKey() == null ? null : s.fleetKey().name());
            g.writeStringField("overheadKey", s.overheadKey().name());
            number(g, "coincidenceFactor", s.coincidence());
            g.writeArrayFieldStart("features");
            for (String f : s.features()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("features");
        for (FeatureBill f : p.features()) {
            g.writeStartObject();
            g.writeStringField("workload", f.workload());
            number(g, "monthlyCost", f.monthlyCost());
            number(g, "costPerInference", f.costPerInference());
            number(g, "cp1ki", f.cp1ki());
            number(g, "monthlyInferences", f.monthlyInferences());
            breakdown(g, f.monthly());
            value(g, "roiMultiple", f.roiMultiple());
            g.writeStringField("roiBand", f.roiBand() == null ? null : f.roiBand().label());
            g.writeArrayFieldStart("shares");
            for (FeatureShare x : f.stacks()) {
                g.writeStartObject();
                g.writeStringField("stack", x.stack());
                number(g, "routingShare", x.routingShare());
                number(g, "monthlyInferences", x.monthlyInferences());
                number(g, "monthlyCost", x.monthly().total());
                breakdown(g, x.monthly());
                value(g, "fleetShare", x.fleetShare());
                number(g, "overheadShare", x.overheadShare());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** The before/after of a move (the {@code move} command's JSON body). */
    static void change(JsonGenerator g, BillChange c) throws IOException {
        number(g, "totalBefore", c.totalBefore());
        number(g, "totalAfter", c.totalAfter());
        number(g, "totalChange", c.delta());
        g.writeArrayFieldStart("stacks");
        for (BillChange.StackChange s : c.stacks()) {
            g.writeStartObject();
            g.writeStringField("stack", s.stack());
            number(g, "monthlyBefore", s.before());
            number(g, "monthlyAfter", s.after());
            number(g, "monthlyChange", s.delta());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("features");
        for (BillChange.FeatureChange f : c.features()) {
            g.writeStartObject();
            g.writeStringField("workload", f.workload());
            number(g, "monthlyBefore", f.monthlyBefore());
            number(g, "monthlyAfter", f.monthlyAfter());
            number(g, "monthlyChange", f.delta());
            number(g, "cp1kiBefore", f.cp1kiBefore());
            number(g, "cp1kiAfter", f.cp1kiAfter());
            number(g, "cp1kiChange", f.cp1kiDelta());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void breakdown(JsonGenerator g, Breakdown b) throws IOException {
        number(g, "tokens", b.tokens());
        number(g, "gpu", b.gpu());
        number(g, "fixed", b.fixed());
        number(g, "ops", b.ops());
        number(g, "extras", b.extras());
    }

    private static void integer(JsonGenerator g, String key, Integer v) throws IOException {
        if (v == null) {
            g.writeNullField(key);
        } else {
            g.writeNumberField(key, v);
        }
    }

    private static void value(JsonGenerator g, String key, Double v) throws IOException {
        number(g, key, v == null ? Double.NaN : v);
    }
}
