package com.cp1ki.app.charts;

import javafx.scene.chart.Axis;
import javafx.scene.chart.LineChart;

/** A line chart with {@link Annotations} over its plot. */
public final class MarkedLineChart extends LineChart<Number, Number> {

    private final Annotations<Number> marks = new Annotations<>();

    public MarkedLineChart(Axis<Number> x, Axis<Number> y) {
        super(x, y);
        setAnimated(false);
        setCreateSymbols(false);
        ChartMarks.attach(getPlotChildren(), marks);
    }

    public Annotations<Number> marks() {
        return marks;
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        ChartMarks.layout(this, getPlotChildren(), marks);
    }
}
