package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.CostDistributionChart;
import com.cp1ki.engine.CostHistogram;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.io.export.FileNames;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every chart of a report that carries information, as files: per workload one CP1Ki chart, the
 * crossover with ops and (when some stack has ops overhead) without, and an ROI chart (when the
 * workload has a value per inference); one cost distribution per workload and stack whose requests
 * do not all cost the same; one margin chart per plan. The charts left out are listed with the
 * reason, so `render` and the deck can say so. No toolkit.
 *
 * @param items    the charts to write, in deck order
 * @param skipped  the charts left out because they would carry no information, with why
 */
public record RenderPlan(List<Item> items, List<Skipped> skipped) {

    /** One chart to write: its kind, what it shows, and its file name without extension. */
    public record Item(ChartKind kind, ChartOptions options, String stem) {

        /** The file name with an extension: "cp1ki-document-summariser.png". */
        public String fileName(String extension) {
            return stem + "." + extension;
        }

        /** The PNG file name. */
        public String fileName() {
            return fileName("png");
        }
    }

    /** A chart left out: the file it would have been and a sentence that says why. */
    public record Skipped(String stem, String why) {
    }

    public RenderPlan {
        items = List.copyOf(items);
        skipped = List.copyOf(skipped);
    }

    public static RenderPlan of(Project project, Report report) {
        List<Item> items = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<String> workloads = report.results().stream().map(StackResult::workload).distinct().toList();
        for (String w : workloads) {
            ChartOptions o = ChartOptions.DEFAULT.withWorkload(w);
            items.add(new Item(ChartKind.CP1KI, o, name(used, "cp1ki", w)));
            items.add(new Item(ChartKind.CROSSOVER, o, name(used, "crossover", w)));
            String withoutOps = name(used, "crossover", w, "without-ops");
            if (report.results().stream().anyMatch(r -> r.workload().equals(w) && r.monthly().ops() > 0)) {
                items.add(new Item(ChartKind.CROSSOVER, o.withOps(false), withoutOps));
            } else {
                skipped.add(new Skipped(withoutOps, "no stack serving " + w
                        + " has ops overhead, so the crossover without ops is the same chart as with"));
            }
            if (report.results().stream().anyMatch(r -> r.workload().equals(w) && r.roiMultiple() != null
                    && r.roiMultiple() > 0)) {
                items.add(new Item(ChartKind.ROI, o, name(used, "roi", w)));
            }
            String forecast = name(used, "forecast", w);
            if (report.forecast() != null && !report.forecast().failed() && (report.forecast().inputs().moves()
                    || report.forecast().fan() != null)) {
                items.add(new Item(ChartKind.FORECAST, o, forecast));
            } else {
                skipped.add(new Skipped(forecast, report.forecast() != null && report.forecast().failed()
                        ? "the forecast cannot be computed: " + report.forecast().problem()
                        : "nothing grows or falls in the project's forecast, so every month is the report"));
            }
        }
        for (PlanResult p : report.plans()) {
            items.add(new Item(ChartKind.MARGIN, ChartOptions.DEFAULT.withPlan(p.plan()), name(used, "margin", p.plan())));
        }
        String bill = name(used, "bill");
        if (!report.portfolio().isEmpty()) {
            items.add(new Item(ChartKind.BILL, ChartOptions.DEFAULT, bill));
        } else {
            skipped.add(new Skipped(bill, "no workload is routed, so there is no product bill (portfolio)"));
        }
        for (StackResult r : report.results()) {
            if (r.levers().any()) {
                items.add(new Item(ChartKind.LEVERS, ChartOptions.DEFAULT.withWorkload(r.workload()).withStack(r.stack()),
                        name(used, "levers", r.workload(), r.stack())));
            }
        }
        for (StackResult r : report.results()) {
            String stem = name(used, "cost-distribution", r.workload(), r.stack());
            if (CostHistogram.of(project, r.workload(), r.stack(), CostDistributionChart.BINS).bins().size() <= 1) {
                skipped.add(new Skipped(stem, "every request of " + r.workload() + " costs the same on " + r.stack()
                        + " (typed token means), so its cost distribution would be a single spike"));
                continue;
            }
            items.add(new Item(ChartKind.COST_DISTRIBUTION, ChartOptions.DEFAULT.withWorkload(r.workload())
                    .withStack(r.stack()), stem));
        }
        return new RenderPlan(items, skipped);
    }

    /**
     * This plan and, when the project has scenarios, the scenario charts: per workload CP1Ki by
     * scenario and the cheapest stack's crossover curve per scenario, per plan its margins by
     * scenario, each drawn from {@link ScenarioEngine#columns} of the project (the base, then each
     * scenario). `cp1ki render` writes them; the deck does not (yet).
     */
    public RenderPlan withScenarios(Project project) {
        if (project.scenarios().isEmpty()) {
            return this;
        }
        Set<String> used = new HashSet<>();
        items.forEach(i -> used.add(i.stem()));
        skipped.forEach(k -> used.add(k.stem()));
        List<ScenarioEngine.Column> cols = ScenarioEngine.columns(project);
        ChartOptions o = ChartOptions.DEFAULT.withScenarios(cols);
        List<Item> out = new ArrayList<>(items);
        Report base = cols.get(0).report();
        for (String w : base.results().stream().map(StackResult::workload).distinct().toList()) {
            out.add(new Item(ChartKind.SCENARIO_CP1KI, o.withWorkload(w), name(used, "scenarios", "cp1ki", w)));
            out.add(new Item(ChartKind.SCENARIO_CROSSOVER, o.withWorkload(w), name(used, "scenarios", "crossover", w)));
        }
        for (PlanResult p : base.plans()) {
            out.add(new Item(ChartKind.SCENARIO_MARGIN, o.withPlan(p.plan()), name(used, "scenarios", "margin", p.plan())));
        }
        return new RenderPlan(out, skipped);
    }

    /** A file stem from words (see {@link FileNames}): short, portable, unique in {@code used}; no extension. */
    static String name(Set<String> used, String... parts) {
        return FileNames.unique(used, FileNames.stem("chart", parts), "");
    }
}
