package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The margin chart per scenario: one plan's margin per user against monthly usage (each column's
 * {@link PlanResult#curve()}), one curve per column, with each column's break-even and median user
 * marked; a clicked mark is explained with that scenario's plan numbers and formulas.
 */
public final class ScenarioMarginChart extends ScenarioChart {

    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final MarkedLineChart chart = new MarkedLineChart(x, y);

    public ScenarioMarginChart() {
        chart.setLegendSide(javafx.geometry.Side.BOTTOM);
        init(chart, controls("Plan", "scenarioMarginPlan", ChartOptions::withPlan));
    }

    @Override
    public ChartKind kind() {
        return ChartKind.SCENARIO_MARGIN;
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
        Set<String> plans = new LinkedHashSet<>();
        cols.forEach(c -> c.report().plans().forEach(p -> plans.add(p.plan())));
        String plan = pick(List.copyOf(plans), options.plan());
        if (plan == null) {
            return nothingToDraw("No plans yet. Add a plan to compare its margins across scenarios.");
        }
        subject("plan " + plan);
        String cur = s.currency();
        x.setLabel("Monthly usage (inferences per user)");
        y.setLabel("Margin per user (" + cur + "/month)");
        ChartTable.Builder table = new ChartTable.Builder("Plan", "Scenario", "Point", "Usage (inferences/user/month)",
                "Margin per user (" + cur + "/month)");
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        double maxUsage = 0;
        double minM = 0;
        double maxM = 0;
        chart.marks().hline(0, null, "zero-line");
        for (int i = 0; i < cols.size(); i++) {
            ScenarioEngine.Column c = cols.get(i);
            XYChart.Series<Number, Number> ser = new XYChart.Series<>();
            ser.setName(c.name());
            Optional<PlanResult> p = plan(c, plan);
            if (p.isPresent()) {
                for (PlanResult.UsagePoint u : p.get().curve()) {
                    double m = s.toDisplay(u.margin());
                    ser.getData().add(new XYChart.Data<>(u.usage(), m));
                    maxUsage = Math.max(maxUsage, u.usage());
                    minM = Math.min(minM, m);
                    maxM = Math.max(maxM, m);
                    table.row(plan, c.name(), "curve", u.usage(), m);
                }
                mark(c, i, p.get(), s, table);
            }
            series.add(ser);
        }
        chart.getData().setAll(series);
        NiceRange.of(0, maxUsage, 0, 8).applyTo(x);
        NiceRange.of(minM, maxM, 0.1, 6).applyTo(y);
        x.setTickLabelFormatter(ChartFormat.axisLabels(ChartFormat::compact));
        y.setTickLabelFormatter(ChartFormat.axisLabels(v -> ChartFormat.moneyCompact(v, cur)));
        return table.build();
    }

    private static Optional<PlanResult> plan(ScenarioEngine.Column c, String plan) {
        return c.report().plans().stream().filter(p -> p.plan().equals(plan)).findFirst();
    }

    private void mark(ScenarioEngine.Column c, int i, PlanResult p, Settings s, ChartTable.Builder table) {
        String column = c.name();
        String plan = p.plan();
        Runnable why = () -> select(source(column, (col, set) -> explain(col, options().scenarios(), plan, set)));
        String cur = s.currency();
        if (p.breakEvenUsage() != null) {
            double b = p.breakEvenUsage();
            chart.marks().point(b, 0, null, column + ": break-even at " + ChartFormat.count(b) + " inferences a user a month",
                    "break-even series-" + (i % 8), why);
            table.row(plan, column, "break-even", b, 0.0);
        }
        double med = s.toDisplay(p.marginAtMedian());
        chart.marks().point(p.medianUsage(), med, null, column + ": the median user ("
                + ChartFormat.count(p.medianUsage()) + " inferences) leaves " + ChartFormat.money(med, cur) + "/month",
                "median series-" + (i % 8), why);
        table.row(plan, column, "median user", p.medianUsage(), med);
    }

    /** What a clicked mark says: the scenario's price, margins, unprofitable share against the base's, and the formulas. */
    static Selection explain(ScenarioEngine.Column c, List<ScenarioEngine.Column> cols, String plan, Settings s) {
        Optional<PlanResult> p = plan(c, plan);
        if (p.isEmpty()) {
            return null;
        }
        String cur = s.currency();
        PlanResult r = p.get();
        List<String> facts = new ArrayList<>();
        facts.add("Scenario: " + c.name());
        facts.add("Price " + ChartFormat.money(s.toDisplay(r.priceUsd()), cur) + " per user per month on " + r.stack()
                + "; cost per inference " + ChartFormat.money(s.toDisplay(r.costPerInference()), cur));
        facts.add("Mean margin per user " + ChartFormat.money(s.toDisplay(r.meanMarginPerUser()), cur) + "; gross margin "
                + (Double.isNaN(r.grossMarginPct()) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", r.grossMarginPct())));
        facts.add(ChartFormat.percent(r.unprofitableShare()) + " of users have a negative margin");
        if (!cols.isEmpty() && c != cols.get(0)) {
            plan(cols.get(0), plan).ifPresent(b -> {
                facts.add("Base: gross margin " + (Double.isNaN(b.grossMarginPct()) ? "n/a"
                        : String.format(Locale.ROOT, "%.1f%%", b.grossMarginPct())) + ", "
                        + ChartFormat.percent(b.unprofitableShare()) + " unprofitable, mean margin per user "
                        + ChartFormat.money(s.toDisplay(b.meanMarginPerUser()), cur));
                facts.add("Mean margin per user " + against(s.toDisplay(r.meanMarginPerUser()),
                        s.toDisplay(b.meanMarginPerUser()), cur));
            });
        }
        return new Selection("Margins of plan " + plan + " in " + c.name(), facts, r.explanations());
    }
}
