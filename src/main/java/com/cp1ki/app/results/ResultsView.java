package com.cp1ki.app.results;

import com.cp1ki.app.fx.Fxml;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.util.function.Function;

/** The results table and warnings list; binds to {@link ResultsViewModel}, formats nothing itself. */
public final class ResultsView {

    @FXML private TableView<ResultRow> resultsTable;
    @FXML private TableColumn<ResultRow, String> workloadColumn;
    @FXML private TableColumn<ResultRow, String> stackColumn;
    @FXML private TableColumn<ResultRow, String> costColumn;
    @FXML private TableColumn<ResultRow, String> cp1kiColumn;
    @FXML private TableColumn<ResultRow, String> monthlyColumn;
    @FXML private TableColumn<ResultRow, String> instancesColumn;
    @FXML private TableColumn<ResultRow, String> utilisationColumn;
    @FXML private TableColumn<ResultRow, String> roiColumn;
    @FXML private ListView<String> warningsList;
    @FXML private Tab warningsTab;
    @FXML private Tab resultsTab;
    private final ResultsViewModel vm;
    private final Parent root;

    public ResultsView(ResultsViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Results");
    }

    @FXML
    private void initialize() {
        bind(workloadColumn, ResultRow::workload);
        bind(stackColumn, ResultRow::stack);
        bind(costColumn, ResultRow::costPerInference);
        bind(cp1kiColumn, ResultRow::cp1ki);
        bind(monthlyColumn, ResultRow::monthly);
        bind(instancesColumn, ResultRow::instances);
        bind(utilisationColumn, ResultRow::utilisation);
        bind(roiColumn, ResultRow::roi);
        for (var c : java.util.List.of(costColumn, cp1kiColumn, monthlyColumn, instancesColumn, utilisationColumn)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        roiColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("roi-"));
                setText(empty ? null : s);
                ResultRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (r != null && !r.roiStyle().isEmpty()) {
                    getStyleClass().add(r.roiStyle());
                }
            }
        });
        resultsTable.setItems(vm.rows());
        warningsList.setItems(vm.warnings());
        vm.currencyProperty().addListener((o, a, b) -> headers(b));
        headers(vm.currencyProperty().get());
        vm.warnings().addListener((javafx.collections.ListChangeListener<String>) ch -> warningsTab.setText(
                vm.warnings().isEmpty() ? "Warnings" : "Warnings (" + vm.warnings().size() + ")"));
    }

    private void headers(String currency) {
        resultsTab.setText("Results (money in " + currency + ")");
    }

    private static void bind(TableColumn<ResultRow, String> c, Function<ResultRow, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    public Parent root() {
        return root;
    }

    public TableView<ResultRow> table() {
        return resultsTable;
    }
}
