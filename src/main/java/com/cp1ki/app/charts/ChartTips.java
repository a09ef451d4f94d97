package com.cp1ki.app.charts;

import javafx.scene.Node;
import javafx.scene.control.Tooltip;

/**
 * One tooltip shared by every data node of a chart, its text set as the pointer enters a node.
 * A Tooltip is a popup window and costly to make; a chart redrawn on every keystroke must not make
 * one per bar and point.
 */
public final class ChartTips {

    private final Tooltip tip = new Tooltip();

    /** Shows {@code text} when the pointer rests on {@code node}. */
    public void attach(Node node, String text) {
        node.getProperties().put(ChartTips.class, text);
        node.setOnMouseEntered(e -> tip.setText(text));
        Tooltip.install(node, tip);
    }

    /** The text a node shows (for tests), or null. */
    public static String textOf(Node node) {
        Object t = node.getProperties().get(ChartTips.class);
        return t == null ? null : t.toString();
    }
}
