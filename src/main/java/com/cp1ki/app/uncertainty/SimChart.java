package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartTable;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.function.Consumer;

/**
 * One chart of the Uncertainty window, drawn from a run's outcome and the picked output only (it
 * computes no statistic), with a sentence instead of an empty plot when there is nothing to draw,
 * and the table of what it drew for the CSV export. Export builds a fresh one off-screen.
 */
abstract class SimChart {

    /** The charts, in tab order. */
    enum Kind {
        TORNADO("tornadoChart", "Tornado", "tornado"),
        HISTOGRAM("histogramChart", "Histogram", "histogram"),
        CUMULATIVE("cumulativeChart", "Cumulative", "cumulative");

        final String id;
        final String title;
        final String stem;

        Kind(String id, String title, String stem) {
            this.id = id;
            this.title = title;
            this.stem = stem;
        }

        SimChart create() {
            return switch (this) {
                case TORNADO -> new TornadoChart();
                case HISTOGRAM -> new HistogramChart();
                case CUMULATIVE -> new CumulativeChart();
            };
        }
    }

    private final StackPane content = new StackPane();
    private final Label placeholder = new Label();
    private ChartTable table = ChartTable.EMPTY;
    private String title = "";
    Consumer<Explain.Pick> onPick = p -> { };
    /** What the chart says while there is no simulation to draw (simulating, cancelled, failed). */
    String waiting = "Simulating…";

    /** Call once from the subclass constructor. */
    final void init() {
        chart().setId(kind().id);
        chart().setAnimated(false);
        placeholder.setId(kind().id + "Placeholder");
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.setWrapText(true);
        content.getChildren().setAll(chart(), placeholder);
        content.getStyleClass().add("chart-content");
        // the chart carries its own rules, so an export drawn off-screen looks as the window does
        chart().getStylesheets().add(SimChart.class.getResource("uncertainty.css").toExternalForm());
    }

    abstract Kind kind();

    abstract XYChart<?, ?> chart();

    /** Draws the output {@code key} of {@code o}; returns what it drew, or null with {@link #nothing} called. */
    abstract ChartTable draw(UncertaintyRun.Outcome o, String key);

    final void show(UncertaintyRun.Outcome o, String key) {
        placeholder.setVisible(false);
        chart().setVisible(true);
        title = "";
        ChartTable t = o == null ? nothing(waiting) : draw(o, key);
        table = t == null ? ChartTable.EMPTY : t;
    }

    /** A sentence instead of the chart. */
    final ChartTable nothing(String why) {
        chart().getData().clear();
        chart().setVisible(false);
        placeholder.setText(why);
        placeholder.setVisible(true);
        return ChartTable.EMPTY;
    }

    /**
     * The picked output's simulated result, or null with a sentence shown instead (still simulating,
     * cancelled, or no draw gave it a number).
     */
    final com.cp1ki.engine.uncertainty.Simulation.Result simulated(UncertaintyRun.Outcome o, String key) {
        if (o.simulation() == null) {
            nothing(waiting);
            return null;
        }
        var r = o.simulation().output(key).orElse(null);
        if (r == null || r.stats().defined() == 0) {
            nothing(r == null ? "Pick an output." : "No draw gave " + r.output().label() + " a number.");
            return null;
        }
        return r;
    }

    /** A value axis for a simulated output: its name, unit and stamp as the label, ticks in its unit. */
    static void valueAxis(javafx.scene.chart.NumberAxis x, com.cp1ki.engine.uncertainty.Simulation.Result r,
                          UncertaintyRun.Outcome o, Amounts a) {
        x.setLabel(r.output().label() + " (" + a.unit(r.output().kind()) + "), " + o.simulation().stamp());
        x.setTickLabelFormatter(Ticks.of(a, r.output().kind()));
    }

    final void title(String t) {
        title = t;
    }

    /** What the chart shows in a client's words, for an export's title. */
    final String title() {
        return title;
    }

    final Region node() {
        return content;
    }

    final ChartTable table() {
        return table;
    }

    final boolean isEmpty() {
        return placeholder.isVisible();
    }

    final String placeholderText() {
        return placeholder.getText();
    }
}
