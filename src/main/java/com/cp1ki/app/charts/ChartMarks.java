package com.cp1ki.app.charts;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;

/**
 * Annotation layers over a chart's plot: every {@code Marked*Chart} subclass (JavaFX needs one per
 * chart type to reach the protected plot children) attaches and lays out its layers through here.
 */
final class ChartMarks {

    private ChartMarks() {
    }

    /** Puts the back layer behind every series and the front layer over them. */
    static void attach(ObservableList<Node> plotChildren, Annotations<?> marks) {
        plotChildren.add(0, marks.back());
        plotChildren.add(marks.front());
    }

    /** After the chart laid out its series: restores the layer order and places the marks. */
    static <X> void layout(XYChart<X, Number> chart, ObservableList<Node> plotChildren, Annotations<X> marks) {
        keepInFront(plotChildren, marks);
        marks.layout(chart.getXAxis(), chart.getYAxis(), chart.getXAxis().getWidth(), chart.getYAxis().getHeight());
    }

    static void keepInFront(ObservableList<Node> plotChildren, Annotations<?> marks) {
        if (plotChildren.indexOf(marks.back()) != 0) {
            plotChildren.remove(marks.back());
            plotChildren.add(0, marks.back());
        }
        if (plotChildren.indexOf(marks.front()) != plotChildren.size() - 1) {
            plotChildren.remove(marks.front());
            plotChildren.add(marks.front());
        }
    }
}
