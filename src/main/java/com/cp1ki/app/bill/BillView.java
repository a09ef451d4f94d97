package com.cp1ki.app.bill;

import com.cp1ki.app.charts.Selection;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The bill's tables: by feature (unused reserved capacity and the total as their own lines) and by
 * stack, with the headline and the shared fleets' warnings. Selecting a line explains it.
 */
public final class BillView {

    @FXML private javafx.scene.layout.VBox billByFeature;
    @FXML private Label billHeadline;
    @FXML private Label billWarnings;
    @FXML private TableView<BillViewModel.FeatureRow> billFeatures;
    @FXML private TableColumn<BillViewModel.FeatureRow, String> billFeatureColumn;
    @FXML private TableColumn<BillViewModel.FeatureRow, String> billRoutedColumn;
    @FXML private TableColumn<BillViewModel.FeatureRow, String> billMonthlyColumn;
    @FXML private TableColumn<BillViewModel.FeatureRow, String> billCp1kiColumn;
    @FXML private TableColumn<BillViewModel.FeatureRow, String> billShareColumn;
    @FXML private TableView<BillViewModel.StackRow> billStacks;
    @FXML private TableColumn<BillViewModel.StackRow, String> billStackColumn;
    @FXML private TableColumn<BillViewModel.StackRow, String> billInstancesColumn;
    @FXML private TableColumn<BillViewModel.StackRow, String> billUtilisationColumn;
    @FXML private TableColumn<BillViewModel.StackRow, String> billStackMonthlyColumn;
    @FXML private TableColumn<BillViewModel.StackRow, String> billKeysColumn;
    private final BillViewModel vm;
    private final Consumer<Selection> explain;
    private final Parent root;

    public BillView(BillViewModel vm, Consumer<Selection> explain) {
        this.vm = vm;
        this.explain = explain;
        this.root = Fxml.load(this, "Bill");
    }

    @FXML
    private void initialize() {
        billHeadline.textProperty().bind(vm.headlineProperty());
        billWarnings.textProperty().bind(vm.warningsProperty());
        billWarnings.visibleProperty().bind(vm.warningsProperty().isNotNull());
        billWarnings.managedProperty().bind(billWarnings.visibleProperty());
        bind(billFeatureColumn, BillViewModel.FeatureRow::feature);
        bind(billRoutedColumn, BillViewModel.FeatureRow::routedTo);
        bind(billMonthlyColumn, BillViewModel.FeatureRow::monthly);
        bind(billCp1kiColumn, BillViewModel.FeatureRow::cp1ki);
        bind(billShareColumn, BillViewModel.FeatureRow::shareOfBill);
        bind(billStackColumn, BillViewModel.StackRow::stack);
        bind(billInstancesColumn, BillViewModel.StackRow::instances);
        bind(billUtilisationColumn, BillViewModel.StackRow::utilisation);
        bind(billStackMonthlyColumn, BillViewModel.StackRow::monthly);
        bind(billKeysColumn, BillViewModel.StackRow::keys);
        for (var c : List.of(billMonthlyColumn, billCp1kiColumn, billShareColumn)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        for (var c : List.of(billInstancesColumn, billUtilisationColumn, billStackMonthlyColumn)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        vm.currencyProperty().addListener((o, a, b) -> headers(b));
        headers(vm.currencyProperty().get());
        billFeatures.setItems(vm.features());
        billStacks.setItems(vm.stacks());
        billFeatures.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            Selection s = vm.explain(row);
            if (s != null) {
                explain.accept(s);
            }
        });
        billStacks.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            Selection s = vm.explain(row);
            if (s != null) {
                explain.accept(s);
            }
        });
    }

    /** Short headers; the tooltips say what and in which unit. */
    private void headers(String cur) {
        header(billFeatureColumn, "Feature", "A routed workload (and unused reserved capacity, and the total)");
        header(billMonthlyColumn, "Monthly", "Its allocated monthly cost, " + cur + "/month");
        header(billCp1kiColumn, "CP1Ki", "Its cost per 1,000 inferences as the product is run, " + cur);
        header(billShareColumn, "Of bill", "Its share of the whole monthly bill");
        header(billRoutedColumn, "Routed to", "The stacks that serve it and their shares of its inferences");
        header(billStackColumn, "Stack", "A stack with routed traffic, paid once for the product");
        header(billInstancesColumn, "N", "Instances of the shared fleet, sized for everything routed to it");
        header(billUtilisationColumn, "Util.", "Realised mean utilisation of the shared fleet");
        header(billStackMonthlyColumn, "Monthly", "The stack's monthly cost with all its routed traffic, " + cur + "/month");
        header(billKeysColumn, "Allocated by", "The keys its GPU cost and its fixed and ops costs are divided by");
    }

    private static <R> void header(TableColumn<R, String> c, String text, String tip) {
        Label l = c.getGraphic() instanceof Label g ? g : new Label();
        l.setText(text);
        l.setTooltip(new javafx.scene.control.Tooltip(tip));
        c.setText(null);
        c.setGraphic(l);
    }

    private static <R> void bind(TableColumn<R, String> c, Function<R, String> f) {
        c.setCellValueFactory(d -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    /** The tabs to add beside the results: the bill by feature, and by stack. */
    public List<Tab> tabs() {
        Tab byFeature = new Tab("Bill", billByFeature);
        byFeature.setId("billTab");
        byFeature.setClosable(false);
        byFeature.setTooltip(new javafx.scene.control.Tooltip("The product's monthly bill by feature: every routed"
                + " feature on the stacks that serve it, each stack paid once. Select a line to see how it was allocated."));
        Tab byStack = new Tab("Bill by stack", billStacks);
        byStack.setId("billStacksTab");
        byStack.setClosable(false);
        byStack.setTooltip(new javafx.scene.control.Tooltip("Each stack with routed traffic: its shared fleet, its"
                + " monthly cost and the keys it is divided by. Select a line to see how it was computed."));
        return List.of(byFeature, byStack);
    }

    public TableView<BillViewModel.FeatureRow> features() {
        return billFeatures;
    }

    public TableView<BillViewModel.StackRow> stacks() {
        return billStacks;
    }
}
