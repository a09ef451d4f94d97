package com.cp1ki.app.editor.stack;

import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;

/** The common-costs section of the stack editor. */
public final class CommonCostsView {

    @FXML private GridPane fixedForm;
    @FXML private GridPane opsForm;
    @FXML private GridPane extrasForm;
    private final CommonCostsViewModel vm;
    private final Parent root;

    public CommonCostsView(CommonCostsViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "CommonCosts");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(fixedForm, vm.fixed());
        FormGrid.fill(opsForm, vm.ops());
        FormGrid.fill(extrasForm, vm.extras());
    }

    public Parent root() {
        return root;
    }
}
