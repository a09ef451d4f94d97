package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CheapestStacks.Band;
import com.cp1ki.engine.report.CostCurve;
import javafx.scene.chart.XYChart;

import java.util.ArrayList;
import java.util.List;

/**
 * The crossover chart's answer view: the engine's cheapest stack by volume ({@link CheapestStacks})
 * as coloured bands named with the stack, their boundaries labelled with the volume, and the
 * cheapest monthly cost drawn as one line over them, from the cheapest stack's own curve points
 * ({@link CostCurve#points}) inside each band and its value at the band's ends. Nothing is sampled
 * or compared here: the bands come from the engine.
 */
final class CheapestView {

    private CheapestView() {
    }

    /** What one drawing of the view produced: its series, and the lowest and highest cost drawn. */
    record Drawn(List<XYChart.Series<Number, Number>> series, double min, double max) {
    }

    static Drawn draw(MarkedLineChart chart, CheapestStacks env, List<CostCurve> curves, String w, Settings s,
                      ChartTable.Builder table, boolean ops) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        XYChart.Series<Number, Number> line = null;
        double[] range = {Double.POSITIVE_INFINITY, 0};
        String cur = s.currency();
        List<Band> bands = env.bands();
        for (int k = 0; k < bands.size(); k++) {
            Band b = bands.get(k);
            int index = index(curves, b.stack());
            String where = ChartFormat.count(b.fromVolume()) + " to " + ChartFormat.count(b.toVolume()) + " inferences/day";
            if (b.stack() == null || index < 0) {
                chart.marks().column(b.fromVolume(), b.toVolume(), "changes at almost every fleet step",
                        "From " + where + " the cheapest stack changes more often than the report lists",
                        "cheapest-band unlisted");
                line = null;
            } else {
                chart.marks().column(b.fromVolume(), b.toVolume(), b.stack(), b.stack() + " is the cheapest from " + where
                        + (ops ? " (ops overhead included)" : " (without ops overhead)"), "cheapest-band series-" + (index % 8));
                if (line == null) {
                    line = new XYChart.Series<>();
                    line.setName("Cheapest monthly cost");
                    series.add(line);
                }
                addBand(line, curves.get(index), b, s, range, table, w, ops);
            }
            if (k > 0) {
                chart.marks().edge(b.fromVolume(), volume(b.fromVolume()), "band-edge");
                Band before = bands.get(k - 1);
                if (index >= 0 && before.stack() != null) {
                    // where the cheapest stack changes, as the data export lists it
                    table.row(w, before.stack() + " / " + b.stack(), "band boundary", b.fromVolume(),
                            s.toDisplay(curves.get(index).costAt(b.fromVolume())), ops);
                }
            }
        }
        return new Drawn(series, range[0], range[1]);
    }

    /** The band's stack's curve from the band's start to its end, in the display currency. */
    private static void addBand(XYChart.Series<Number, Number> line, CostCurve c, Band b, Settings s, double[] range,
                                ChartTable.Builder table, String w, boolean ops) {
        List<double[]> pts = new ArrayList<>();
        pts.add(new double[]{b.fromVolume(), c.costAt(b.fromVolume())});
        for (double[] p : c.points(CrossoverChart.PER_DECADE)) {
            if (p[0] > b.fromVolume() && p[0] < b.toVolume()) {
                pts.add(p);
            }
        }
        pts.add(new double[]{b.toVolume(), c.costAt(b.toVolume())});
        for (double[] p : pts) {
            double cost = s.toDisplay(p[1]);
            if (p[0] > 0 && cost > 0) {
                line.getData().add(new XYChart.Data<>(p[0], cost));
                range[0] = Math.min(range[0], cost);
                range[1] = Math.max(range[1], cost);
                table.row(w, b.stack(), "cheapest", p[0], cost, ops);
            }
        }
    }

    private static int index(List<CostCurve> curves, String stack) {
        for (int i = 0; i < curves.size(); i++) {
            if (curves.get(i).stack().equals(stack)) {
                return i;
            }
        }
        return -1;
    }

    /** "5,222/day" below a million, "12.3M/day" above. */
    static String volume(double v) {
        return (v < 1e6 ? ChartFormat.count(v) : ChartFormat.compact(v)) + "/day";
    }
}
