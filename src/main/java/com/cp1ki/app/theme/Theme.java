package com.cp1ki.app.theme;

import javafx.scene.Scene;

import java.util.List;
import java.util.Objects;

/**
 * The workbench theme: colour tokens (tokens.css), rules that use only tokens (rules.css), and a
 * dark variant (dark.css) that overrides tokens only. Charts take their colours from the same
 * tokens (-cp-chart-1 .. -cp-chart-8, Okabe-Ito).
 */
public enum Theme {
    LIGHT(List.of("tokens.css", "rules.css", "/com/cp1ki/app/charts/charts.css")),
    DARK(List.of("tokens.css", "dark.css", "rules.css", "/com/cp1ki/app/charts/charts.css"));

    private final List<String> sheets;

    Theme(List<String> sheets) {
        this.sheets = sheets;
    }

    /** The stylesheet URLs, in the order they must be applied. */
    public List<String> stylesheets() {
        return sheets.stream()
                .map(s -> Objects.requireNonNull(Theme.class.getResource(s), s).toExternalForm())
                .toList();
    }

    /** Replaces the scene's stylesheets with this theme's. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }
}
