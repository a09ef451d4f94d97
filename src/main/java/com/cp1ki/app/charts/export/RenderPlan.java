package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Every chart of a report, as files: per workload one CP1Ki chart, two crossover charts (with and
 * without ops) and an ROI chart (when the workload has a value per inference); one cost
 * distribution per workload and stack; one margin chart per plan. Charts with nothing to draw are
 * left out. No toolkit.
 */
public final class RenderPlan {

    /** One chart to write: its kind, what it shows, and its file name. */
    public record Item(ChartKind kind, ChartOptions options, String fileName) {
    }

    private RenderPlan() {
    }

    public static List<Item> of(Project project, Report report) {
        List<Item> items = new ArrayList<>();
        Set<String> used = new HashSet<>();
        List<String> workloads = report.results().stream().map(StackResult::workload).distinct().toList();
        for (String w : workloads) {
            ChartOptions o = ChartOptions.DEFAULT.withWorkload(w);
            items.add(new Item(ChartKind.CP1KI, o, name(used, "cp1ki", w)));
            items.add(new Item(ChartKind.CROSSOVER, o, name(used, "crossover", w)));
            items.add(new Item(ChartKind.CROSSOVER, o.withOps(false), name(used, "crossover", w, "without-ops")));
            if (report.results().stream().anyMatch(r -> r.workload().equals(w) && r.roiMultiple() != null
                    && r.roiMultiple() > 0)) {
                items.add(new Item(ChartKind.ROI, o, name(used, "roi", w)));
            }
        }
        for (PlanResult p : report.plans()) {
            items.add(new Item(ChartKind.MARGIN, ChartOptions.DEFAULT.withPlan(p.plan()), name(used, "margin", p.plan())));
        }
        if (!report.portfolio().isEmpty()) {
            items.add(new Item(ChartKind.BILL, ChartOptions.DEFAULT, name(used, "bill")));
        }
        for (StackResult r : report.results()) {
            items.add(new Item(ChartKind.COST_DISTRIBUTION, ChartOptions.DEFAULT.withWorkload(r.workload())
                    .withStack(r.stack()), name(used, "cost-distribution", r.workload(), r.stack())));
        }
        return items;
    }

    /** A file name from words: lower case, runs of anything but letters and digits become one dash. */
    static String name(Set<String> used, String... parts) {
        String base = String.join("-", parts).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (base.isEmpty()) {
            base = "chart";
        }
        String n = base;
        for (int k = 2; !used.add(n); k++) {
            n = base + "-" + k;
        }
        return n + ".png";
    }
}
