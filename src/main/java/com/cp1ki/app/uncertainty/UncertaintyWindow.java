package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartStyles;
import com.cp1ki.app.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The Uncertainty view in its own window (Project > Uncertainty…), owned by the main window. The
 * simulation runs while the window is showing and is cancelled when it closes; F11 presents the
 * charts alone, Esc leaves.
 */
public final class UncertaintyWindow {
    private final UncertaintyViewModel vm;
    private final UncertaintyView view;
    private Stage stage;

    public UncertaintyWindow(UncertaintyViewModel vm) {
        this.vm = vm;
        this.view = new UncertaintyView(vm);
        ChartStyles.addChartRules(view.root());
        view.root().getStylesheets().add(UncertaintyWindow.class.getResource("uncertainty.css").toExternalForm());
    }

    /** Shows the window (creating it on first use) in front of {@code owner}, and runs the simulation. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) {
                stage.initOwner(owner);
            }
            stage.setTitle("Uncertainty: tornado and Monte Carlo");
            Scene scene = new Scene(view.root(), 1280, 720);
            Theme.LIGHT.applyTo(scene);
            if (owner != null && owner.getScene() != null) {
                scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            }
            scene.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.F11 || (e.getCode() == KeyCode.ESCAPE && view.isPresenting())) {
                    view.setPresenting(!view.isPresenting());
                    e.consume();
                }
            });
            stage.setScene(scene);
            stage.setOnShown(e -> vm.run().setActive(true));
            stage.setOnHidden(e -> vm.run().setActive(false));
        }
        stage.show();
        stage.toFront();
        vm.run().setActive(true);
    }

    public UncertaintyView view() {
        return view;
    }

    /** The window, or null before it was first shown. */
    public Stage stage() {
        return stage;
    }
}
