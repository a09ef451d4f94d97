package com.cp1ki.app.charts;

import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/** What a laid-out category axis shows: the categories whose tick label it hid (JavaFX hides one that would overlap its neighbour). */
public final class TickLabels {

    private TickLabels() {
    }

    /** The categories of {@code axis} without a visible tick label (all of them if the axis has none laid out). Call on the FX thread. */
    public static List<String> hidden(Axis<?> axis) {
        List<String> shown = new ArrayList<>();
        for (Node n : axis.getChildrenUnmodifiable()) {
            if (n instanceof Text t && t.isVisible()) {
                shown.add(t.getText());
            }
        }
        List<String> hidden = new ArrayList<>(((CategoryAxis) axis).getCategories());
        hidden.removeAll(shown);
        if (((CategoryAxis) axis).getCategories().isEmpty()) {
            hidden.add("(no categories)");
        }
        return hidden;
    }
}
