package com.cp1ki.app.drift;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.drift.Decomposition;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.FeatureDrift;
import com.cp1ki.engine.drift.State;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.IntConsumer;

/**
 * The Drift view's charts, drawn from the report (nothing computed here): CP1Ki of a feature by
 * day with the baseline band, the limit and the flagged days; and the picked day's split into
 * drivers as a waterfall from the baseline's CP1Ki to the day's.
 */
final class DriftCharts {
    final BandChart series;
    final StackedBarChart<String, Number> waterfall;
    private final NumberAxis dayAxis = new NumberAxis();
    private List<DriftPoint> shown = List.of();

    DriftCharts() {
        NumberAxis y = new NumberAxis();
        AxisLabels.fit(y, "CP1Ki (USD per 1,000 inferences)", "CP1Ki (USD / 1k inferences)", "USD / 1k inferences",
                "USD / 1k");
        y.setForceZeroInRange(false);
        dayAxis.setLabel("day");
        dayAxis.setForceZeroInRange(false);
        dayAxis.setAutoRanging(false);
        dayAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                int k = n.intValue();
                return k >= 0 && k < shown.size() ? shown.get(k).label() : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        series = new BandChart(dayAxis, y);
        series.setId("driftSeriesChart");
        series.setAnimated(false);
        series.setCreateSymbols(true);
        series.setTitle("CP1Ki by day");
        CategoryAxis steps = new CategoryAxis();
        NumberAxis amount = new NumberAxis();
        AxisLabels.fit(amount, "USD per 1,000 inferences", "USD / 1k inferences", "USD / 1k");
        waterfall = new StackedBarChart<>(steps, amount);
        waterfall.setId("driftWaterfallChart");
        waterfall.setAnimated(false);
        waterfall.setLegendVisible(false);
        waterfall.setTitle("Why it moved");
    }

    void showSeries(FeatureDrift f, IntConsumer pick) {
        shown = f == null ? List.of() : f.points();
        XYChart.Series<Number, Number> cp = new XYChart.Series<>();
        cp.setName("CP1Ki");
        XYChart.Series<Number, Number> low = new XYChart.Series<>();
        low.setName("baseline");
        XYChart.Series<Number, Number> high = new XYChart.Series<>();
        high.setName("limit");
        XYChart.Series<Number, Number> alert = new XYChart.Series<>();
        alert.setName("alert");
        XYChart.Series<Number, Number> above = new XYChart.Series<>();
        above.setName("still drifting");
        for (int k = 0; k < shown.size(); k++) {
            DriftPoint p = shown.get(k);
            if (p.cp1ki() != null) {
                cp.getData().add(new XYChart.Data<>(k, p.cp1ki()));
            }
            if (p.bandLow() != null) {
                low.getData().add(new XYChart.Data<>(k, p.bandLow()));
                high.getData().add(new XYChart.Data<>(k, p.bandHigh()));
            }
            if (p.state() == State.ALERT) {
                alert.getData().add(new XYChart.Data<>(k, p.windowCp1ki()));
            } else if (p.state() == State.ABOVE) {
                above.getData().add(new XYChart.Data<>(k, p.windowCp1ki()));
            }
        }
        dayAxis.setLowerBound(-0.5);
        dayAxis.setUpperBound(Math.max(1, shown.size() - 0.5));
        dayAxis.setTickUnit(Math.max(1, Math.round(shown.size() / 10.0)));
        series.getData().setAll(List.of(cp, low, high, alert, above));
        for (XYChart.Series<Number, Number> s : series.getData()) {
            for (XYChart.Data<Number, Number> d : s.getData()) {
                int k = d.getXValue().intValue();
                DriftPoint p = shown.get(k);
                if (d.getNode() != null) {
                    Tooltip.install(d.getNode(), new Tooltip(p.label() + ": " + (p.cp1ki() == null ? "no inferences"
                            : Fmt.usd(p.cp1ki())) + "\n" + p.reason()));
                    d.getNode().setOnMouseClicked(e -> pick.accept(k));
                }
            }
        }
    }

    void showWaterfall(DriftPoint p) {
        XYChart.Series<String, Number> base = new XYChart.Series<>();
        XYChart.Series<String, Number> up = new XYChart.Series<>();
        XYChart.Series<String, Number> down = new XYChart.Series<>();
        XYChart.Series<String, Number> total = new XYChart.Series<>();
        base.setName("base");
        up.setName("increase");
        down.setName("decrease");
        total.setName("CP1Ki");
        Decomposition d = p == null ? null : p.decomposition();
        if (d != null) {
            add(base, up, down, total, "baseline", 0, 0, 0, d.baseline());
            ((CategoryAxis) waterfall.getXAxis()).setTickLabelRotation(0);
            double run = d.baseline();
            for (Decomposition.Part part : d.parts()) {
                double next = run + part.amount();
                add(base, up, down, total, SHORT.get(part.driver()), Math.min(run, next),
                        Math.max(0, part.amount()), Math.max(0, -part.amount()), 0);
                run = next;
            }
            add(base, up, down, total, p.label(), 0, 0, 0, d.actual());
            waterfall.setTitle("Why it moved on " + p.label() + ": " + Fmt.usd(d.baseline()) + " → " + Fmt.usd(d.actual()));
        } else {
            waterfall.setTitle(p == null ? "Why it moved" : "Why it moved: " + p.label() + " was not judged");
        }
        waterfall.getData().setAll(List.of(base, total, up, down));
        for (XYChart.Data<String, Number> x : base.getData()) {
            if (x.getNode() != null) {
                x.getNode().setVisible(false);
            }
        }
    }

    /** Short step names, so the category axis keeps its labels level. */
    private static final java.util.Map<com.cp1ki.engine.drift.Driver, String> SHORT = java.util.Map.of(
            com.cp1ki.engine.drift.Driver.INPUT_TOKENS, "input tokens", com.cp1ki.engine.drift.Driver.OUTPUT_TOKENS,
            "output tokens", com.cp1ki.engine.drift.Driver.CACHE_HIT_SHARE, "cache hits",
            com.cp1ki.engine.drift.Driver.MODEL_MIX, "model mix", com.cp1ki.engine.drift.Driver.PRICE, "price",
            com.cp1ki.engine.drift.Driver.RETRIES, "retries");

    private static void add(XYChart.Series<String, Number> base, XYChart.Series<String, Number> up,
                            XYChart.Series<String, Number> down, XYChart.Series<String, Number> total, String step,
                            double b, double u, double dn, double t) {
        base.getData().add(new XYChart.Data<>(step, b));
        up.getData().add(new XYChart.Data<>(step, u));
        down.getData().add(new XYChart.Data<>(step, dn));
        total.getData().add(new XYChart.Data<>(step, t));
    }
}
