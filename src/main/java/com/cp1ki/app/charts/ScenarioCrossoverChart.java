package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The crossover chart per scenario: for one workload, the monthly cost of the cheapest stack
 * against inferences/day (log axes, ops included), one curve per column, read from each column's
 * {@link CheapestStacks} bands and the band's stack's own {@link CostCurve} (its points inside the
 * band and its value at the band's ends, as the crossover chart's answer view). Where the cheapest
 * stack changes is marked on each curve, and each column's own volume (labelled for the base and
 * every column whose volume differs from it); a clicked mark is explained. Columns whose curves are
 * the same are drawn as one line named "Base = Launch", so no curve hides another.
 */
public final class ScenarioCrossoverChart extends ScenarioChart {

    private final LogarithmicAxis x = new LogarithmicAxis("Volume (inferences/day)");
    private final LogarithmicAxis y = new LogarithmicAxis("Monthly cost");
    private final MarkedLineChart chart = new MarkedLineChart(x, y);

    public ScenarioCrossoverChart() {
        x.setLabelFormat(ChartFormat::compact);
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        init(chart, controls("Workload", "scenarioCrossoverWorkload", ChartOptions::withWorkload));
    }

    @Override
    public ChartKind kind() {
        return ChartKind.SCENARIO_CROSSOVER;
    }

    @Override
    public MarkedLineChart chart() {
        return chart;
    }

    @Override
    protected void clearMarks() {
        chart.marks().clear();
    }

    @Override
    protected ChartTable draw(List<ScenarioEngine.Column> cols, Settings s, ChartOptions options) {
        String w = pick(cols.get(0).project().workloads().stream().map(Workload::name).toList(), options.workload());
        if (w == null || cols.stream().allMatch(c -> c.report().cheapest(w, true).isEmpty())) {
            return nothingToDraw(w == null ? "Add a workload to compare its crossovers across scenarios."
                    : "No enabled stack serves " + w + " in any scenario.");
        }
        subject(w + ", with ops");
        String cur = s.currency();
        y.setLabel("Cheapest stack's monthly cost (" + cur + ")");
        y.setLabelFormat(v -> ChartFormat.moneyCompact(v, cur));
        double from = cols.stream().mapToDouble(c -> c.project().settings().volumeMin()).min().orElse(s.volumeMin());
        double to = cols.stream().mapToDouble(c -> c.project().settings().volumeMax()).max().orElse(s.volumeMax());
        x.setAutoRanging(false);
        x.setLowerBound(from);
        x.setUpperBound(to);
        ChartTable.Builder table = new ChartTable.Builder("Workload", "Scenario", "Point", "Stack",
                "Volume (inferences/day)", "Monthly cost (" + cur + "/month)");
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        List<List<double[]>> drawn = new ArrayList<>();
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        double baseVolume = cols.get(0).project().workload(w).map(Workload::inferencesPerDay).orElse(Double.NaN);
        for (ScenarioEngine.Column c : cols) {
            List<double[]> pts = new ArrayList<>();
            Optional<CheapestStacks> env = c.report().cheapest(w, true);
            if (env.isPresent()) {
                for (CheapestStacks.Band b : env.get().bands()) {
                    Optional<CostCurve> curve = curve(c, w, b.stack());
                    if (curve.isEmpty()) {
                        continue;
                    }
                    List<double[]> band = new ArrayList<>();
                    band.add(new double[]{b.fromVolume(), curve.get().costAt(b.fromVolume())});
                    for (double[] p : curve.get().points(CrossoverChart.PER_DECADE)) {
                        if (p[0] > b.fromVolume() && p[0] < b.toVolume()) {
                            band.add(p);
                        }
                    }
                    band.add(new double[]{b.toVolume(), curve.get().costAt(b.toVolume())});
                    for (double[] p : band) {
                        double cost = s.toDisplay(p[1]);
                        if (p[0] > 0 && cost > 0) {
                            pts.add(new double[]{p[0], cost});
                            lo = Math.min(lo, cost);
                            hi = Math.max(hi, cost);
                            table.row(w, c.name(), "curve", b.stack(), p[0], cost);
                        }
                    }
                }
            }
            // columns whose curve is the same are one line, named with all of them (else the last hides the others)
            int same = -1;
            for (int k = 0; k < drawn.size() && same < 0; k++) {
                if (sameCurve(drawn.get(k), pts)) {
                    same = k;
                }
            }
            int colour;
            if (same >= 0) {
                series.get(same).setName(series.get(same).getName() + " = " + c.name());
                colour = same;
            } else {
                XYChart.Series<Number, Number> ser = new XYChart.Series<>();
                ser.setName(c.name());
                pts.forEach(p -> ser.getData().add(new XYChart.Data<>(p[0], p[1])));
                series.add(ser);
                drawn.add(pts);
                colour = series.size() - 1;
            }
            env.ifPresent(e -> markChanges(c, colour, w, e, s, table));
            markVolume(c, colour, w, s, table, c == cols.get(0) || !sameVolume(c, w, baseVolume));
        }
        chart.getData().setAll(series);
        if (lo > 0 && hi >= lo) {
            y.setAutoRanging(false);
            y.setLowerBound(lo / 1.2);
            y.setUpperBound(hi * 1.2);
        } else {
            y.setAutoRanging(true);
        }
        return table.build();
    }

