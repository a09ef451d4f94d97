package com.cp1ki.app.editor.stack;

import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;

/** The "shared in the portfolio" section of the stack editor. */
public final class SharingView {

    @FXML private GridPane sharingForm;
    private final SharingViewModel vm;
    private final Parent root;

    public SharingView(SharingViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Sharing");
    }

    @FXML
    private void initialize() {
        if (vm.fleetKey() != null) {
            FormGrid.choice(sharingForm, vm.fleetKey());
        }
        FormGrid.choice(sharingForm, vm.overheadKey());
        FormGrid.fill(sharingForm, vm.coincidence());
    }

    public Parent root() {
        return root;
    }
}
