package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Turns a {@link Report} (and the project's settings) into one chart. Subclasses build their series
 * from the report only, replace them in bulk, and describe what they drew as a {@link ChartTable};
 * they never compute a cost. When there is nothing to draw, a sentence says why instead of an empty plot.
 */
public abstract class ChartAdapter {

    private final StackPane content = new StackPane();
    private final Label placeholder = new Label();
    private final BorderPane view = new BorderPane();
    /** The row above the chart: its own controls on the left, what the pane adds (Export…) on the right. */
    private final HBox bar = new HBox(8);
    private Region body;
    private Project project;
    private Report report;
    private ChartOptions options = ChartOptions.DEFAULT;
    private ChartTable table = ChartTable.EMPTY;
    private String subject = "";
    private Consumer<Selection> onSelect = s -> { };

    /** Call once from the subclass constructor with the chart's body (the chart, or charts). */
    protected final void init(Region body, Node controls) {
        this.body = body;
        chart().setId(kind().id());
        chart().setAnimated(false);
        placeholder.getStyleClass().add("chart-placeholder");
        placeholder.setId(kind().id() + "Placeholder");
        placeholder.setWrapText(true);
        placeholder.setVisible(false);
        content.getChildren().setAll(body, placeholder);
        content.getStyleClass().add("chart-content");
        view.setCenter(content);
        bar.getStyleClass().add("chart-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        if (controls != null) {
            bar.getChildren().add(controls);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().add(spacer);
        view.setTop(bar);
    }

    /** Adds a control at the right end of the chart's row of controls (one row, so the plot keeps the height). */
    public void addTrailing(Node n) {
        if (n instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE); // a button is never cut to "E..."
        }
        bar.getChildren().add(n);
    }

    public abstract ChartKind kind();

    /** The main chart node (it carries the kind's id). */
    public abstract XYChart<?, ?> chart();

    /** The chart and its on-screen controls (toggles, pickers). */
    public Node view() {
        return view;
    }

    /** The chart body without controls, as exports show it. */
    public Region content() {
        return content;
    }

    /** Draws the report. */
    public final void show(Project project, Report report, ChartOptions options) {
        this.project = Objects.requireNonNull(project, "project");
        this.report = Objects.requireNonNull(report, "report");
        this.options = Objects.requireNonNull(options, "options");
        placeholder.setVisible(false);
        body.setVisible(true);
        subject = project.name();
        table = draw(project, report, options);
    }

    /** Redraws the last report with other options (e.g. the ops toggle). */
    protected final void reshow(ChartOptions o) {
        if (project != null) {
            show(project, report, o);
        } else {
            options = o;
        }
    }

    public ChartOptions options() {
        return options;
    }

    /** Sets what the chart shows when it next draws (e.g. the stack or plan picked in the outline). */
    public final void options(ChartOptions o) {
        options = Objects.requireNonNull(o, "options");
    }

    /** What the chart is about now, for titles: "document_summariser", "plan Pro", the project name. */
    public String subject() {
        return subject;
    }

    /** Sets what the chart is about (default: the project's name). */
    protected final void subject(String s) {
        subject = s;
    }

    /** What the chart currently shows, for CSV export. */
    public ChartTable table() {
        return table;
    }

    /** Whether the chart shows a "nothing to draw" sentence instead of data. */
    public boolean isEmpty() {
        return placeholder.isVisible();
    }

    public String placeholderText() {
        return placeholder.getText();
    }

    /**
     * Called when the user clicks a bar or point: what was picked and how it was computed, with the
     * {@link Selection#source()} that finds the same item in each later report.
     */
    public void setOnSelect(Consumer<Selection> handler) {
        onSelect = handler == null ? s -> { } : handler;
    }

    /** Picks an item: it is explained from the report drawn now, and from every later one by {@code source}. */
    protected final void select(Selection.Source source) {
        Selection now = project == null ? null : source.in(project, report);
        if (now != null) {
            onSelect.accept(now.from(source));
        }
    }

    /** Replaces the chart with a sentence; returns an empty table. */
    protected final ChartTable nothingToDraw(String why) {
        chart().getData().clear();
        body.setVisible(false);
        placeholder.setText(why);
        placeholder.setVisible(true);
        return ChartTable.EMPTY;
    }

    /** Draws and returns what was drawn. */
    protected abstract ChartTable draw(Project project, Report report, ChartOptions options);

    /** The workload a per-workload chart shows: the chosen one if it exists, else the first. */
    protected static String workloadOf(Project project, ChartOptions options) {
        if (options.workload() != null && project.workload(options.workload()).isPresent()) {
            return options.workload();
        }
        return project.workloads().isEmpty() ? null : project.workloads().get(0).name();
    }

    protected static Workload workload(Project project, String name) {
        return project.workload(name).orElse(null);
    }

    /** "USD", "INR": the unit money is shown in. */
    protected static String currency(Project project) {
        return project.settings().currency();
    }

    protected static Settings settings(Project project) {
        return project.settings();
    }
}
