package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;
import com.cp1ki.io.export.Markdown;

import java.io.PrintWriter;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report for people, in the manner of seed 004's worked example: per workload and stack each
 * number with its formula and inputs plugged in (the engine's {@link Explanation}s), a comparison
 * table, crossovers in words, plans and warnings. Amounts are rounded for display only. Every
 * text from the project (names, sources) goes through {@link Markdown#text}, so a name cannot add
 * HTML, a link or a heading; the report is linear in the number of results and crossovers.
 */
final class MarkdownReportWriter {

    void write(Project project, Report report, Writer sink) {
        write(project, null, report, sink);
    }

    /** The report of a scenario (null: of the base), named in the title so it is never taken for the base. */
    void write(Project project, String scenario, Report report, Writer sink) {
        PrintWriter out = new PrintWriter(sink);
        Settings s = project.settings();
        Amounts amounts = new Amounts(s);
        out.println("# CP1Ki report: " + md(project.name()) + (scenario != null ? ", scenario " + md(scenario) : ""));
        out.println();
        if (scenario != null) {
            out.println("Scenario " + md(scenario) + ": the project's base with the scenario's overrides applied.");
            out.println();
        }
        out.print("Money in USD");
        if (amounts.showsOtherCurrency()) {
            out.print(", with " + md(s.currency()) + " beside it at " + Amounts.count(s.fxRate()) + " "
                    + md(s.currency()) + " per USD" + (s.fxDate() != null ? " (rate of " + md(s.fxDate()) : " (undated rate")
                    + (s.fxSource() != null ? ", source: " + md(s.fxSource()) : "") + ")");
        }
        out.println(". A month is " + Amounts.count(s.daysPerMonth()) + " days and "
                + Amounts.count(s.hoursPerMonth()) + " hours.");
        Map<String, List<StackResult>> results = byWorkload(report.results(), StackResult::workload);
        Map<String, List<Crossover>> crossovers = byWorkload(report.crossovers(), Crossover::workload);
        for (Workload w : project.workloads()) {
            List<StackResult> rs = results.getOrDefault(w.name(), List.of());
            report.headline(w.name()).ifPresent(h -> {
                out.println();
                out.println("## Workload " + md(w.name()));
                out.println();
                out.println("**In short:** " + md(h.text()));
            });
            workload(out, amounts, s, w, rs, report.headline(w.name()).isPresent());
            crossovers(out, crossovers.getOrDefault(w.name(), List.of()));
        }
        PortfolioMarkdown.write(out, amounts, report.portfolio());
        plans(out, amounts, report.plans());
        warnings(out, report.warnings());
        out.flush();
    }

    /** Items grouped by workload in one pass (a filter per workload made 10,000 workloads take 87 s). */
    private static <T> Map<String, List<T>> byWorkload(List<T> items, Function<T, String> workload) {
        Map<String, List<T>> m = new LinkedHashMap<>();
        for (T t : items) {
            m.computeIfAbsent(workload.apply(t), k -> new java.util.ArrayList<>()).add(t);
        }
        return m;
    }

    private static String md(String s) {
        return Markdown.text(s);
    }

    private static void workload(PrintWriter out, Amounts amounts, Settings s, Workload w, List<StackResult> results,
                                 boolean headed) {
        if (!headed) {
            out.println();
            out.println("## Workload " + md(w.name()));
        }
        out.println();
        out.println("Task: " + Amounts.count(w.tokens().meanInput()) + " input tokens and "
                + Amounts.count(w.tokens().meanOutput()) + " output tokens per inference (mean); "
                + Amounts.count(w.inferencesPerDay()) + " inferences/day x " + Amounts.count(s.daysPerMonth())
                + " days = " + Amounts.count(w.inferencesPerDay() * s.daysPerMonth()) + " inferences/month"
                + (w.valuePerInference() != null ? "; value per inference " + amounts.perInference(w.valuePerInference()) : "")
                + (w.peakToAverage() != 1 ? "; peak-to-average " + Amounts.ratio(w.peakToAverage()) : "") + ".");
        if (!(w.tokens() instanceof TypedMeans) && !results.isEmpty()) {
            tokenStatistics(out, results.get(0).input(), results.get(0).output());
        }
        if (results.isEmpty()) {
            out.println();
            out.println("No enabled stack serves this workload.");
            return;
        }
        for (StackResult r : results) {
            stack(out, amounts, r);
        }
        out.println();
        out.println("| stack | cost per inference | CP1Ki | daily | monthly |");
        out.println("|---|---:|---:|---:|---:|");
        for (StackResult r : results) {
            out.println("| " + md(r.stack()) + " | " + amounts.perInference(r.costPerInference()) + " | "
                    + amounts.money(r.cp1ki()) + " | " + amounts.money(r.dailyCost()) + " | "
                    + amounts.money(r.monthlyCost()) + " |");
        }
    }

    /** The workload's token statistics as {@code import} prints them: requests, mean, p50..p99 and max. */
    private static void tokenStatistics(PrintWriter out, Summary in, Summary o) {
        out.println();
        out.println("Token distribution of " + Amounts.count(in.count()) + (in.count() == 1 ? " request" : " requests")
                + (in.exact() ? "" : " (percentiles from log bins, within 1%)") + ":");
        out.println();
        out.println("| tokens/request | mean | p50 | p90 | p95 | p99 | max |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (Summary x : List.of(in, o)) {
            out.println("| " + (x == in ? "input" : "output") + " | " + Amounts.count(x.mean()) + " | " + Amounts.count(x.p50())
                    + " | " + Amounts.count(x.p90()) + " | " + Amounts.count(x.p95()) + " | " + Amounts.count(x.p99())
                    + " | " + Amounts.count(x.max()) + " |");
        }
    }

    private static void stack(PrintWriter out, Amounts amounts, StackResult r) {
        out.println();
        out.println("### " + md(r.stack()) + " (" + ("gpu".equals(r.kind()) ? "self-hosted GPUs" : "managed API") + ")");
        out.println();
        if (r.explanations().isEmpty()) {
            out.println("- cost per inference: " + amounts.perInference(r.costPerInference()));
            out.println("- CP1Ki: " + amounts.money(r.cp1ki()));
            out.println("- daily cost: " + amounts.money(r.dailyCost()));
            out.println("- monthly cost: " + amounts.money(r.monthlyCost()));
        }
        for (Explanation e : r.explanations()) {
            out.println(explanation(e));
        }
        if (r.instances() != null && !explained(r.explanations(), "instance")) {
            out.println("- fleet: " + r.instances() + (r.instances() == 1 ? " instance" : " instances")
                    + (r.utilisation() != null ? " at " + Amounts.percent(r.utilisation()) + " realised utilisation" : ""));
        }
        if (r.roiMultiple() != null && !explained(r.explanations(), "roi")) {
            out.println("- ROI: " + Amounts.ratio(r.roiMultiple()) + "x at mean cost (" + r.roiBand().label() + ")"
                    + (r.roiMultipleP95() != null
                    ? ", " + Amounts.ratio(r.roiMultipleP95()) + "x at p95 request cost (" + r.roiBandP95().label() + ")" : ""));
        }
        if (r.valuePerInference() != null && !explained(r.explanations(), "cost-to-value")) {
            out.println("- cost-to-value ratio: " + Amounts.percent(r.costToValue()) + " of the value at mean cost, "
                    + Amounts.percent(r.costToValueP95()) + " at p95 request cost");
        }
        if (r.valuePerInference() != null && !explained(r.explanations(), "net value")) {
            out.println("- net value per inference: " + amounts.perInference(r.netValuePerInference()) + " at mean cost, "
                    + amounts.perInference(r.netValueP95()) + " at p95 request cost");
        }
        out.println("- request cost: p50 " + amounts.perInference(r.cost().p50()) + ", p95 "
                + amounts.perInference(r.cost().p95()) + ", p99 " + amounts.perInference(r.cost().p99())
                + "; p95/p50 " + Amounts.ratio(r.p95OverP50())
                + "; the costliest 5% of requests make " + Amounts.percent(r.tailShare()) + " of spend");
        LeversReport.markdown(out, amounts, r);
    }

    /** "- cost per inference: `formula` = inputs plugged in = result". */
    static String explanation(Explanation e) {
        StringBuilder b = new StringBuilder("- ").append(md(e.quantity())).append(':');
        if (e.formula() != null && !e.formula().isBlank()) {
            b.append(' ').append(Markdown.code(e.formula())).append(" =");
        }
        if (e.substituted() != null && !e.substituted().isBlank()) {
            b.append(' ').append(md(e.substituted()));
        } else {
            b.append(' ').append("USD".equals(e.unit()) ? Amounts.usd(e.value())
                    : Amounts.count(e.value()) + (e.unit() == null ? "" : " " + e.unit()));
        }
        return b.toString();
    }

    private static boolean explained(List<Explanation> es, String word) {
        return es.stream().anyMatch(e -> e.quantity().toLowerCase(java.util.Locale.ROOT).contains(word));
    }

    private static void crossovers(PrintWriter out, List<Crossover> crossovers) {
        if (crossovers.isEmpty()) {
            return;
        }
        out.println();
        out.println("### Crossovers");
        out.println();
        for (Crossover c : crossovers) {
            out.println("- " + crossoverSentence(c));
        }
    }

    /** E.g. "Llama 3 70B is cheaper than GPT-4o above 12,345 inferences/day (with ops)." */
    static String crossoverSentence(Crossover c) {
        String ops = c.withOps() ? "(with ops)" : "(without ops)";
        String above = c.cheaperAbove();
        String other = above != null && above.equals(c.a()) ? c.b() : c.a();
        if (c.crossings().isEmpty() && c.cheaperAbove() == null && c.cheaperBelow() == null) {
            return md(c.a()) + " and " + md(c.b()) + " cost the same across the whole volume range " + ops + ".";
        }
        if (c.crossings().isEmpty()) {
            String cheaper = c.cheaperBelow() != null ? c.cheaperBelow() : above;
            String dearer = cheaper != null && cheaper.equals(c.a()) ? c.b() : c.a();
            return md(cheaper) + " is cheaper than " + md(dearer) + " across the whole volume range " + ops + ".";
        }
        StringBuilder b = new StringBuilder();
        if (c.stableAbove() != null) {
            b.append(md(above)).append(" is cheaper than ").append(md(other)).append(" above ")
                    .append(Amounts.volume(c.stableAbove())).append(" inferences/day ").append(ops).append('.');
        } else {
            b.append(md(above)).append(" is cheaper than ").append(md(other)).append(" at the top of the volume range ")
                    .append(ops).append('.');
        }
        int n = c.crossingCount();
        if (n > SENTENCE_CROSSINGS) {
            b.append(" The cheaper stack changes ").append(Amounts.count(n)).append(" times, from ")
                    .append(Amounts.volume(c.crossings().get(0)))
                    .append(c.stableAbove() != null ? " to " + Amounts.volume(c.stableAbove()) : " on")
                    .append(" inferences/day.");
        } else if (n > 1 || c.stableAbove() == null) {
            b.append(" The cheaper stack changes at ");
            for (int k = 0; k < c.crossings().size(); k++) {
                b.append(k == 0 ? "" : ", ").append(Amounts.volume(c.crossings().get(k)));
            }
            b.append(" inferences/day.");
        }
        return b.toString();
    }

    /** A crossover sentence lists at most this many crossings; beyond, it counts them (JSON lists them). */
    static final int SENTENCE_CROSSINGS = 12;

    private static void plans(PrintWriter out, Amounts amounts, List<PlanResult> plans) {
        if (plans.isEmpty()) {
            return;
        }
        out.println();
        out.println("## Plans");
        for (PlanResult p : plans) {
            out.println();
            out.println("### " + md(p.plan()) + " (served by " + md(p.stack()) + ")");
            out.println();
            for (Explanation e : p.explanations()) {
                out.println(explanation(e));
            }
            if (p.explanations().isEmpty()) {
                planNumbers(out, amounts, p);
            } else if (amounts.showsOtherCurrency()) {
                out.println("- in " + amounts.currency() + ": price " + amounts.money(p.priceUsd())
                        + ", mean margin per user " + amounts.money(p.meanMarginPerUser())
                        + ", margin of a power user " + amounts.money(p.marginAtPowerUser()));
            }
        }
    }

    /** The plan's numbers without formulas, for a result that carries no explanations. */
    private static void planNumbers(PrintWriter out, Amounts amounts, PlanResult p) {
        out.println("- price per user per month: " + amounts.money(p.priceUsd()));
        out.println("- cost per inference: " + amounts.perInference(p.costPerInference()));
        out.println("- mean margin per user: revenue " + amounts.money(p.meanRevenuePerUser()) + " - cost "
                + amounts.money(p.meanCostPerUser()) + " = " + amounts.money(p.meanMarginPerUser())
                + ", at a mean usage of " + Amounts.count(p.meanUsage()) + " inferences/user/month");
        out.println("- gross margin: " + (Double.isFinite(p.grossMarginPct()) ? Amounts.ratio(p.grossMarginPct()) + "%" : "n/a (no revenue)")
                + "; users with a negative margin: " + Amounts.percent(p.unprofitableShare()));
        out.println("- break-even usage: " + (p.breakEvenUsage() == null ? "never reached"
                : Amounts.count(p.breakEvenUsage()) + " inferences/user/month"));
        out.println("- power user at " + Amounts.count(p.powerUserUsage()) + " inferences/month: margin "
                + amounts.money(p.marginAtPowerUser()) + (p.powerUserWipeout() == null
                ? "; the median user has no margin to wipe out"
                : "; wipes out the margin of " + Amounts.ratio(p.powerUserWipeout()) + " median users at "
                + amounts.money(p.marginAtMedian()) + " each"));
    }

    private static void warnings(PrintWriter out, List<Warning> warnings) {
        out.println();
        out.println("## Warnings");
        out.println();
        if (warnings.isEmpty()) {
            out.println("None.");
        }
        for (Warning w : warnings) {
            out.println("- " + md(w.subject()) + ": " + md(w.message()) + " (" + w.code() + ")");
        }
    }
}
