package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.geometry.Insets;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The workbench's charts: one tab per {@link ChartKind}, each with an "Export…" menu, and the
 * explanation panel beside them that shows how a clicked number was computed. The window calls
 * {@link #show} with every new report (on the FX thread) and {@link #setWorkload} when the user
 * picks a workload; nothing here computes a cost.
 */
public final class ChartsPane extends BorderPane {

    private final Map<ChartKind, ChartAdapter> adapters = new EnumMap<>(ChartKind.class);
    /** Charts whose last drawing is older than the report: drawn when their tab is shown. */
    private final Set<ChartKind> stale = EnumSet.noneOf(ChartKind.class);
    private final TabPane tabs = new TabPane();
    private final ExplanationPanel explanation = new ExplanationPanel();
    private final ExportMenu.Target target = new ExportMenu.Target();
    private Project project;
    private Report report;
    private String workload;

    public ChartsPane() {
        setId("chartsPane");
        tabs.setId("chartTabs");
        for (ChartKind k : ChartKind.values()) {
            ChartAdapter a = k.newAdapter();
            a.setOnSelect(explanation::show);
            adapters.put(k, a);
            VBox content = new VBox(ExportMenu.bar(k, this::current, target), a.view());
            VBox.setVgrow(a.view(), Priority.ALWAYS);
            content.setPadding(new Insets(4));
            Tab t = new Tab(k.title(), content);
            t.setId(k.id() + "Tab");
            t.setClosable(false);
            tabs.getTabs().add(t);
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> refresh(selected()));
        SplitPane split = new SplitPane(tabs, explanation);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(explanation, false);
        setCenter(split);
        ChartStyles.addChartRules(this);
    }

    /** Draws a new report of a project (FX thread); the explanation panel follows it. */
    public void show(Project project, Report report) {
        this.project = Objects.requireNonNull(project, "project");
        this.report = Objects.requireNonNull(report, "report");
        redraw();
        explanation.follow(project, report);
    }

    /** Picks the workload the per-workload charts show (null = the first). */
    public void setWorkload(String workload) {
        this.workload = workload;
        if (project != null) {
            redraw();
        }
    }

    /**
     * Picks the stack the per-stack chart (the cost distribution) shows, as its own picker does;
     * the last choice, here or in the picker, holds until the next one.
     */
    public void setStack(String stack) {
        choose(o -> o.withStack(stack));
    }

    /** Picks the plan the margin chart shows, as its own picker does. */
    public void setPlan(String plan) {
        choose(o -> o.withPlan(plan));
    }

    private void choose(java.util.function.UnaryOperator<ChartOptions> change) {
        adapters.values().forEach(a -> a.options(change.apply(a.options())));
        if (project != null) {
            redraw();
        }
    }

    /** Shows how one result was computed in the explanation panel, as clicking its bar does. */
    public void explain(StackResult result) {
        if (project != null) {
            Selection.Source source = Cp1kiChart.source(result);
            Selection now = source.in(project, report);
            if (now != null) {
                explanation.show(now.from(source));
            }
        }
    }

    public String workload() {
        return workload;
    }

    /** The adapter of a chart, brought up to date with the latest report first. */
    public ChartAdapter adapter(ChartKind kind) {
        refresh(kind);
        return adapters.get(kind);
    }

    /** The chart on the selected tab. */
    public ChartKind selected() {
        return ChartKind.values()[Math.max(0, tabs.getSelectionModel().getSelectedIndex())];
    }

    public ExplanationPanel explanation() {
        return explanation;
    }

    public TabPane tabs() {
        return tabs;
    }

    /** Where the Export menu writes (a file chooser by default; tests give a fixed folder). */
    public ExportMenu.Target exportTarget() {
        return target;
    }

    /** Writes the current project and report as a PowerPoint deck where the export chooser says (File > Export deck…). */
    public void exportDeck() {
        if (project != null) {
            ExportMenu.deck(this, new ExportMenu.Shown(project, report, ChartOptions.DEFAULT), target);
        }
    }

    /** Selects the tab of a chart. */
    public void select(ChartKind kind) {
        tabs.getSelectionModel().select(kind.ordinal());
    }

    /** Redraws the chart in view now and the others when their tab is next shown (a keystroke redraws one chart). */
    private void redraw() {
        stale.addAll(adapters.keySet());
        refresh(selected());
    }

    private void refresh(ChartKind k) {
        if (project != null && stale.remove(k)) {
            ChartAdapter a = adapters.get(k);
            a.show(project, report, a.options().withWorkload(workload));
        }
    }

    private ExportMenu.Shown current(ChartKind k) {
        return project == null ? null : new ExportMenu.Shown(project, report, adapter(k).options());
    }
}
