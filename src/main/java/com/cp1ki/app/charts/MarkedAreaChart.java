package com.cp1ki.app.charts;

import javafx.scene.chart.AreaChart;
import javafx.scene.chart.Axis;

/** An area chart with {@link Annotations} over its plot. */
public final class MarkedAreaChart extends AreaChart<Number, Number> {

    private final Annotations<Number> marks = new Annotations<>();

    public MarkedAreaChart(Axis<Number> x, Axis<Number> y) {
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
