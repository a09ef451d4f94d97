package com.cp1ki.app.drift;

import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * An axis label that is never cut: the longest of its wordings that fits the axis's length, chosen
 * again whenever the axis is resized (a 1280x720 window has room for "USD / 1k inferences", a
 * 1920x1080 one for the whole "CP1Ki (USD per 1,000 inferences)").
 */
final class AxisLabels {
    private AxisLabels() {
    }

    /** Keeps {@code axis}'s label to the first of {@code wordings} (longest first) that fits; the last one always. */
    static void fit(Axis<?> axis, String... wordings) {
        axis.setLabel(wordings[0]);
        InvalidationListener refit = o -> {
            double room = (axis.getSide() != null && axis.getSide().isVertical() ? axis.getHeight() : axis.getWidth()) - 8;
            if (room <= 8) {
                return;
            }
            Node n = axis.lookup(".axis-label");
            Font font = n instanceof Label l ? l.getFont() : Font.getDefault();
            String pick = wordings[wordings.length - 1];
            for (String w : wordings) {
                Text t = new Text(w);
                t.setFont(font);
                if (t.getLayoutBounds().getWidth() <= room) {
                    pick = w;
                    break;
                }
            }
            if (!pick.equals(axis.getLabel())) {
                axis.setLabel(pick);
            }
        };
        axis.heightProperty().addListener(refit);
        axis.widthProperty().addListener(refit);
    }
}
