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
    @FXML private javafx.scene.layout.HBox catalogRow;
    private final ApiServingViewModel vm;
    private final CatalogViewModel catalog;
    private final Parent root;

    public ApiServingView(ApiServingViewModel vm, CatalogViewModel catalog) {
        this.vm = vm;
        this.catalog = catalog;
        this.root = Fxml.load(this, "ApiServing");
    }

    @FXML
    private void initialize() {
        CatalogPicker.fill(catalogRow, "api", catalog.apiModels(), CatalogSearch::label, CatalogSearch::text,
                com.cp1ki.io.catalog.ApiModelEntry::inputPricePerMTok, catalog::apply,
                "Fills prices, cache prices, batch discount and long-context tier with their as-of date and source.");
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
