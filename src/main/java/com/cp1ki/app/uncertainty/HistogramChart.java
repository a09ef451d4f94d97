package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartTable;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;
import javafx.geometry.Side;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The draws of one output as a histogram (the engine's {@link Stats#BINS} equal bins from the lowest
 * to the highest draw, drawn as steps), with the point value, P10, P50 and P90 as vertical lines.
 */
final class HistogramChart extends SimChart {

    private final NumberAxis x = new NumberAxis();
    private final NumberAxis y = new NumberAxis();
    private final AreaChart<Number, Number> chart = new AreaChart<>(x, y);

    HistogramChart() {
        chart.setLegendSide(Side.BOTTOM);
        chart.setCreateSymbols(false);
        x.setForceZeroInRange(false);
        y.setLabel("draws in the bin");
        init();
    }

    @Override
    Kind kind() {
        return Kind.HISTOGRAM;
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
        title(r.output().label() + ": distribution, " + o.simulation().stamp());
        valueAxis(x, r, o, a);
        double lo = a.shown(k, st.min());
        double width = (a.shown(k, st.max()) - lo) / Stats.BINS;
        XYChart.Series<Number, Number> bins = new XYChart.Series<>();
        bins.setName("draws");
        ChartTable.Builder t = new ChartTable.Builder("bin from (" + a.unit(k) + ")", "bin to", "draws");
        int top = 0;
        List<Integer> h = st.histogram();
        for (int i = 0; i < h.size(); i++) {
            double from = lo + i * width;
            double to = i == h.size() - 1 ? a.shown(k, st.max()) : lo + (i + 1) * width;
            bins.getData().add(new XYChart.Data<>(from, h.get(i)));
            bins.getData().add(new XYChart.Data<>(to, h.get(i)));
            top = Math.max(top, h.get(i));
            t.row(from, to, h.get(i));
        }
        List<XYChart.Series<Number, Number>> all = new ArrayList<>(List.of(bins));
        all.add(mark("point value " + a.text(k, r.base()), a.shown(k, r.base()), top));
        all.add(mark("P10 " + a.text(k, st.p10()), a.shown(k, st.p10()), top));
        all.add(mark("P50 " + a.text(k, st.p50()), a.shown(k, st.p50()), top));
        all.add(mark("P90 " + a.text(k, st.p90()), a.shown(k, st.p90()), top));
        chart.getData().setAll(all);
        return t.build();
    }

    /** A vertical line at {@code v}, as a series of two points (an area of no width). */
    private static XYChart.Series<Number, Number> mark(String name, double v, int top) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(name);
        s.getData().add(new XYChart.Data<>(v, 0));
        s.getData().add(new XYChart.Data<>(v, top));
        return s;
    }
}
