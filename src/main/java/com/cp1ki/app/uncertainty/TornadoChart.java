package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartTable;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Tornado;
import javafx.geometry.Side;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tornado of one output: a row per input, largest swing on top, each with a bar from the base to
 * the output at the input's low end and one to its high end. Bars are plotted as changes from the
 * base, so the vertical zero line marks the base; the axis ticks read the output itself.
 */
final class TornadoChart extends SimChart {

    /** Rows drawn; the CSV has them all. */
    static final int ROWS = 10;

    private final NumberAxis x = new NumberAxis();
    private final CategoryAxis y = new CategoryAxis();
    private final BarChart<Number, String> chart = new BarChart<>(x, y);

    TornadoChart() {
        chart.setLegendSide(Side.BOTTOM);
        chart.setVerticalZeroLineVisible(true);
        chart.setBarGap(0);
        chart.setCategoryGap(6);
        x.setForceZeroInRange(true);
        init();
    }

    @Override
    Kind kind() {
        return Kind.TORNADO;
    }

    @Override
    XYChart<?, ?> chart() {
        return chart;
    }

    @Override
    ChartTable draw(UncertaintyRun.Outcome o, String key) {
        Optional<Tornado.Chart> found = o.tornado().outputs().stream().filter(c -> c.output().key().equals(key)).findFirst();
        if (found.isEmpty()) {
            return nothing("The tornado follows CP1Ki of each stack, each plan's margin and the monthly bill: pick one of "
                    + "them to see which inputs move it.");
        }
        Tornado.Chart c = found.get();
        if (c.bars().isEmpty()) {
            return nothing("No input moves " + c.output().label() + ".");
        }
        Amounts a = new Amounts(o.project().settings());
        Output.Kind k = c.output().kind();
        double base = a.shown(k, c.base());
        title("What moves " + c.output().label() + " (base " + a.text(k, c.base()) + ")");
        x.setLabel(a.unit(k) + "; the line marks the base, " + a.text(k, c.base()));
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number d) {
                return a.tick(k, base + d.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        XYChart.Series<Number, String> low = new XYChart.Series<>();
        low.setName("input at its low end");
        XYChart.Series<Number, String> high = new XYChart.Series<>();
        high.setName("input at its high end");
        List<String> categories = new ArrayList<>();
        ChartTable.Builder t = new ChartTable.Builder("input", "field", "ranged", "input low", "input base", "input high",
                "output at low (" + a.unit(k) + ")", "output base", "output at high", "swing");
        List<Tornado.Bar> bars = c.bars();
        for (int i = Math.min(ROWS, bars.size()) - 1; i >= 0; i--) {
            Tornado.Bar b = bars.get(i);
            // one line a row (a wrapped label is hidden when rows are tight); the ends are in the tooltip
            String name = InputNames.readable(b.field());
            categories.add(name);
            low.getData().add(bar(name, a.shown(k, b.atLow()) - base, b, c, a, k, true));
            high.getData().add(bar(name, a.shown(k, b.atHigh()) - base, b, c, a, k, false));
        }
        for (Tornado.Bar b : bars) {
            t.row(InputNames.readable(b.field()), b.field(), b.ranged() ? "range" : "swing", b.lowInput(), b.base(),
                    b.highInput(), a.shown(k, b.atLow()), a.shown(k, c.base()), a.shown(k, b.atHigh()),
                    a.shown(k, b.swing()));
        }
        y.getCategories().setAll(categories);
        chart.getData().setAll(List.of(low, high));
        return t.build();
    }

    private XYChart.Data<Number, String> bar(String name, double delta, Tornado.Bar b, Tornado.Chart c, Amounts a,
                                             Output.Kind k, boolean atLow) {
        XYChart.Data<Number, String> d = new XYChart.Data<>(delta, name);
        String tip = InputNames.readable(b.field()) + " at " + Amounts.input(atLow ? b.lowInput() : b.highInput()) + ": "
                + a.text(k, atLow ? b.atLow() : b.atHigh()) + " (base " + a.text(k, c.base()) + "). Click to explain.";
        Explain.Pick pick = new Explain.Pick(c.output().key(), b.field());
        d.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(tip));
                node.setOnMouseClicked(e -> onPick.accept(pick));
            }
        });
        return d;
    }
}
