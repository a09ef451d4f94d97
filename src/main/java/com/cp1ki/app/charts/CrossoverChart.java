package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.geometry.Insets;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;

/**
 * Monthly cost against inferences/day, both on log axes, for one workload. It leads with the
 * answer: the engine's cheapest stack in each band of volume, coloured and named, the band
 * boundaries labelled and the cheapest cost drawn over them ({@link CheapestView}), with the
 * workload's current volume marked. Its secondary view ("All stacks") draws every enabled stack's
 * cost curve (the engine's {@link CostCurve#points}) with the engine's crossovers marked. A toggle
 * switches both between the costs with ops overhead and without it. The cost axis fits the
 * curves drawn over the project's volume range.
 */
public final class CrossoverChart extends ChartAdapter {

    /** Points per decade asked of each cost curve. */
    public static final int PER_DECADE = 12;
    /** At most this many crossings carry a label; the others a tooltip. */
    public static final int MAX_LABELS = 6;

    private final LogarithmicAxis x = new LogarithmicAxis("Volume (inferences/day)");
    private final LogarithmicAxis y = new LogarithmicAxis("Monthly cost");
    private final MarkedLineChart chart = new MarkedLineChart(x, y);
    private final ToggleButton withOps = new ToggleButton("With ops overhead");
    private final ToggleButton cheapest = new ToggleButton("Cheapest stack");
    private final ToggleButton all = new ToggleButton("All stacks");

