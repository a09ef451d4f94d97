package com.cp1ki.app.editor.stack;

import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;

/** The self-hosted GPU section of the stack editor. */
public final class GpuServingView {

    @FXML private GridPane instanceForm;
    @FXML private GridPane ratesForm;
    @FXML private GridPane throughputForm;
    @FXML private GridPane fleetForm;
    private final GpuServingViewModel vm;
    private final Parent root;

    public GpuServingView(GpuServingViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "GpuServing");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(instanceForm, vm.instance());
        FormGrid.fill(ratesForm, vm.rates());
        FormGrid.choice(ratesForm, vm.rate());
        FormGrid.fill(throughputForm, vm.throughput());
        FormGrid.fill(fleetForm, vm.fleet());
        FormGrid.choice(fleetForm, vm.reservedTerm());
    }

    public Parent root() {
        return root;
    }
}
