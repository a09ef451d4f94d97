package com.cp1ki.app.drift;

import javafx.collections.ObservableList;
import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Polygon;

/**
 * A line chart that shades the baseline band: the region between its series {@link #LOW} and
 * {@link #HIGH}, drawn under the lines from the axes on every layout pass (no numbers of its own).
 */
final class BandChart extends LineChart<Number, Number> {
    static final int LOW = 1;
    static final int HIGH = 2;
    private final Polygon band = new Polygon();

    BandChart(Axis<Number> x, Axis<Number> y) {
        super(x, y);
        band.getStyleClass().add("drift-band");
        band.setMouseTransparent(true);
        getPlotChildren().add(0, band);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        band.getPoints().clear();
        ObservableList<Series<Number, Number>> s = getData();
        if (s.size() <= HIGH) {
            return;
        }
        for (XYChart.Data<Number, Number> d : s.get(HIGH).getData()) {
            band.getPoints().addAll(getXAxis().getDisplayPosition(d.getXValue()), getYAxis().getDisplayPosition(d.getYValue()));
        }
        var low = s.get(LOW).getData();
        for (int k = low.size() - 1; k >= 0; k--) {
            band.getPoints().addAll(getXAxis().getDisplayPosition(low.get(k).getXValue()),
                    getYAxis().getDisplayPosition(low.get(k).getYValue()));
        }
        band.toBack();
    }
}
