package com.cp1ki.app.editor.stack;

import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

/** The "Optimisation levers" section of the stack editor. */
public final class LeversView {

    @FXML private GridPane leversForm;
    @FXML private Label leversBatchingNote;
    private final LeversViewModel vm;
    private final Parent root;

    public LeversView(LeversViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Levers");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(leversForm, vm.compression());
        FormGrid.choice(leversForm, vm.compressor());
        FormGrid.fill(leversForm, vm.cache());
        FormGrid.choice(leversForm, vm.firstStack());
        FormGrid.fill(leversForm, vm.cascade());
        FormGrid.fill(leversForm, vm.batching());
        leversBatchingNote.setText(vm.isGpu() ? "Off-peak requests still use GPU time but do not raise the peak the"
                + " fleet is sized for." : "Batching: this API's batch share and batch discount (above) are its"
                + " batching lever, the last step of the waterfall.");
    }

    public Parent root() {
        return root;
    }
}
