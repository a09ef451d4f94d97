package com.cp1ki.cli;

import com.cp1ki.engine.report.LeverResult;
import com.cp1ki.engine.report.LeverStep;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.export.Csv;
import com.cp1ki.io.export.Markdown;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;

import static com.cp1ki.cli.JsonReportWriter.number;

/**
 * A result's optimisation levers in the report (docs/cli.md): the cost without levers and one
 * entry per step of the waterfall, in JSON (inside each result), markdown (a table under the
 * stack) and CSV ({@code --section levers}: one row per step, after a row for the stack without levers).
 */
final class LeversReport {
    /** The CSV header of {@code --section levers}. */
    static final List<String> KEYS = List.of("workload", "stack", "step", "label", "cp1kiAfter", "monthlyAfter",
            "saving", "savingCp1ki", "savingShare", "instancesAfter");

    private LeversReport() {
    }

    /** {@code withoutLevers} (null when no lever is on), {@code levers} (the steps) and {@code leverNotes}. */
    static void json(JsonGenerator g, StackResult r) throws IOException {
        LeverResult l = r.levers();
        if (l.any()) {
            g.writeObjectFieldStart("withoutLevers");
            number(g, "cp1ki", l.cp1kiWithout());
            number(g, "monthlyCost", l.monthlyWithout());
            if (l.instancesWithout() == null) {
                g.writeNullField("instances");
            } else {
                g.writeNumberField("instances", l.instancesWithout());
            }
            number(g, "totalSaving", l.totalSaving());
            number(g, "totalSavingShare", l.totalSavingShare());
            g.writeEndObject();
        } else {
            g.writeNullField("withoutLevers");
        }
        g.writeArrayFieldStart("levers");
        for (LeverStep s : l.steps()) {
            g.writeStartObject();
            g.writeStringField("step", s.lever());
            g.writeStringField("label", s.label());
            number(g, "cp1kiAfter", s.cp1kiAfter());
            number(g, "monthlyAfter", s.monthlyAfter());
            number(g, "saving", s.saving());
            number(g, "savingCp1ki", s.savingCp1ki());
            number(g, "savingShare", s.savingShare());
            if (s.instancesAfter() == null) {
                g.writeNullField("instancesAfter");
            } else {
                g.writeNumberField("instancesAfter", s.instancesAfter());
            }
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("leverNotes");
        for (String n : l.notes()) {
            g.writeString(n);
        }
        g.writeEndArray();
    }

    /** The waterfall as a table under the stack's numbers; nothing when no lever is on. */
    static void markdown(PrintWriter out, Amounts amounts, StackResult r) {
        LeverResult l = r.levers();
        if (!l.any()) {
            return;
        }
        out.println();
        out.println("Optimisation levers, in the order they apply:");
        out.println();
        out.println("| step | CP1Ki after | monthly after | saving | saving % |" + (l.instancesWithout() != null ? " instances |" : ""));
        out.println("|---|---:|---:|---:|---:|" + (l.instancesWithout() != null ? "---:|" : ""));
        out.println("| without levers | " + amounts.money(l.cp1kiWithout()) + " | " + amounts.money(l.monthlyWithout())
                + " |  |  |" + (l.instancesWithout() != null ? " " + l.instancesWithout() + " |" : ""));
        for (LeverStep s : l.steps()) {
            out.println("| " + Markdown.text(s.label()) + " | " + amounts.money(s.cp1kiAfter()) + " | "
                    + amounts.money(s.monthlyAfter()) + " | " + amounts.money(s.saving()) + " | "
                    + Amounts.percent(s.savingShare()) + " |" + (s.instancesAfter() != null ? " " + s.instancesAfter() + " |" : ""));
        }
        out.println("| **all levers** | " + amounts.money(r.cp1ki()) + " | " + amounts.money(r.monthlyCost()) + " | "
                + amounts.money(l.totalSaving()) + " | " + Amounts.percent(l.totalSavingShare()) + " |"
                + (l.instancesWithout() != null ? " " + r.instances() + " |" : ""));
        for (String n : l.notes()) {
            out.println();
            out.println("Note: " + Markdown.text(n));
        }
    }

    /** {@code report --format csv --section levers}. */
    static void csv(Report report, Writer out) throws IOException {
        out.write(Csv.row(KEYS));
        for (StackResult r : report.results()) {
            LeverResult l = r.levers();
            if (!l.any()) {
                continue;
            }
            row(out, r.workload(), r.stack(), "none", "without levers", l.cp1kiWithout(), l.monthlyWithout(), null, null,
                    null, l.instancesWithout());
            for (LeverStep s : l.steps()) {
                row(out, r.workload(), r.stack(), s.lever(), s.label(), s.cp1kiAfter(), s.monthlyAfter(), s.saving(),
                        s.savingCp1ki(), s.savingShare(), s.instancesAfter());
            }
        }
        out.flush();
    }

    private static void row(Writer out, Object... values) throws IOException {
        out.write(Csv.row(Arrays.asList(values)));
    }
}
