package com.cp1ki.app.charts;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.List;

/**
 * What makes a laid-out chart unreadable, found from its nodes: tick labels of one axis that
 * overlap, an axis title cut short with an ellipsis or lying over tick labels, a plot area
 * squeezed below a minimum size, text outside the chart. Call on the FX thread.
 */
public final class ChartLayout {

    private ChartLayout() {
    }

    /** Every problem of {@code chart}, described for a failure message; empty when it reads well. */
    public static List<String> problems(XYChart<?, ?> chart, double minPlotWidth, double minPlotHeight) {
        List<String> out = new ArrayList<>();
        String name = chart.getId();
        if (!chart.isVisible() || chart.getScene() == null) {
            return out;
        }
        Node plot = chart.lookup(".chart-plot-background");
        Bounds p = plot.localToScene(plot.getLayoutBounds());
        if (p.getHeight() < minPlotHeight || p.getWidth() < minPlotWidth) {
            out.add(name + ": plot area " + Math.round(p.getWidth()) + " x " + Math.round(p.getHeight())
                    + " px, below " + Math.round(minPlotWidth) + " x " + Math.round(minPlotHeight));
        }
        Bounds whole = chart.localToScene(chart.getLayoutBounds());
        for (Axis<?> axis : List.of(chart.getXAxis(), chart.getYAxis())) {
            String side = name + " " + (axis == chart.getXAxis() ? "x" : "y") + " axis";
            List<Text> ticks = ticks(axis);
            for (int i = 0; i < ticks.size(); i++) {
                Bounds a = bounds(ticks.get(i));
                if (!inside(a, whole)) {
                    out.add(side + ": tick '" + ticks.get(i).getText() + "' lies outside the chart");
                }
                for (int j = i + 1; j < ticks.size(); j++) {
                    if (overlap(a, bounds(ticks.get(j)))) {
                        out.add(side + ": ticks '" + ticks.get(i).getText() + "' and '" + ticks.get(j).getText() + "' overlap");
                    }
                }
            }
            Label title = (Label) axis.lookup(".axis-label");
            if (title != null && title.isVisible() && title.getText() != null && !title.getText().isEmpty()) {
                String shown = title.lookupAll(".text").stream().filter(t -> t instanceof Text && t.getParent() == title)
                        .map(t -> ((Text) t).getText()).findFirst().orElse("");
                if (!shown.equals(title.getText())) {
                    out.add(side + ": title '" + title.getText() + "' is cut to '" + shown + "'");
                }
                Bounds tb = title.localToScene(title.getLayoutBounds());
                for (Text t : ticks) {
                    if (overlap(tb, bounds(t))) {
                        out.add(side + ": title '" + title.getText() + "' lies over tick '" + t.getText() + "'");
                    }
                }
            }
        }
        return out;
    }

    /** "full text -> shown text" of every visible label, button or picker under {@code root} cut short with an ellipsis. */
    public static List<String> cut(Node root) {
        List<String> out = new ArrayList<>();
        for (Node n : root.lookupAll(".labeled, .label, .button, .toggle-button, .menu-button, .list-cell")) {
            if (n instanceof javafx.scene.control.Labeled l && shown(l) && l.getText() != null && !l.getText().isEmpty()) {
                for (Node t : l.lookupAll(".text")) {
                    if (t instanceof Text text && t.getParent() == l && !text.getText().equals(l.getText())
                            && !l.isWrapText()) {
                        out.add(l.getText() + " -> " + text.getText());
                    }
                }
            }
        }
        return out;
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    /** The visible tick labels of an axis. */
    public static List<Text> ticks(Axis<?> axis) {
        List<Text> out = new ArrayList<>();
        for (Node n : axis.getChildrenUnmodifiable()) {
            if (n instanceof Text t && t.isVisible() && t.getText() != null && !t.getText().isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getBoundsInLocal());
    }

    private static boolean overlap(Bounds a, Bounds b) {
        double slack = 1;
        return a.getMinX() + slack < b.getMaxX() && b.getMinX() + slack < a.getMaxX()
                && a.getMinY() + slack < b.getMaxY() && b.getMinY() + slack < a.getMaxY();
    }

    private static boolean inside(Bounds a, Bounds outer) {
        return a.getMinX() >= outer.getMinX() - 1 && a.getMaxX() <= outer.getMaxX() + 1
                && a.getMinY() >= outer.getMinY() - 1 && a.getMaxY() <= outer.getMaxY() + 1;
    }
}