    private static boolean sameCurve(List<double[]> a, List<double[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameVolume(ScenarioEngine.Column c, String w, double base) {
        return c.project().workload(w).map(x -> x.inferencesPerDay() == base).orElse(false);
    }

    private static Optional<CostCurve> curve(ScenarioEngine.Column c, String w, String stack) {
        return stack == null ? Optional.empty() : c.report().curves().stream()
                .filter(k -> k.workload().equals(w) && k.stack().equals(stack) && k.withOps()).findFirst();
    }

    /** A mark where the cheapest stack changes (the start of every band but the first). */
    private void markChanges(ScenarioEngine.Column c, int i, String w, CheapestStacks env, Settings s,
                             ChartTable.Builder table) {
        List<CheapestStacks.Band> bands = env.bands();
        for (int k = 1; k < bands.size(); k++) {
            CheapestStacks.Band b = bands.get(k);
            Optional<CostCurve> curve = curve(c, w, b.stack());
            if (curve.isEmpty()) {
                continue;
            }
            double v = b.fromVolume();
            double cost = s.toDisplay(curve.get().costAt(v));
            String column = c.name();
            int band = k;
            String tip = column + ": " + bands.get(k - 1).stack() + " → " + b.stack() + " at " + ChartFormat.compact(v) + "/day";
            chart.marks().point(v, cost, null, tip, "crossover-point series-" + (i % 8),
                    () -> select(source(column, (col, set) -> change(col, w, band, set))));
            table.row(w, column, b.startsAtStep() ? "cheapest changes at a fleet step" : "cheapest changes", b.stack(), v, cost);
        }
    }

    /** What a change of cheapest stack in a column says: the volume, the stacks before and after, their costs there. */
    static Selection change(ScenarioEngine.Column c, String w, int band, Settings s) {
        Optional<CheapestStacks> env = c.report().cheapest(w, true);
        if (env.isEmpty() || band >= env.get().bands().size()) {
            return null;
        }
        CheapestStacks.Band before = env.get().bands().get(band - 1);
        CheapestStacks.Band b = env.get().bands().get(band);
        String cur = s.currency();
        List<String> facts = new ArrayList<>();
        facts.add("Scenario: " + c.name());
        facts.add("At " + ChartFormat.count(b.fromVolume()) + " inferences/day the cheapest stack changes from "
                + before.stack() + " to " + b.stack() + (b.startsAtStep() ? " (a fleet step: the cost jumps)" : ""));
        for (String st : new String[]{before.stack(), b.stack()}) {
            curve(c, w, st).ifPresent(k -> facts.add(st + ": " + ChartFormat.money(s.toDisplay(k.costAt(b.fromVolume())), cur)
                    + "/month there"));
        }
        facts.add(b.stack() + " stays the cheapest up to " + ChartFormat.count(b.toVolume()) + " inferences/day");
        facts.add("Ops overhead included; the crossover chart of this scenario (show it, Crossover tab) has every crossing.");
        return new Selection("Cheapest stack changes in " + c.name(), "serving " + w, facts, List.of());
    }

    /** The column's own volume of the workload, on its curve. */
    private void markVolume(ScenarioEngine.Column c, int i, String w, Settings s, ChartTable.Builder table, boolean label) {
        Optional<Workload> wl = c.project().workload(w);
        Optional<CheapestStacks> env = c.report().cheapest(w, true);
        if (wl.isEmpty() || env.isEmpty()) {
            return;
        }
        double v = wl.get().inferencesPerDay();
        String stack = env.get().bandAt(v).stack();
        Optional<CostCurve> curve = curve(c, w, stack);
        if (curve.isEmpty()) {
            return;
        }
        double cost = s.toDisplay(curve.get().costAt(v));
        String column = c.name();
        String tip = column + ": " + ChartFormat.count(v) + " inferences/day, " + stack + " the cheapest at "
                + ChartFormat.money(cost, s.currency()) + "/month";
        chart.marks().point(v, cost, label ? column + " " + ChartFormat.compact(v) + "/day" : null, tip,
                "current-point series-" + (i % 8), () -> select(source(column, (col, set) -> atVolume(col, w, set))));
        table.row(w, column, "its volume", stack, v, cost);
    }

    /** What a column's volume mark says: the cheapest stack there, its cost, and that result's formulas. */
    static Selection atVolume(ScenarioEngine.Column c, String w, Settings s) {
        Optional<Workload> wl = c.project().workload(w);
        Optional<CheapestStacks> env = c.report().cheapest(w, true);
        if (wl.isEmpty() || env.isEmpty()) {
            return null;
        }
        double v = wl.get().inferencesPerDay();
        String stack = env.get().bandAt(v).stack();
        Optional<CostCurve> curve = curve(c, w, stack);
        Optional<StackResult> r = c.report().results().stream()
                .filter(x -> x.workload().equals(w) && x.stack().equals(stack)).findFirst();
        if (curve.isEmpty() || r.isEmpty()) {
            return null;
        }
        String cur = s.currency();
        List<String> facts = List.of("Scenario: " + c.name(),
                "Volume " + ChartFormat.count(v) + " inferences/day",
                stack + " is the cheapest there: " + ChartFormat.money(s.toDisplay(curve.get().costAt(v)), cur)
                        + "/month with ops overhead",
                "CP1Ki " + ChartFormat.money(s.toDisplay(r.get().cp1ki()), cur) + " per 1,000 inferences");
        return new Selection("Cheapest stack in " + c.name(), "serving " + w, facts, r.get().explanations());
    }
}
