package com.cp1ki.app.editor.stack;

import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;

/** The managed-API section of the stack editor. */
public final class ApiServingView {

    @FXML private GridPane modelForm;
    @FXML private GridPane pricesForm;
    @FXML private GridPane discountsForm;
    @FXML private GridPane longContextForm;
    @FXML private GridPane feesForm;
    private final ApiServingViewModel vm;
    private final Parent root;

    public ApiServingView(ApiServingViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "ApiServing");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(modelForm, vm.model());
        FormGrid.fill(pricesForm, vm.prices());
        FormGrid.fill(discountsForm, vm.discounts());
        FormGrid.fill(longContextForm, vm.longContext());
        FormGrid.fill(feesForm, vm.fees());
    }

    public Parent root() {
        return root;
    }
}
