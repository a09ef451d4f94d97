package com.cp1ki.cli;

import com.cp1ki.engine.Fmt;
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
import com.cp1ki.io.tokens.SkipReason;
import com.cp1ki.io.tokens.Skipped;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** The drift report for people: what was read, the alerts and why, actuals against the plan, the models. */
final class DriftMarkdownWriter {

    void write(String project, DriftRead read, DriftReport r, Integer last, boolean drifted, PrintStream out) {
        String unit = r.granularity() == Granularity.DAY ? "day" : "hour";
        out.println("# Drift: " + cell(project));
        out.println();
        for (DriftRead.FileReport f : read.files()) {
            out.println("- " + cell(f.source()) + ": " + Fmt.count(f.rowsRead()) + " rows read, " + Fmt.count(f.rowsUsed())
                    + " used" + (f.aggregated() ? " (aggregated: token sums per row)" : "") + skipped(f));
        }
        DriftRule rule = r.rule();
        out.println();
        out.println("Rule: " + (rule.robust() ? "CP1Ki over " + span(rule.window(), unit) + " above the median + "
                + Fmt.ratio(rule.madK()) + " MAD of the " + span(rule.baseline(), unit) + " before"
                : "CP1Ki over " + span(rule.window(), unit) + " above " + Fmt.ratio(rule.threshold()) + " x the CP1Ki of the "
                + span(rule.baseline(), unit) + " before") + (rule.sameWeekday() ? " (same weekday)" : "")
                + "; judged with at least " + Fmt.count(rule.minRequests()) + " inferences, after " + span(rule.warmUp(), unit)
                + " of history" + (rule.floorUsd() > 0 ? ", when the extra spend is at least " + Fmt.usd(rule.floorUsd()) : "")
                + ". Buckets in " + r.zone() + (r.features().isEmpty() ? "." : ", " + r.granularity().label(r.firstBucket())
                + " to " + r.granularity().label(r.lastBucket()) + "."));
        out.println();
        out.println(drifted ? "**Drifted**" + (last == null ? "" : " in the last " + span(last, unit)) + " (exit code 3)."
                : "Nothing drifted" + (last == null ? "" : " in the last " + span(last, unit)) + " (exit code 0).");
        alerts(r, out);
        features(r, out);
        models(read, r, out);
        if (!r.warnings().isEmpty() || !read.notes().isEmpty()) {
            out.println();
            out.println("## Warnings");
            out.println();
            for (Warning w : r.warnings()) {
                out.println("- " + cell(w.message()));
            }
            for (String n : read.notes()) {
                out.println("- " + cell(n));
            }
        }
    }

    private static void alerts(DriftReport r, PrintStream out) {
        out.println();
        out.println("## Alerts");
        out.println();
        List<String[]> rows = new java.util.ArrayList<>();
        for (FeatureDrift f : r.features()) {
            for (DriftPoint p : f.alerts()) {
                rows.add(new String[] {f.feature(), p.label()});
            }
        }
        if (rows.isEmpty()) {
            out.println("None.");
            return;
        }
        out.println("| feature | date | CP1Ki | baseline | ratio | extra spend | largest driver |");
        out.println("|---|---|---:|---:|---:|---:|---|");
        for (FeatureDrift f : r.features()) {
            for (DriftPoint p : f.alerts()) {
                out.println("| " + cell(f.feature()) + " | " + p.label() + " | " + Fmt.usd(p.windowCp1ki()) + " | "
                        + Fmt.usd(p.baseline()) + " | " + Fmt.ratio(p.windowCp1ki() / p.baseline()) + "x | "
                        + Fmt.usd(p.extraSpend()) + " | " + p.decomposition().largest().label() + " |");
            }
        }
        for (FeatureDrift f : r.features()) {
            for (DriftPoint p : f.alerts()) {
                Decomposition d = p.decomposition();
                out.println();
                out.println("### " + cell(f.feature()) + ", " + p.label());
                out.println();
                out.println(cell(p.reason()) + ".");
                out.println();
                out.println("| driver | baseline | window | part of the change (per 1,000) |");
                out.println("|---|---|---|---:|");
                for (Decomposition.Part part : d.parts()) {
                    out.println("| " + part.driver().label() + " | " + cell(part.before()) + " | " + cell(part.after()) + " | "
                            + signed(part.amount()) + " |");
                }
                out.println("| **CP1Ki** | " + Fmt.usd(d.baseline()) + " | " + Fmt.usd(d.actual()) + " | **"
                        + signed(d.change()) + "** |");
            }
        }
    }