    public CrossoverChart() {
        cheapest.setId("crossoverCheapest");
        all.setId("crossoverAllStacks");
        cheapest.setTooltip(new Tooltip("The cheapest stack in each band of volume, and the cheapest monthly cost"));
        all.setTooltip(new Tooltip("Every stack's monthly cost against volume, with the volumes where two of them cross"));
        javafx.scene.control.ToggleGroup view = new javafx.scene.control.ToggleGroup();
        cheapest.setToggleGroup(view);
        all.setToggleGroup(view);
        cheapest.setSelected(true);
        view.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one view is always shown
            } else if (options().allCurves() != (now == all)) {
                reshow(options().withAllCurves(now == all));
            }
        });
        withOps.setId("crossoverWithOps");
        withOps.setSelected(true);
        withOps.setTooltip(new Tooltip("Include ops overhead (engineer time, on-call, amortised one-offs) in every "
                + "stack's monthly cost; ops cost moves the crossover."));
        withOps.selectedProperty().addListener((o, was, now) -> {
            if (options().withOps() != now) {
                reshow(options().withOps(now));
            }
        });
        HBox controls = new HBox(8, cheapest, all, withOps);
        controls.setPadding(new Insets(4, 8, 4, 8));
        controls.getStyleClass().add("chart-controls");
        x.setLabelFormat(ChartFormat::compact);
        init(chart, controls);
    }

    @Override
    public ChartKind kind() {
        return ChartKind.CROSSOVER;
    }

    @Override
    public MarkedLineChart chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(Project project, Report report, ChartOptions options) {
        withOps.setSelected(options.withOps());
        (options.allCurves() ? all : cheapest).setSelected(true);
        String w = workloadOf(project, options);
        List<CostCurve> curves = report.curves().stream()
                .filter(c -> c.workload().equals(w) && c.withOps() == options.withOps()).toList();
        if (w == null || curves.isEmpty()) {
            return nothingToDraw(w == null ? "Add a workload to compare stacks across volumes."
                    : "No enabled stack serves " + w + ". Switch stacks on to compare them across volumes.");
        }
        subject(w + (options.withOps() ? ", with ops" : ", without ops"));
        Settings s = project.settings();
        String cur = s.currency();
        y.setLabel("Monthly cost (" + cur + ")");
        y.setLabelFormat(v -> ChartFormat.moneyCompact(v, cur));
        x.setAutoRanging(false);
        x.setLowerBound(s.volumeMin());
        x.setUpperBound(s.volumeMax());

        ChartTable.Builder table = new ChartTable.Builder("Workload", "Series", "Point", "Volume (inferences/day)",
                "Monthly cost (" + cur + "/month)", "Ops included");
        chart.marks().clear();
        var env = report.cheapest(w, options.withOps());
        chart.getStyleClass().remove("cheapest-view");
        if (!options.allCurves() && env.isPresent()) {
            chart.getStyleClass().add("cheapest-view");
            chart.setLegendVisible(false);
            CheapestView.Drawn d = CheapestView.draw(chart, env.get(), curves, w, s, table, options.withOps());
            chart.getData().setAll(d.series());
            fit(d.min(), d.max());
            markCheapestNow(project, report, w, env.get(), curves, s, table, options.withOps());
            return table.build();
        }
        chart.setLegendVisible(true);
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (CostCurve c : curves) {
            XYChart.Series<Number, Number> ser = new XYChart.Series<>();
            ser.setName(c.stack());
            for (double[] p : c.points(PER_DECADE)) {
                double cost = s.toDisplay(p[1]);
                if (p[0] > 0 && cost > 0) {
                    lo = Math.min(lo, cost);
                    hi = Math.max(hi, cost);
                    ser.getData().add(new XYChart.Data<>(p[0], cost));
                    table.row(w, c.stack(), "curve", p[0], cost, options.withOps());
                }
            }
            series.add(ser);
        }
        chart.getData().setAll(series);
        fit(lo, hi);
        Workload wl = workload(project, w);
        markCrossings(report, w, wl == null ? s.volumeMin() : wl.inferencesPerDay(), options.withOps(), s, table);
        markCurrentVolume(project, report, w, curves, s, table, options.withOps());
        return table.build();
    }

    /** The cost axis fits the costs drawn (a fifth beyond them), not whole decades around them. */
    private void fit(double lo, double hi) {
        if (!(lo > 0) || !(hi >= lo)) {
            y.setAutoRanging(true);
            return;
        }
        y.setAutoRanging(false);
        y.setLowerBound(lo / 1.2);
        y.setUpperBound(hi * 1.2);
    }

    /** The current volume: a line, and the cheapest stack's cost there, which explains itself when clicked. */
    private void markCheapestNow(Project project, Report report, String w, com.cp1ki.engine.report.CheapestStacks env,
                                 List<CostCurve> curves, Settings s, ChartTable.Builder table, boolean ops) {
        Workload wl = workload(project, w);
        if (wl == null) {
            return;
        }
        double v = wl.inferencesPerDay();
        chart.marks().vline(v, "now: " + ChartFormat.compact(v) + "/day", "current-volume");
        String stack = env.bandAt(v).stack();
        CostCurve c = curves.stream().filter(x -> x.stack().equals(stack)).findFirst().orElse(null);
        if (c == null || v < s.volumeMin() || v > s.volumeMax()) {
            return;
        }
        String cur = s.currency();
        double cost = s.toDisplay(c.costAt(v));
        StackResult r = report.results().stream()
                .filter(x -> x.workload().equals(w) && x.stack().equals(stack)).findFirst().orElse(null);
        String tip = stack + " is the cheapest at " + ChartFormat.count(v) + " inferences/day: "
                + ChartFormat.money(cost, cur) + "/month" + (ops ? "" : " without ops overhead");
        Runnable click = r == null ? null : () -> select((p, rep) -> currentCost(p, rep, w, stack, ops));
        chart.marks().point(v, cost, ChartFormat.moneyCompact(cost, cur) + "/mo", tip,
                "current-point series-" + (curves.indexOf(c) % 8), click);
        table.row(w, stack, "current volume", v, cost, ops);
    }

    /** One crossing to mark, with how much its label matters. */
    private record Mark(Crossover pair, int index, int rank, double distance) {
        Crossover.Crossing at() {
            return pair.details().get(index);
        }
    }

    /**
     * Marks every crossing; labels at most {@link #MAX_LABELS}: the stable crossings first (above
     * them one stack stays cheaper), then plain crossings before fleet-step swaps, nearest the
     * current volume first. The rest keep their tooltip and click.
     */
    private void markCrossings(Report report, String w, double current, boolean ops, Settings s,
                               ChartTable.Builder table) {
        List<Mark> marks = new ArrayList<>();
        for (Crossover x : report.crossovers()) {
            if (!x.workload().equals(w) || x.withOps() != ops) {
                continue;
            }
            for (int k = 0; k < x.details().size(); k++) {
                Crossover.Crossing c = x.details().get(k);
                boolean stable = x.stableAbove() != null && Math.abs(c.volume() - x.stableAbove()) <= 1e-9 * c.volume();
                int rank = stable ? 0 : c.atStep() ? 2 : 1;
                marks.add(new Mark(x, k, rank, Math.abs(Math.log10(c.volume() / current))));
            }
        }
        marks.sort(java.util.Comparator.comparingInt(Mark::rank).thenComparingDouble(Mark::distance));
        for (int i = 0; i < marks.size(); i++) {
            mark(marks.get(i), i < MAX_LABELS, w, ops, s, table);
        }
    }

    private void mark(Mark m, boolean labelled, String w, boolean ops, Settings s, ChartTable.Builder table) {
        String cur = s.currency();
        Crossover x = m.pair();
        Crossover.Crossing c = m.at();
        double cost = s.toDisplay(c.atStep() ? Math.min(c.costA(), c.costB()) : c.costA());
        String where = ChartFormat.compact(c.volume()) + "/day";
        String label = c.atStep()
                ? x.a() + " / " + x.b() + " swap at " + where + " (fleet step)"
                : x.a() + " = " + x.b() + " at " + where + ", " + ChartFormat.moneyCompact(cost, cur) + "/mo";
        List<String> facts = facts(x, c, s);
        String a = x.a();
        String b = x.b();
        int index = m.index();
        Selection.Source source = (project, report) -> report.crossovers().stream()
                .filter(y -> y.workload().equals(w) && y.a().equals(a) && y.b().equals(b) && y.withOps() == ops
                        && index < y.details().size())
                .findFirst().map(y -> new Selection("Crossover of " + a + " and " + b,
                        facts(y, y.details().get(index), project.settings()), List.of())).orElse(null);
        chart.marks().point(c.volume(), cost, labelled ? label : null, label + "\n" + String.join("\n", facts),
                "crossover-point", () -> select(source));
        table.row(w, x.a() + " / " + x.b(), c.atStep() ? "crossover at fleet step" : "crossover",
                c.volume(), cost, ops);
    }

    /** What a crossing's tooltip and explanation say: the volume, both costs, ops, and the stable volume. */
    private static List<String> facts(Crossover x, Crossover.Crossing c, Settings s) {
        String cur = s.currency();
        List<String> facts = new ArrayList<>(List.of(
                "Volume: " + ChartFormat.count(c.volume()) + " inferences/day",
                x.a() + ": " + ChartFormat.money(s.toDisplay(c.costA()), cur) + "/month",
                x.b() + ": " + ChartFormat.money(s.toDisplay(c.costB()), cur) + "/month",
                "Ops overhead " + (x.withOps() ? "included" : "left out")));
        if (x.stableAbove() != null) {
            facts.add(x.cheaperAbove() + " is cheaper for every volume above "
                    + ChartFormat.count(x.stableAbove()) + "/day");
        }
        return facts;
    }

    private void markCurrentVolume(Project project, Report report, String w, List<CostCurve> curves, Settings s,
                                   ChartTable.Builder table, boolean ops) {
        Workload wl = workload(project, w);
        if (wl == null) {
            return;
        }
        double v = wl.inferencesPerDay();
        String cur = s.currency();
        chart.marks().vline(v, "now: " + ChartFormat.compact(v) + "/day", "current-volume");
        for (int i = 0; i < curves.size(); i++) {
            CostCurve c = curves.get(i);
            double cost = s.toDisplay(c.costAt(v));
            if (!(cost > 0)) {
                continue;
            }
            boolean served = report.results().stream().anyMatch(x -> x.workload().equals(w) && x.stack().equals(c.stack()));
            String tip = tip(c.stack(), cost, v, cur);
            String stack = c.stack();
            Runnable click = !served ? null : () -> select((p, rep) -> currentCost(p, rep, w, stack, ops));
            chart.marks().point(v, cost, null, tip, "current-point series-" + (i % 8), click);
            table.row(w, c.stack(), "current volume", v, cost, ops);
        }
    }

    private static String tip(String stack, double cost, double volume, String cur) {
        return stack + ": " + ChartFormat.money(cost, cur) + "/month at " + ChartFormat.count(volume) + " inferences/day";
    }

    /** What clicking a stack's point at the current volume shows, in any report; null when it is gone. */
    private static Selection currentCost(Project p, Report report, String w, String stack, boolean ops) {
        Workload wl = workload(p, w);
        StackResult r = report.results().stream()
                .filter(x -> x.workload().equals(w) && x.stack().equals(stack)).findFirst().orElse(null);
        CostCurve c = report.curves().stream()
                .filter(x -> x.workload().equals(w) && x.stack().equals(stack) && x.withOps() == ops).findFirst().orElse(null);
        if (wl == null || r == null || c == null) {
            return null;
        }
        Settings s = p.settings();
        double v = wl.inferencesPerDay();
        return Selection.serving("Monthly cost of " + stack, w,
                List.of(tip(stack, s.toDisplay(c.costAt(v)), v, s.currency())), r.explanations());
    }
}
