package com.cp1ki.app.charts;

import javafx.scene.Parent;

import java.net.URL;
import java.util.Objects;

/**
 * The stylesheets charts use. In the workbench the scene already carries the theme (tokens, rules,
 * maybe dark), so a chart pane adds only the chart rules; a chart drawn on its own (export, CLI,
 * tests) adds the light tokens too.
 */
public final class ChartStyles {

    public static final String TOKENS = "/com/cp1ki/app/theme/tokens.css";
    public static final String CHARTS = "/com/cp1ki/app/charts/charts.css";

    private ChartStyles() {
    }

    public static String url(String resource) {
        URL u = Objects.requireNonNull(ChartStyles.class.getResource(resource), "missing stylesheet " + resource);
        return u.toExternalForm();
    }

    /** Adds the chart rules (tokens come from the scene's theme). */
    public static void addChartRules(Parent p) {
        add(p, CHARTS);
    }

    /** Adds the light tokens and the chart rules, for a chart shown outside the workbench's scene. */
    public static void addStandalone(Parent p) {
        add(p, TOKENS);
        add(p, CHARTS);
    }

    private static void add(Parent p, String resource) {
        String u = url(resource);
        if (!p.getStylesheets().contains(u)) {
            p.getStylesheets().add(u);
        }
    }
}
