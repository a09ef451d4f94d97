package com.cp1ki.app.uncertainty;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The Uncertainty window's top: the output picker, the progress bar with Cancel, Run and Reseed,
 * what the run is on (the base or a scenario) and its status or stamp ("n = 10,000, seed = 42").
 */
final class RunBar {
    private RunBar() {
    }

    static VBox of(UncertaintyViewModel vm) {
        VBox top = new VBox(4, controls(vm), status(vm));
        top.setPadding(new Insets(6));
        return top;
    }

    private static HBox controls(UncertaintyViewModel vm) {
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
        output.setPrefWidth(440);
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

    private static VBox status(UncertaintyViewModel vm) {
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
        Label warnings = new Label();
        warnings.setId("uncertaintyWarnings");
        warnings.setWrapText(true);
        warnings.getStyleClass().add("uncertainty-cancelled");
        warnings.textProperty().bind(vm.warningsProperty());
        warnings.visibleProperty().bind(vm.warningsProperty().isNotEmpty());
        warnings.managedProperty().bind(warnings.visibleProperty());
        return new VBox(2, subject, message, warnings);
    }

}
