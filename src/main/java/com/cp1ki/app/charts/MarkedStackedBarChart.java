package com.cp1ki.app.charts;

import javafx.scene.chart.Axis;
import javafx.scene.chart.StackedBarChart;

/** A stacked bar chart with {@link Annotations} (total labels over the bars). */
public final class MarkedStackedBarChart extends StackedBarChart<String, Number> {

    private final Annotations<String> marks = new Annotations<>();

    public MarkedStackedBarChart(Axis<String> x, Axis<Number> y) {
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
