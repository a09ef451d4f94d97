package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ExplanationPanel;
import com.cp1ki.app.charts.ExportMenu;
import com.cp1ki.app.charts.Selection;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        top = new VBox(4, controls(), status());
        top.setPadding(new Insets(6));
        root.setTop(top);
        root.setCenter(side);
        vm.run().outcomeProperty().addListener((o, a, b) -> redraw());
        vm.run().stateProperty().addListener((o, a, b) -> redraw());
        vm.outputProperty().addListener((o, a, b) -> redraw());
        redraw();
    }

    private HBox controls() {
        ComboBox<String> output = new ComboBox<>(vm.outputs());
        output.setId("uncertaintyOutput");
        output.setTooltip(new Tooltip("The number the charts and the drivers show"));
        output.valueProperty().bindBidirectional(vm.outputProperty());
        output.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String key) {
                return vm.label(key);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        output.setPrefWidth(360);
        ProgressBar progress = new ProgressBar();
        progress.setId("uncertaintyProgress");
        progress.progressProperty().bind(vm.run().progressProperty());
        progress.visibleProperty().bind(vm.run().stateProperty().isEqualTo(UncertaintyRun.State.RUNNING));
        Button cancel = button("uncertaintyCancel", "Cancel", "Stop the simulation; nothing it drew so far is shown",
                vm.run()::cancel);
        cancel.disableProperty().bind(vm.run().stateProperty().isNotEqualTo(UncertaintyRun.State.RUNNING));
        Button run = button("uncertaintyRun", "Run", "Simulate the project as it is now", vm.run()::run);
        run.disableProperty().bind(vm.run().stateProperty().isEqualTo(UncertaintyRun.State.RUNNING));
        Button reseed = button("uncertaintyReseed", "Reseed", "Draw with a new seed (an undoable edit of the project's "
                + "seed; the same seed always gives the same numbers)", vm::reseed);
        HBox h = new HBox(8, new Label("Output:"), output, progress, cancel, run, reseed);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private static Button button(String id, String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private VBox status() {
        Label subject = new Label();
        subject.setId("uncertaintySubject");
        subject.textProperty().bind(vm.subjectProperty());
        subject.getStyleClass().add("uncertainty-subject");
        Label message = new Label();
        message.setId("uncertaintyStatus");
        message.setWrapText(true);
        message.textProperty().bind(vm.run().messageProperty());
        vm.run().stateProperty().addListener((o, a, s) -> {
            message.getStyleClass().remove("uncertainty-cancelled");
            if (s == UncertaintyRun.State.CANCELLED || s == UncertaintyRun.State.FAILED) {
                message.getStyleClass().add("uncertainty-cancelled");
            }
        });
        return new VBox(2, subject, message);
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

    /** Presentation: the charts alone, fonts for a room; the tables, explanation and controls hidden. */
    public void setPresenting(boolean on) {
        top.setVisible(!on);
        top.setManaged(!on);
        if (on) {
            left.getItems().setAll(chartTabs);
            side.getItems().setAll(left);
        } else {
            left.getItems().setAll(chartTabs, tables.node());
            left.setDividerPositions(0.62);
            side.getItems().setAll(left, explanation);
            side.setDividerPositions(0.76);
        }
        root.setStyle(on ? "-fx-font-size: " + Math.round(Math.max(18, root.getHeight() / 36)) + "px;" : "");
    }

    public boolean isPresenting() {
        return !top.isVisible();
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
