package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
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
    private java.util.concurrent.Executor deckBackground;
    private java.util.concurrent.Executor deckUi = com.cp1ki.app.fx.FxThread.EXECUTOR;
    /** The engine's headline for the workload in view: which stack is cheapest, by how much, until when. */
    private final Label headline = new Label();
    private final SplitPane split;
    private final VBox normal;
    private final Map<ChartKind, Node> exportBars = new EnumMap<>(ChartKind.class);
    /** Presentation mode and the order of its slides. */
    private final SlideShow slides = new SlideShow(this);

    /**
     * A slide that presentation shows after the pane's charts: its id, a title that follows what it
     * shows (it may change while shown) and its node, which keeps itself current.
     */
    public record Slide(String id, javafx.beans.value.ObservableStringValue title, Node node) {
    }

    public ChartsPane() {
        setId("chartsPane");
        tabs.setId("chartTabs");
        for (ChartKind k : ChartKind.inPane()) {
            ChartAdapter a = k.newAdapter();
            a.setOnSelect(explanation::show);
            adapters.put(k, a);
            Node export = ExportMenu.bar(k, this::current, target);
            exportBars.put(k, export);
            a.addTrailing(export);
            tabs.getTabs().add(tab(k, a));
        }
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> refresh(selected()));
        split = new SplitPane(tabs, explanation);
        split.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(explanation, false);
        headline.setId("headline");
        headline.getStyleClass().add("chart-headline");
        headline.setWrapText(true);
        headline.setMaxWidth(Double.MAX_VALUE);
        headline.setMinHeight(Region.USE_PREF_SIZE);
        headline.managedProperty().bind(headline.visibleProperty());
        headline.setVisible(false);
        normal = new VBox(headline, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        setCenter(normal);
        ChartStyles.addChartRules(this);
    }

    /** A chart's tab: its view (controls, Export…, chart) with the kind's title and id ("cp1kiChartTab"). */
    public static Tab tab(ChartKind k, ChartAdapter a) {
        VBox content = new VBox(a.view());
        VBox.setVgrow(a.view(), Priority.ALWAYS);
        content.setPadding(new Insets(4));
        Tab t = new Tab(k.title(), content);
        t.setId(k.id() + "Tab");
        t.setClosable(false);
        return t;
    }

    /** Draws a new report of a project (FX thread); the explanation panel follows it. */
    public void show(Project project, Report report) {
        this.project = Objects.requireNonNull(project, "project");
        this.report = Objects.requireNonNull(report, "report");
        redraw();
        explanation.follow(project, report);
        headline();
    }

    /** Picks the workload the per-workload charts show (null = the first). */
    public void setWorkload(String workload) {
        this.workload = workload;
        if (project != null) {
            redraw();
            headline();
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
        return ChartKind.inPane().get(Math.max(0, tabs.getSelectionModel().getSelectedIndex()));
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

    /**
     * Writes the current project and report as a PowerPoint deck (or, for a .pdf file, the PDF summary)
     * where the export chooser says (File > Export deck…), off the FX thread with progress and Cancel.
     */
    public void exportDeck() {
        if (project != null) {
            ExportMenu.deck(this, new ExportMenu.Shown(project, report, ChartOptions.DEFAULT), target,
                    deckBackground != null ? deckBackground : DeckThread.EXECUTOR, deckUi);
        }
    }

    /** Where deck exports run (the window's background executor) and report back (the FX thread). */
    public void setDeckExecutors(java.util.concurrent.Executor background, java.util.concurrent.Executor ui) {
        this.deckBackground = background;
        this.deckUi = ui;
    }

    /** A pane on its own (no window's executors): one daemon thread for its deck exports. */
    private static final class DeckThread {
        static final java.util.concurrent.Executor EXECUTOR = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cp1ki-deck");
            t.setDaemon(true);
            return t;
        });
    }

    /** Selects the tab of a chart. */
    public void select(ChartKind kind) {
        tabs.getSelectionModel().select(ChartKind.inPane().indexOf(kind));
    }

    /** The headline sentence shown above the charts (empty when there is none). */
    public String headlineText() {
        return headline.isVisible() ? headline.getText() : "";
    }

    /** The engine's headline of the workload in view, or why there is none; hidden before the first report. */
    private void headline() {
        String w = workload != null && project.workload(workload).isPresent() ? workload
                : project.workloads().isEmpty() ? null : project.workloads().get(0).name();
        String text = w == null ? null : report.headline(w).map(com.cp1ki.engine.report.Headline::text)
                .orElse("No enabled stack serves " + w + ": switch a stack on to compare costs.");
        headline.setText(text);
        headline.setVisible(text != null);
    }

    /**
     * Presentation mode: one chart large with the headline, no tabs, explanation or export buttons,
     * fonts scaled to the pane's height for a room. The charts keep their own controls.
     */
    public void setPresenting(boolean on) {
        if (on == slides.on()) {
            return;
        }
        exportBars.values().forEach(b -> b.setVisible(!on));
        if (on) {
            slides.start(headline);
        } else {
            slides.stop();
            for (Tab t : tabs.getTabs()) {
                ChartAdapter a = adapters.get(ChartKind.inPane().get(tabs.getTabs().indexOf(t)));
                VBox content = (VBox) t.getContent();
                if (a.view().getParent() != content) {
                    content.getChildren().setAll(a.view());
                    VBox.setVgrow(a.view(), Priority.ALWAYS);
                }
            }
            normal.getChildren().setAll(headline, split);
            setCenter(normal);
        }
    }

    public boolean isPresenting() {
        return slides.on();
    }

    /**
     * The slides presentation steps into after the pane's charts; the supplier gives only those that
     * are current (none while nothing current is there to show), asked at every step.
     */
    public void setMoreSlides(java.util.function.Supplier<List<Slide>> more) {
        slides.setMore(more);
    }

    /** The id of the extra slide being presented, or null while a chart of the pane is (or nothing is presented). */
    public String presentedSlide() {
        return slides.extra();
    }

    /**
     * Shows the next ({@code +1}) or previous ({@code -1}) chart that has something to draw, wrapping
     * around; in presentation mode it takes the stage, and after the pane's last chart come the
     * {@linkplain #setMoreSlides extra slides} that are current ({@link SlideShow}).
     */
    public void step(int delta) {
        slides.step(delta);
    }

    /** Shows the first chart that draws something ({@code last} false) or the very last slide (Home, End). */
    public void stepToEnd(boolean last) {
        slides.stepToEnd(last);
    }

    /** Whether a report has been shown (before it, every chart counts as drawing when stepping). */
    boolean hasReport() {
        return project != null;
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