    private static void features(DriftReport r, PrintStream out) {
        out.println();
        out.println("## Features: actuals against the plan");
        out.println();
        out.println("| feature | workload | period | inferences/day (actual / plan) | input tokens (actual / plan) "
                + "| CP1Ki actual | CP1Ki plan (tokens) | CP1Ki plan (all-in) | CP1Ki plan as routed (tokens / all-in) "
                + "| billed - modelled | alerts |");
        out.println("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (FeatureDrift f : r.features()) {
            ActualVsPlan p = f.plan();
            out.println("| " + cell(f.feature()) + " | " + (p.workload() == null ? "-" : cell(p.workload())) + " | " + p.from()
                    + " to " + p.to() + " | " + Fmt.count(Math.round(p.actualInferencesPerDay())) + " / "
                    + (p.plannedInferencesPerDay() == null ? "-" : Fmt.count(p.plannedInferencesPerDay())) + " | "
                    + Fmt.count(Math.round(p.actualMeanInput())) + " / "
                    + (p.plannedMeanInput() == null ? "-" : Fmt.count(Math.round(p.plannedMeanInput()))) + " | "
                    + money(p.actualCp1ki()) + " | " + money(p.plannedTokenCp1ki()) + " | " + money(p.plannedCp1ki()) + " | "
                    + (p.routedCp1ki() == null ? "-" : money(p.routedTokenCp1ki()) + " / " + money(p.routedCp1ki())) + " | "
                    + (f.billedCost() == null ? "-" : signed(f.billedCost() - f.modelledOfBilled())) + " | "
                    + f.alerts().size() + " |");
        }
        long notEnough = r.features().stream().flatMap(f -> f.points().stream())
                .filter(p -> p.state() == State.NOT_ENOUGH_DATA).count();
        if (notEnough > 0) {
            out.println();
            out.println(notEnough + " window(s) were not judged for lack of data (too few requests, no baseline, or "
                    + "unpriced models); see the JSON or CSV output for each.");
        }
    }

    private static void models(DriftRead read, DriftReport r, PrintStream out) {
        out.println();
        out.println("## Models");
        out.println();
        out.println("| model | priced by | how | requests | first lines |");
        out.println("|---|---|---|---:|---|");
        for (ModelUse m : r.models()) {
            out.println("| " + cell(m.model()) + " | " + (m.stack() == null ? "**not priced**" : cell(m.stack())) + " | "
                    + m.how() + (m.suggestion() == null ? "" : " (looks like " + cell(m.suggestion()) + ")") + " | "
                    + Fmt.count(m.requests()) + " | "
                    + cell(lines(read.modelLines().getOrDefault(m.model(), List.of()))) + " |");
        }
    }

    /** "a.csv: 2, 3; b.jsonl: 7" from "a.csv:2", "a.csv:3", "b.jsonl:7". */
    static String lines(List<String> at) {
        java.util.Map<String, List<String>> byFile = new java.util.LinkedHashMap<>();
        for (String s : at) {
            int colon = s.lastIndexOf(':');
            byFile.computeIfAbsent(s.substring(0, colon), k -> new java.util.ArrayList<>()).add(s.substring(colon + 1));
        }
        return byFile.entrySet().stream().map(e -> java.nio.file.Path.of(e.getKey()).getFileName() + ": "
                + String.join(", ", e.getValue())).collect(Collectors.joining("; "));
    }

    private static String skipped(DriftRead.FileReport f) {
        if (f.skipped().isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(", " + Fmt.count(f.rowsSkipped()) + " skipped (");
        String parts = f.skipped().entrySet().stream().map(e -> reason(e.getKey(), e.getValue())).collect(Collectors.joining("; "));
        return b.append(parts).append(")").toString();
    }

    private static String reason(SkipReason r, Skipped s) {
        return r.description() + ": " + Fmt.count(s.count()) + ", first at line"
                + (s.firstLines().size() > 1 ? "s " : " ")
                + s.firstLines().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String span(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    private static String money(Double v) {
        return v == null ? "-" : Fmt.usd(v);
    }

    /** A signed amount; float noise below a billionth of a dollar shows as $0.00. */
    private static String signed(double v) {
        double t = Math.abs(v) < 1e-9 ? 0 : v;
        return (t > 0 ? "+" : "") + Fmt.usd(t);
    }

    /** Text from a log or a project, safe inside a markdown table cell. */
    static String cell(String s) {
        return com.cp1ki.io.export.Markdown.text(s);
    }
}
