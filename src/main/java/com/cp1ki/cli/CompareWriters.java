package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.OverrideProblem;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.Comparison.Cell;
import com.cp1ki.engine.scenario.Comparison.Row;
import com.cp1ki.engine.scenario.Comparison.Section;
import com.cp1ki.io.export.Csv;
import com.cp1ki.io.export.Markdown;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static com.cp1ki.cli.JsonReportWriter.number;

/**
 * The comparison for people (markdown: one table per section, each scenario's cell with its delta),
 * for programs (JSON, keys in docs/cli.md) and for spreadsheets (CSV: one line per row and column).
 * Money in USD, unrounded in JSON and CSV.
 */
final class CompareWriters {

    /** Version of the compare JSON layout; raised only when a key is renamed or removed. */
    static final int FORMAT_VERSION = 1;

    private CompareWriters() {
    }

    static void markdown(Project project, Comparison c, Writer sink) {
        PrintWriter out = new PrintWriter(sink);
        out.println("# Scenarios of " + Markdown.text(project.name()));
        out.println();
        out.println("Money in USD. Each scenario's cell shows its value, then its change against the base"
                + " (absolute, then relative). \"—\" means the column has no such number (a stack disabled,"
                + " no crossing, no value per inference).");
        for (OverrideProblem p : c.problems()) {
            out.println();
            out.println("> Warning: " + Markdown.text(p.message()));
        }
        Section current = null;
        for (Row r : c.rows()) {
            if (r.section() != current) {
                current = r.section();
                out.println();
                out.println("## " + capital(current.label()) + " (" + current.unit() + ")");
                out.println();
                List<String> head = new ArrayList<>(List.of("item"));
                c.columns().forEach(n -> head.add(Markdown.text(n)));
                out.println("| " + String.join(" | ", head) + " |");
                out.println("|" + "---|".repeat(head.size()));
            }
            List<String> cells = new ArrayList<>(List.of(Markdown.text(r.item())));
            for (int i = 0; i < r.cells().size(); i++) {
                cells.add(Markdown.text(cell(r.section(), r.cells().get(i), i == 0)));
            }
            out.println("| " + String.join(" | ", cells) + " |");
        }
        out.flush();
    }

    /** A cell for people: "$1.23 (+$0.10, +8.9%)", "GPT-4o (changed)", "—". */
    static String cell(Section s, Cell c, boolean base) {
        String v = c.value() != null ? value(s, c.value()) + (c.text() != null ? " " + c.text() : "")
                : c.text() != null ? c.text() : "—";
        if (base || !c.changed()) {
            return v;
        }
        if (c.delta() == null) {
            return v + " (changed)";
        }
        return v + " (" + signed(s, c.delta()) + (c.deltaPct() != null ? ", " + signedPct(c.deltaPct()) : "") + ")";
    }

    private static String value(Section s, double v) {
        return switch (s.unit()) {
            case "USD/1k", "USD/month" -> Amounts.usd(v);
            case "inferences/day" -> Amounts.volume(v) + "/day";
            case "%" -> Amounts.percent(v / 100);
            case "x" -> Amounts.ratio(v) + "x";
            default -> Amounts.count(v);
        };
    }

    private static String signed(Section s, double d) {
        String sign = d > 0 ? "+" : d < 0 ? "-" : "±";
        double a = Math.abs(d);
        return switch (s.unit()) {
            case "%" -> sign + Amounts.percent(a / 100).replace("%", " pts");
            default -> sign + value(s, a);
        };
    }

    private static String signedPct(double p) {
        return (p > 0 ? "+" : p < 0 ? "-" : "±") + Amounts.percent(Math.abs(p) / 100);
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void json(Project project, Comparison c, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("formatVersion", FORMAT_VERSION);
            g.writeStringField("project", project.name());
            g.writeStringField("moneyUnit", "USD");
            g.writeArrayFieldStart("columns");
            for (String n : c.columns()) {
                g.writeString(n);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("problems");
            for (OverrideProblem p : c.problems()) {
                g.writeStartObject();
                g.writeStringField("scenario", p.scenario());
                g.writeStringField("field", p.field());
                g.writeStringField("code", p.code());
                g.writeStringField("message", p.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rows");
            for (Row r : c.rows()) {
                g.writeStartObject();
                g.writeStringField("section", r.section().key());
                g.writeStringField("unit", r.section().unit());
                g.writeStringField("item", r.item());
                g.writeArrayFieldStart("cells");
                for (int i = 0; i < r.cells().size(); i++) {
                    Cell cell = r.cells().get(i);
                    g.writeStartObject();
                    g.writeStringField("column", c.columns().get(i));
                    number(g, "value", cell.value());
                    g.writeStringField("text", cell.text());
                    number(g, "delta", cell.delta());
                    number(g, "deltaPct", cell.deltaPct());
                    g.writeBooleanField("changed", cell.changed());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write(System.lineSeparator());
    }

    /** Header: section, unit, item, column, value, text, delta, deltaPct, changed. */
    static void csv(Comparison c, Writer out) throws IOException {
        out.write(Csv.row(Arrays.asList("section", "unit", "item", "column", "value", "text", "delta", "deltaPct",
                "changed")));
        for (Row r : c.rows()) {
            for (int i = 0; i < r.cells().size(); i++) {
                Cell cell = r.cells().get(i);
                out.write(Csv.row(Arrays.asList(r.section().key(), r.section().unit(), r.item(), c.columns().get(i),
                        cell.value(), cell.text(), cell.delta(), cell.deltaPct(), cell.changed())));
            }
        }
        out.flush();
    }
}
