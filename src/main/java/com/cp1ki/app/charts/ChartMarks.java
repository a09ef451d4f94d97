package com.cp1ki.app.charts;

import javafx.collections.ObservableList;
import javafx.scene.Node;

/** Keeps annotation layers in order among a chart's plot children as series come and go. */
final class ChartMarks {

    private ChartMarks() {
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
