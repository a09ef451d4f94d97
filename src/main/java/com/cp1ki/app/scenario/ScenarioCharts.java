package com.cp1ki.app.scenario;

import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartStyles;
import com.cp1ki.app.charts.ChartsPane;
import com.cp1ki.app.charts.ExplanationPanel;
import com.cp1ki.app.charts.ExportMenu;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The scenario charts (Scenarios > Charts by scenario…, or the Compare tab's buttons), in a window
 * of their own: CP1Ki by stack grouped by scenario, the cheapest stack's cost curve per scenario,
 * a plan's margin curve per scenario. Each has its Export… menu like every chart, a clicked point
 * is explained in the panel beside them, and everything follows the comparison of each revision
 * ({@link CompareViewModel#comparedProperty()}): nothing here computes.
 */
public final class ScenarioCharts {

    private final Map<ChartKind, ChartAdapter> adapters = new EnumMap<>(ChartKind.class);
    private final Set<ChartKind> stale = EnumSet.noneOf(ChartKind.class);
    private final TabPane tabs = new TabPane();
    private final ExplanationPanel explanation = new ExplanationPanel();
    private final ExportMenu.Target target = new ExportMenu.Target();
    private final BorderPane root = new BorderPane();
    private CompareViewModel.Compared compared;
    private Stage window;

    public ScenarioCharts(CompareViewModel vm) {
        tabs.setId("scenarioChartTabs");
        for (ChartKind k : ChartKind.scenarioCharts()) {
            ChartAdapter a = k.newAdapter();
            a.setOnSelect(explanation::show);
            a.addTrailing(ExportMenu.bar(k, this::current, target));
            adapters.put(k, a);
            tabs.getTabs().add(ChartsPane.tab(k, a));
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> refresh(selected()));
        SplitPane split = new SplitPane(tabs, explanation);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(explanation, false);
        root.setId("scenarioCharts");
        root.setCenter(split);
        root.setPadding(new Insets(6));
        ChartStyles.addChartRules(root);
        vm.comparedProperty().addListener((o, was, now) -> show(now));
        show(vm.comparedProperty().get());
    }

    /**
     * Every chart follows a new comparison: the one in view draws now if the window is open, the
     * others when their tab (or the window) is shown; nothing draws on the FX thread for a closed window.
     */
    private void show(CompareViewModel.Compared c) {
        if (c == null) {
            return;
        }
        compared = c;
        adapters.values().forEach(a -> a.options(a.options().withScenarios(c.columns())));
        stale.addAll(adapters.keySet());
        if (window != null && window.isShowing()) {
            refresh(selected());
        }
        explanation.follow(c.project(), base().report());
    }

    private ScenarioEngine.Column base() {
        return compared.columns().get(0);
    }

    private void refresh(ChartKind k) {
        if (compared != null && stale.remove(k)) {
            ChartAdapter a = adapters.get(k);
            a.show(compared.project(), base().report(), a.options());
        }
    }

    private ExportMenu.Shown current(ChartKind k) {
        return compared == null ? null : new ExportMenu.Shown(compared.project(), base().report(), adapter(k).options());
    }

    /** The chart on the selected tab. */
    public ChartKind selected() {
        return ChartKind.scenarioCharts().get(Math.max(0, tabs.getSelectionModel().getSelectedIndex()));
    }

    /** Selects a chart's tab (and draws it if the comparison moved on since). */
    public void select(ChartKind kind) {
        tabs.getSelectionModel().select(ChartKind.scenarioCharts().indexOf(kind));
    }

    /** A chart, brought up to date with the latest comparison first. */
    public ChartAdapter adapter(ChartKind kind) {
        refresh(kind);
        return adapters.get(kind);
    }

    public ExplanationPanel explanation() {
        return explanation;
    }

    /** Where the Export menus write (a file chooser by default; tests give a fixed folder). */
    public ExportMenu.Target exportTarget() {
        return target;
    }

    public BorderPane root() {
        return root;
    }

    /** The window, created on first use, in front with {@code kind}'s tab selected. */
    public void showWindow(Window owner, ChartKind kind) {
        if (window == null) {
            window = new Stage();
            window.setTitle("Charts by scenario");
            Scene scene = new Scene(root, 1100, 680);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
                window.initOwner(owner);
            }
            window.setScene(scene);
        }
        select(kind);
        refresh(kind);
        window.show();
        window.toFront();
    }

    /** The window, or null before it was first shown. */
    public Stage window() {
        return window;
    }
}
