package com.cp1ki.app.charts;

import javafx.scene.chart.Axis;
import javafx.scene.chart.ScatterChart;

/** A scatter chart over categories with {@link Annotations} (bands behind the points). */
public final class MarkedScatterChart extends ScatterChart<String, Number> {

    private final Annotations<String> marks = new Annotations<>();

    public MarkedScatterChart(Axis<String> x, Axis<Number> y) {
        super(x, y);
        setAnimated(false);
        ChartMarks.attach(getPlotChildren(), marks);
    }

    public Annotations<String> marks() {
        return marks;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        ChartMarks.layout(this, getPlotChildren(), marks);
    }
}
