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
    @FXML private javafx.scene.layout.HBox catalogRow;
    private final GpuServingViewModel vm;
    private final CatalogViewModel catalog;
    private final Parent root;

    public GpuServingView(GpuServingViewModel vm, CatalogViewModel catalog) {
        this.vm = vm;
        this.catalog = catalog;
        this.root = Fxml.load(this, "GpuServing");
    }

    @FXML
    private void initialize() {
        CatalogPicker.fill(catalogRow, "gpu", catalog.gpuInstances(), CatalogSearch::label, CatalogSearch::text,
                com.cp1ki.io.catalog.GpuInstanceEntry::onDemandUsdPerHour, catalog::apply,
                "Fills instance type, GPUs, hourly rates and a throughput figure, each with its source and date.");
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
