package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartTable;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

import java.util.List;

/**
 * The cumulative curve of one output: the share of draws at or below each value (the engine's 0th
 * to 100th percentiles), with P5, P10, P50, P90 and P95 as points; clicking one explains them.
 */
final class CumulativeChart extends SimChart {

    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis(0, 100, 10);
    private final LineChart<Number, Number> chart = new LineChart<>(x, y);

    CumulativeChart() {
        chart.setLegendSide(Side.BOTTOM);
        x.setForceZeroInRange(false);
        y.setLabel("% of draws at or below");
        init();
    }

    @Override
    Kind kind() {
        return Kind.CUMULATIVE;
    }

    @Override
    XYChart<?, ?> chart() {
        return chart;
    }

    @Override
    ChartTable draw(UncertaintyRun.Outcome o, String key) {
        Simulation.Result r = simulated(o, key);
        if (r == null) {
            return ChartTable.EMPTY;
        }
        Amounts a = new Amounts(o.project().settings());
        Output.Kind k = r.output().kind();
        Stats st = r.stats();
        title(r.output().label() + ": cumulative distribution, " + o.simulation().stamp());
        valueAxis(x, r, o, a);
        XYChart.Series<Number, Number> curve = new XYChart.Series<>();
        curve.setName("share of draws at or below");
        ChartTable.Builder t = new ChartTable.Builder("percentile (%)", r.output().label() + " (" + a.unit(k) + ")");
        for (int p = 0; p < st.cdf().size(); p++) {
            curve.getData().add(new XYChart.Data<>(a.shown(k, st.cdf().get(p)), p));
            t.row(p, a.shown(k, st.cdf().get(p)));
        }
        XYChart.Series<Number, Number> marks = new XYChart.Series<>();
        marks.setName("P5, P10, P50, P90, P95");
        double[] ps = {st.p5(), st.p10(), st.p50(), st.p90(), st.p95()};
        int[] at = {5, 10, 50, 90, 95};
        Explain.Pick pick = new Explain.Pick(key, null);
        for (int i = 0; i < ps.length; i++) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(a.shown(k, ps[i]), at[i]);
            String tip = "P" + at[i] + " " + a.text(k, ps[i]) + " (" + o.simulation().stamp() + "). Click to explain.";
            d.nodeProperty().addListener((ob, was, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                    node.setOnMouseClicked(e -> onPick.accept(pick));
                }
            });
            marks.getData().add(d);
        }
        chart.getData().setAll(List.of(curve, marks));
        curve.getData().forEach(d -> d.getNode().setVisible(false)); // points only at the percentiles
        marks.getNode().setVisible(false); // the percentiles are points on the curve, not a line of their own
        return t.build();
    }
}
