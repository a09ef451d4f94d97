package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ExplanationPanel;
import com.cp1ki.app.charts.ExportMenu;
import com.cp1ki.app.charts.PresentingView;
import com.cp1ki.app.charts.Selection;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.EnumMap;
import java.util.Map;

/**
 * The Uncertainty window's content: the output picker, the run's progress with Cancel and Run, the
 * stamp and what the run is on; the tornado, histogram and cumulative curve (each exportable); the
 * simulated tables; and the explanation of a clicked bar, point or row. Everything is redrawn from
 * the view model's one outcome.
 */
public final class UncertaintyView {

    private final UncertaintyViewModel vm;
    private final BorderPane root = new BorderPane();
    private final Map<SimChart.Kind, SimChart> charts = new EnumMap<>(SimChart.Kind.class);
    private final TabPane chartTabs = new TabPane();
    private final ExplanationPanel explanation = new ExplanationPanel();
    private final ExportMenu.Target target = new ExportMenu.Target();
    private final UncertaintyTables tables;
    private final SplitPane side;
    private final SplitPane left;
    private final VBox top;
    private final Label presentTitle = new Label();
    private final java.util.List<HBox> exportBars = new java.util.ArrayList<>();
    private final javafx.beans.value.ChangeListener<Number> scaling = (o, a, b) -> scale();
    private Explain.Pick pick;

    public UncertaintyView(UncertaintyViewModel vm) {
        this.vm = vm;
        root.setId("uncertaintyView");
        explanation.setId("uncertaintyExplanation");
        for (SimChart.Kind k : SimChart.Kind.values()) {
            SimChart c = k.create();
            c.onPick = this::explain;
            charts.put(k, c);
            HBox bar = new HBox(SimExport.menu(k, () -> new SimExport.Shown(vm.outcome(), vm.outputProperty().get()),
                    target));
            bar.setAlignment(Pos.CENTER_RIGHT);
            exportBars.add(bar);
            VBox box = new VBox(2, bar, c.node());
            VBox.setVgrow(c.node(), Priority.ALWAYS);
            Tab t = new Tab(k.title, box);
            t.setId(k.id + "Tab");
            t.setClosable(false);
            chartTabs.getTabs().add(t);
        }
        tables = new UncertaintyTables(vm, key -> {
            vm.outputProperty().set(key);
            explain(new Explain.Pick(key, null));
        });
        left = new SplitPane(chartTabs, tables.node());
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.62);
        side = new SplitPane(left, explanation);
        side.setDividerPositions(0.76);
        SplitPane.setResizableWithParent(explanation, false);
        top = RunBar.of(vm);
        root.setTop(top);
        root.setCenter(side);
        presentTitle.setId("uncertaintyPresentTitle");
        presentTitle.getStyleClass().add("export-title");
        presentTitle.setWrapText(true);
        presentTitle.setPadding(new Insets(6));
        chartTabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> presentTitle());
        vm.run().outcomeProperty().addListener((o, a, b) -> redraw());
        vm.run().stateProperty().addListener((o, a, b) -> redraw());
        vm.outputProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private void redraw() {
        String waiting = switch (vm.run().stateProperty().get()) {
            case RUNNING -> "Simulating… the chart appears when every draw has run.";
            case CANCELLED -> "Cancelled: no simulated number is shown. Press Run to simulate again.";
            case FAILED -> vm.run().messageProperty().get();
            default -> "Nothing simulated yet: press Run.";
        };
        for (SimChart c : charts.values()) {
            c.waiting = waiting;
            c.show(vm.outcome(), vm.outputProperty().get());
        }
        presentTitle();
        Selection s = Explain.of(pick, vm.outcome());
        if (s == null) {
            explanation.clear();
        } else {
            explanation.show(s);
        }
    }

    private void explain(Explain.Pick p) {
        pick = p;
        Selection s = Explain.of(p, vm.outcome());
        if (s != null) {
            explanation.show(s);
        }
    }

    /**
     * Presentation: the charts alone under a title naming the output (and n and seed), fonts scaled
     * to the window's height as the main window's presentation does; tables, explanation and controls hidden.
     */
    public void setPresenting(boolean on) {
        if (on == isPresenting()) {
            return;
        }
        exportBars.forEach(b -> {
            b.setVisible(!on);
            b.setManaged(!on);
        });
        if (on) {
            left.getItems().setAll(chartTabs);
            side.getItems().setAll(left);
            root.setTop(presentTitle);
            presentTitle();
            scale();
            root.heightProperty().addListener(scaling);
        } else {
            root.heightProperty().removeListener(scaling);
            left.getItems().setAll(chartTabs, tables.node());
            left.setDividerPositions(0.62);
            side.getItems().setAll(left, explanation);
            side.setDividerPositions(0.76);
            root.setTop(top);
            root.setStyle("");
        }
    }

    private void scale() {
        root.setStyle("-fx-font-size: " + PresentingView.fontSize(root.getHeight()) + "px;");
    }

    private void presentTitle() {
        SimChart c = charts.get(SimChart.Kind.values()[Math.max(0, chartTabs.getSelectionModel().getSelectedIndex())]);
        presentTitle.setText(c.isEmpty() ? vm.label(vm.outputProperty().get()) : c.title());
    }

    public boolean isPresenting() {
        return root.getTop() == presentTitle;
    }

    public BorderPane root() {
        return root;
    }

    public ExportMenu.Target exportTarget() {
        return target;
    }

    SimChart chart(SimChart.Kind k) {
        return charts.get(k);
    }

    public TabPane chartTabs() {
        return chartTabs;
    }

    public ExplanationPanel explanation() {
        return explanation;
    }
}
