package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.charts.export.Assumptions;
import com.cp1ki.app.charts.export.ClientNames;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a deck and the one-page summary say in words and tables, from the report alone: the
 * headline, the results table, the plan margins and the assumptions, money in the display
 * currency. Computes no cost. No toolkit.
 */
public final class DeckFacts {

    /** A table: header cells and rows of text, numbers already formatted for people. */
    public record Table(List<String> header, List<List<String>> rows) {
    }

    /** A titled group of assumption lines. */
    public record Section(String title, List<String> lines) {
    }

    private DeckFacts() {
    }

    /**
     * The headline of each workload, in workload order: the engine's sentence ({@link
     * com.cp1ki.engine.report.Headline}, the one the workbench and the CLI show), with the workload
     * named as the client reads it ("For Document summariser at 10,000 inferences/day, ...").
     * Workloads no enabled stack serves have none.
     */
    public static List<String> headline(Project project, Report report) {
        List<String> out = new ArrayList<>();
        for (Workload w : project.workloads()) {
            report.headline(w.name()).ifPresent(h -> out.add(clientWords(h.text(), w)));
        }
        return out;
    }

    /** The sentence with its leading "For WORKLOAD " in the client's words. */
    static String clientWords(String text, Workload w) {
        String raw = "For " + w.name() + " ";
        return text.startsWith(raw) ? "For " + ClientNames.of(w) + " " + text.substring(raw.length()) : text;
    }

    /** Per workload and stack: cost per inference, CP1Ki, monthly cost and ROI, in the display currency. */
    public static Table results(Project project, Report report) {
        Settings s = project.settings();
        String cur = s.currency();
        boolean several = project.workloads().size() > 1;
        List<String> header = new ArrayList<>();
        if (several) {
            header.add("Workload");
        }
        header.addAll(List.of("Stack", "Per inference (" + cur + ")", "CP1Ki (" + cur + ")", "Monthly (" + cur + ")",
                "ROI"));
        List<List<String>> rows = new ArrayList<>();
        for (StackResult r : report.results()) {
            List<String> row = new ArrayList<>();
            if (several) {
                row.add(ClientNames.readable(r.workload()));
            }
            row.add(r.stack());
            row.add(ChartFormat.money(s.toDisplay(r.costPerInference()), cur));
            row.add(ChartFormat.money(s.toDisplay(r.cp1ki()), cur));
            row.add(ChartFormat.money(s.toDisplay(r.monthlyCost()), cur));
            row.add(r.roiMultiple() == null ? "no value set"
                    : ChartFormat.multiple(r.roiMultiple()) + (r.roiBand() == null ? "" : " " + r.roiBand().label()));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** Per plan: price, mean margin per user, gross margin, break-even usage, share of users below zero. */
    public static Table plans(Project project, Report report) {
        Settings s = project.settings();
        String cur = s.currency();
        List<List<String>> rows = new ArrayList<>();
        for (PlanResult p : report.plans()) {
            rows.add(List.of(p.plan(), ChartFormat.money(s.toDisplay(p.priceUsd()), cur),
                    ChartFormat.money(s.toDisplay(p.meanMarginPerUser()), cur),
                    Double.isNaN(p.grossMarginPct()) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", p.grossMarginPct()),
                    p.breakEvenUsage() == null ? "none" : ChartFormat.count(p.breakEvenUsage()) + " inferences",
                    ChartFormat.percent(p.unprofitableShare())));
        }
        return new Table(List.of("Plan", "Price per user (" + cur + ")", "Mean margin per user (" + cur + ")",
                "Gross margin", "Break-even usage", "Users below zero"), rows);
    }

    /** The crossover sentences of each workload (with ops), from the report's stable crossings. */
    public static List<String> crossovers(Project project, Report report) {
        List<String> out = new ArrayList<>();
        for (var c : report.crossovers()) {
            if (!c.withOps() || c.stableAbove() == null || c.cheaperAbove() == null) {
                continue;
            }
            String other = c.cheaperAbove().equals(c.a()) ? c.b() : c.a();
            out.add(c.cheaperAbove() + " is cheaper than " + other + " above " + ChartFormat.count(c.stableAbove())
                    + " inferences/day" + (project.workloads().size() > 1 ? " (" + ClientNames.readable(c.workload()) + ")"
                    : "") + ".");
        }
        return out;
    }

    /** The assumptions behind every number, grouped, with sources and dates in full. */
    public static List<Section> assumptions(Project project, Report report) {
        Settings s = project.settings();
        List<Section> out = new ArrayList<>();
        List<String> prices = new ArrayList<>();
        for (Stack st : project.stacks()) {
            if (st.enabled()) {
                prices.add(priceInFull(st));
            }
        }
        out.add(new Section("Prices", prices));
        out.add(new Section("Currency", List.of(Assumptions.currency(s).replace(" Made with CP1Ki Workbench.", ""))));
        List<String> volumes = new ArrayList<>();
        for (Workload w : project.workloads()) {
            volumes.add(Assumptions.volume(w, report, s, true)
                    + (w.peakToAverage() != 1 ? " Peak-to-average " + w.peakToAverage() + "." : ""));
        }
        volumes.add("A month is " + ChartFormat.count(s.daysPerMonth()) + " days and " + ChartFormat.count(s.hoursPerMonth())
                + " hours; charts span " + ChartFormat.count(s.volumeMin()) + " to " + ChartFormat.count(s.volumeMax())
                + " inferences/day.");
        out.add(new Section("Volumes, token profiles and value per inference", volumes));
        List<String> plans = project.plans().stream().map(p -> Assumptions.planInputs(p, s)).toList();
        if (!plans.isEmpty()) {
            out.add(new Section("Plans", plans));
        }
        return out;
    }

    private static String priceInFull(Stack st) {
        if (st.serving() instanceof ManagedApi a) {
            return st.name() + ": " + a.provider() + " " + a.model() + ", $" + plain(a.inputPrice()) + " input and $"
                    + plain(a.outputPrice()) + " output per 1M tokens, "
                    + (a.pricesAsOf() != null ? "as of " + a.pricesAsOf() : "no as-of date (typed)")
                    + Optional.ofNullable(a.priceSource()).map(src -> "; source: " + src).orElse("") + ".";
        }
        SelfHostedGpu g = (SelfHostedGpu) st.serving();
        return Assumptions.price(st) + ", " + plain(g.outputTokensPerSecond()) + " output tokens/s per instance at up to "
                + ChartFormat.percent(g.utilisationCeiling()) + " utilisation"
                + Optional.ofNullable(g.throughputSource()).map(src -> "; throughput source: " + src).orElse("") + ".";
    }

    private static String plain(double v) {
        return ChartFormat.plain(v);
    }

    /** The plan of a name, if the project has it. */
    static Optional<Plan> plan(Project project, String name) {
        return project.plans().stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
