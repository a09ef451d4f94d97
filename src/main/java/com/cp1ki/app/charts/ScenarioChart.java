package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A chart of the base and every scenario side by side, drawn from {@link ChartOptions#scenarios()}
 * (each column's project and report, from {@link ScenarioEngine#columns}): one series per column,
 * in the base's display currency and rate, so the columns compare as the comparison table does.
 * A picked point finds itself again in the columns of each later drawing (see {@link #source}).
 */
abstract class ScenarioChart extends ChartAdapter {

    static final String NO_SCENARIOS = "No scenarios yet: Scenarios > Save changes as scenario… (Ctrl+Shift+N);"
            + " each scenario is then drawn beside the base.";

    /** The workload or plan the chart shows. */
    private final ComboBox<String> picker = new ComboBox<>();
    private boolean updating;

    /** {@code what} is "Workload" or "Plan"; {@code choose} puts the picked name into the options. */
    protected final HBox controls(String what, String id, BiFunction<ChartOptions, String, ChartOptions> choose) {
        picker.setId(id);
        picker.setTooltip(new Tooltip("The " + what.toLowerCase(java.util.Locale.ROOT) + " the chart shows in every scenario"));
        picker.valueProperty().addListener((o, was, now) -> {
            if (!updating && now != null) {
                reshow(choose.apply(options(), now));
            }
        });
        Label l = new Label(what + ":");
        l.setLabelFor(picker);
        l.setMinWidth(Region.USE_PREF_SIZE);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        HBox controls = new HBox(8, l, picker);
        controls.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        controls.setPadding(new Insets(4, 8, 4, 8));
        controls.getStyleClass().add("chart-controls");
        return controls;
    }

    /** Draws the columns, or says there are no scenarios yet (the base alone). */
    @Override
    protected final ChartTable draw(com.cp1ki.engine.model.Project project, com.cp1ki.engine.report.Report report,
                                    ChartOptions options) {
        List<ScenarioEngine.Column> cols = options.scenarios();
        clearMarks();
        if (cols.size() < 2) {
            pick(List.of(), null);
            return nothingToDraw(NO_SCENARIOS);
        }
        return draw(cols, settings(cols), options);
    }

    /** Draws the base and its scenarios ({@code cols}, at least two), money in {@code s} (the base's settings). */
    protected abstract ChartTable draw(List<ScenarioEngine.Column> cols, Settings s, ChartOptions options);

    /** Clears the marks over the plot before each drawing (for charts that have them). */
    protected void clearMarks() {
    }

    /** Fills the picker with {@code names} and picks {@code wanted} if it is one of them, else the first; returns it. */
    protected final String pick(List<String> names, String wanted) {
        String chosen = wanted != null && names.contains(wanted) ? wanted : names.isEmpty() ? null : names.get(0);
        updating = true;
        try {
            if (!picker.getItems().equals(names)) {
                picker.setItems(FXCollections.observableArrayList(names));
            }
            picker.setValue(chosen);
        } finally {
            updating = false;
        }
        return chosen;
    }

    /** The base's settings: every column's money is shown in its currency at its rate. */
    protected static Settings settings(List<ScenarioEngine.Column> columns) {
        return columns.get(0).project().settings();
    }

    /** The column of that name in the latest columns drawn, if it is still there. */
    protected final Optional<ScenarioEngine.Column> column(String name) {
        return options().scenarios().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /**
     * A source that finds a picked item again in the columns of the chart's latest drawing (the
     * project and report the panel passes are the shown one's; the columns are the comparison's),
     * or null when the column or the item is gone.
     */
    protected final Selection.Source source(String column, java.util.function.BiFunction<ScenarioEngine.Column,
            Settings, Selection> explain) {
        return (p, r) -> {
            List<ScenarioEngine.Column> cols = options().scenarios();
            return cols.isEmpty() ? null : column(column).map(c -> explain.apply(c, settings(cols))).orElse(null);
        };
    }

    /** "+₹8.30 (+8.9%) against the base", or "the same as the base". */
    protected static String against(double value, double base, String cur) {
        double d = value - base;
        if (d == 0) {
            return "the same as the base";
        }
        String pct = base != 0 ? String.format(java.util.Locale.ROOT, ", %+.1f%%", 100 * d / Math.abs(base)) : "";
        return (d > 0 ? "+" : "-") + ChartFormat.money(Math.abs(d), cur) + pct + " against the base";
    }
}
