package com.cp1ki.app.main;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The height of the results pane under the charts, kept per results tab as an IDE keeps each tool
 * window's size: where the user drags the divider while a tab is shown is that tab's, and comes back
 * with it. A tab that holds a wide table to read (Compare scenarios) starts with room for its bar, its
 * header and five or six rows, so the comparison reads at 1280 x 720, where the window's default
 * (charts 72%) left it one row, while the charts above keep the height a chart needs to read (the
 * headline, the tabs and a plot); at 1080 high the default already gives it that room, so nothing moves.
 */
final class ResultsRoom {

    /** Pixels a roomy tab starts with: its tab, its bar, header, five to six rows and a scroll bar. */
    static final double ROOMY_PX = 270;
    /** Pixels the charts keep, whatever a roomy tab asks: a long headline, the tabs and a readable plot. */
    static final double CHARTS_MIN_PX = 400;

    private final SplitPane split;
    private final Predicate<Tab> roomy;
    private final double standard;
    private final Map<Tab, Double> positions = new HashMap<>();

    ResultsRoom(SplitPane split, TabPane tabs, Predicate<Tab> roomy) {
        this.split = split;
        this.roomy = roomy;
        this.standard = split.getDividerPositions()[0];
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                positions.put(was, split.getDividerPositions()[0]);
            }
            if (now != null) {
                split.setDividerPositions(positions.getOrDefault(now, start(now)));
            }
        });
    }

    private double start(Tab t) {
        return roomy.test(t) ? roomyPosition(split.getHeight(), standard) : standard;
    }

    /**
     * Where the divider of a column {@code height} px high starts for a roomy tab: the results get
     * {@link #ROOMY_PX} unless the default gives more, and the charts keep {@link #CHARTS_MIN_PX}.
     */
    static double roomyPosition(double height, double standard) {
        if (!(height > 0)) {
            return standard;
        }
        return Math.min(standard, Math.max(CHARTS_MIN_PX / height, 1 - ROOMY_PX / height));
    }
}
