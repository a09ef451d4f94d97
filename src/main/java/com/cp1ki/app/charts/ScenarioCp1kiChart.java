package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * CP1Ki of one workload by stack, grouped by scenario: a group of bars per stack, one bar per
 * column (the base, then each scenario), each the column's own {@link StackResult#cp1ki()}. A
 * clicked bar is explained with that scenario's result and its change against the base.
 */
public final class ScenarioCp1kiChart extends ScenarioChart {

    private final CategoryAxis x = new CategoryAxis();
    private final NumberAxis y = new NumberAxis();
    private final BarChart<String, Number> chart = new BarChart<>(x, y);
    private final ChartTips tips = new ChartTips();

    public ScenarioCp1kiChart() {
        chart.setLegendSide(Side.BOTTOM);
        chart.setCategoryGap(24);
        chart.setBarGap(2);
        init(chart, controls("Workload", "scenarioCp1kiWorkload", ChartOptions::withWorkload));
    }

    @Override
    public ChartKind kind() {
        return ChartKind.SCENARIO_CP1KI;
    }

    @Override
    public BarChart<String, Number> chart() {
        return chart;
    }

    @Override
    protected ChartTable draw(List<ScenarioEngine.Column> cols, Settings s, ChartOptions options) {
        Project base = cols.get(0).project();
        String w = pick(base.workloads().stream().map(Workload::name).toList(), options.workload());
        Set<String> stacks = new LinkedHashSet<>();
        for (ScenarioEngine.Column c : cols) {
            c.report().results().stream().filter(r -> r.workload().equals(w)).forEach(r -> stacks.add(r.stack()));
        }
        if (w == null || stacks.isEmpty()) {
            return nothingToDraw(w == null ? "Add a workload to compare its CP1Ki across scenarios."
                    : "No enabled stack serves " + w + " in any scenario.");
        }
        subject(w);
        String cur = s.currency();
        y.setLabel("CP1Ki (" + cur + " per 1,000 inferences)");
        x.setLabel(null);
        int n = stacks.size();
        List<String> categories = stacks.stream().map(st -> Cp1kiChart.category(st, n)).toList();
        Cp1kiChart.crowd(x, n);
        Cp1kiChart.categories(x, categories);
        ChartTable.Builder table = new ChartTable.Builder("Workload", "Stack", "Scenario",
                "CP1Ki (" + cur + " per 1,000 inferences)", "Change against the base (" + cur + ")");
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        double max = 0;
        for (ScenarioEngine.Column c : cols) {
            XYChart.Series<String, Number> ser = new XYChart.Series<>();
            ser.setName(c.name());
            for (String st : stacks) {
                Optional<StackResult> r = result(c, w, st);
                if (r.isEmpty()) {
                    continue;
                }
                double v = s.toDisplay(r.get().cp1ki());
                max = Math.max(max, v);
                ser.getData().add(new XYChart.Data<>(Cp1kiChart.category(st, n), v));
                Double b = result(cols.get(0), w, st).map(x0 -> s.toDisplay(x0.cp1ki())).orElse(null);
                table.row(w, st, c.name(), v, b == null ? null : v - b);
            }
            series.add(ser);
        }
        chart.getData().setAll(series);
        NiceRange.of(0, max, 0.12, 6).applyTo(y);
        decorate(series, cols, w, stacks, s);
        return table.build();
    }

    private static Optional<StackResult> result(ScenarioEngine.Column c, String w, String stack) {
        return c.report().results().stream().filter(r -> r.workload().equals(w) && r.stack().equals(stack)).findFirst();
    }

    private void decorate(List<XYChart.Series<String, Number>> series, List<ScenarioEngine.Column> cols, String w,
                          Set<String> stacks, Settings s) {
        for (int i = 0; i < series.size(); i++) {
            String column = cols.get(i).name();
            for (XYChart.Data<String, Number> d : series.get(i).getData()) {
                String stack = stacks.stream().filter(st -> Cp1kiChart.category(st, stacks.size()).equals(d.getXValue()))
                        .findFirst().orElse(d.getXValue());
                if (d.getNode() == null) {
                    continue;
                }
                tips.attach(d.getNode(), column + ", " + stack + ": "
                        + ChartFormat.money(d.getYValue().doubleValue(), s.currency()) + " per 1,000 inferences");
                d.getNode().setOnMouseClicked(e -> select(source(column, (c, set) -> explain(c, cols0(), w, stack, set))));
            }
        }
    }

    private List<ScenarioEngine.Column> cols0() {
        return options().scenarios();
    }

    /** What clicking a bar shows: the scenario's CP1Ki and monthly cost, the change against the base, the formulas. */
    static Selection explain(ScenarioEngine.Column c, List<ScenarioEngine.Column> cols, String w, String stack, Settings s) {
        Optional<StackResult> r = result(c, w, stack);
        if (r.isEmpty()) {
            return null;
        }
        String cur = s.currency();
        double v = s.toDisplay(r.get().cp1ki());
        List<String> facts = new ArrayList<>();
        facts.add("Scenario: " + c.name());
        facts.add("CP1Ki " + ChartFormat.money(v, cur) + " per 1,000 inferences");
        result(cols.get(0), w, stack).ifPresentOrElse(b -> {
            if (c != cols.get(0)) {
                facts.add("Base " + ChartFormat.money(s.toDisplay(b.cp1ki()), cur) + "; "
                        + against(v, s.toDisplay(b.cp1ki()), cur));
            }
        }, () -> facts.add("The base has no result for this stack (it is off or not serving " + w + " there)."));
        facts.add("Monthly cost " + ChartFormat.money(s.toDisplay(r.get().monthlyCost()), cur) + " over "
                + ChartFormat.count(r.get().monthlyInferences()) + " inferences a month");
        if (!"USD".equals(cur)) {
            facts.add("The formulas below compute in USD; " + cur + " at the base's FX rate.");
        }
        return Selection.serving("CP1Ki of " + stack + " in " + c.name(), w, facts, r.get().explanations());
    }
}
