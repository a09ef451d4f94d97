package com.cp1ki.app.results;

import com.cp1ki.app.fx.Fxml;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** The results table and warnings list; binds to {@link ResultsViewModel}, formats nothing itself. */
public final class ResultsView {

    @FXML private TableView<ResultRow> resultsTable;
    @FXML private TableColumn<ResultRow, String> workloadColumn;
    @FXML private TableColumn<ResultRow, String> stackColumn;
    @FXML private TableColumn<ResultRow, Figure> costColumn;
    @FXML private TableColumn<ResultRow, Figure> cp1kiColumn;
    @FXML private TableColumn<ResultRow, Figure> monthlyColumn;
    @FXML private TableColumn<ResultRow, Figure> instancesColumn;
    @FXML private TableColumn<ResultRow, Figure> utilisationColumn;
    @FXML private TableColumn<ResultRow, Figure> roiColumn;
    @FXML private TableColumn<ResultRow, Figure> netValueColumn;
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
        figure(costColumn, ResultRow::costPerInference);
        figure(cp1kiColumn, ResultRow::cp1ki);
        figure(monthlyColumn, ResultRow::monthly);
        figure(instancesColumn, ResultRow::instances);
        figure(utilisationColumn, ResultRow::utilisation);
        figure(roiColumn, ResultRow::roi);
        figure(netValueColumn, ResultRow::netValue);
        for (var c : java.util.List.of(costColumn, cp1kiColumn, monthlyColumn, instancesColumn, utilisationColumn,
                netValueColumn)) {
            c.setStyle("-fx-alignment: CENTER-RIGHT;");
        }
        roiColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Figure s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(x -> x.startsWith("roi-"));
                setText(empty || s == null ? null : s.text());
                ResultRow r = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (r != null && !r.roiStyle().isEmpty()) {
                    getStyleClass().add(r.roiStyle());
                }
                setTooltip(r == null || r.roiTip().isEmpty() ? null : new Tooltip(r.roiTip()));
            }
        });
        // sorted by the column the user picked, and still so when a new report replaces the rows
        SortedList<ResultRow> sorted = new SortedList<>(vm.rows());
        sorted.comparatorProperty().bind(resultsTable.comparatorProperty());
        resultsTable.setItems(sorted);
        warningsList.setItems(vm.warnings());
        workloadColumn.visibleProperty().bind(vm.manyWorkloadsProperty());
        vm.currencyProperty().addListener((o, a, b) -> headers(b));
        headers(vm.currencyProperty().get());
        vm.warnings().addListener((javafx.collections.ListChangeListener<String>) ch -> warningsTab.setText(
                vm.warnings().isEmpty() ? "Warnings" : "Warnings (" + vm.warnings().size() + ")"));
    }

    /** Short headers so the columns fit a laptop screen; the tooltips say what and in which unit. */
    private void headers(String currency) {
        resultsTab.setText("Results (money in " + currency + ")");
        header(workloadColumn, "Workload", "The workload served (shown when the project has more than one)");
        header(stackColumn, "Stack", "The stack: a managed API or a self-hosted GPU fleet");
        header(costColumn, "Per inf.", "Cost per inference, " + currency + ": the mean over the token profile");
        header(cp1kiColumn, "CP1Ki", "Cost per 1,000 inferences, " + currency);
        header(monthlyColumn, "Monthly", "Monthly cost, " + currency + ", every component included");
        header(instancesColumn, "N", "Instances in the GPU fleet (– for a managed API)");
        header(utilisationColumn, "Util.", "Realised utilisation of the GPU fleet at the workload's volume");
        header(roiColumn, "ROI", "ROI band and multiple (value per inference over cost per inference); the cell's tooltip"
                + " adds the cost-to-value ratio and the net value at the mean and p95 cost");
        header(netValueColumn, "Net value", "Net value per inference, " + currency
                + ": value per inference - cost per inference (– without a value)");
    }

    private static void header(TableColumn<ResultRow, ?> c, String text, String tip) {
        Label l = c.getGraphic() instanceof Label g ? g : new Label();
        l.setText(text);
        l.setTooltip(new Tooltip(tip));
        c.setText(null);
        c.setGraphic(l);
    }

    private static void bind(TableColumn<ResultRow, String> c, Function<ResultRow, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    /** A numeric column: shows the figure's text, sorts by its value. */
    private static void figure(TableColumn<ResultRow, Figure> c, Function<ResultRow, Figure> f) {
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(f.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Figure v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.text());
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Adds a tab after Results and Warnings (the Bill and Move tabs of the portfolio). */
    public void addTab(Tab tab) {
        ((javafx.scene.control.TabPane) root).getTabs().add(tab);
    }

    /** Selects the tab with this id, if there is one. */
    public void select(String tabId) {
        var tabs = (javafx.scene.control.TabPane) root;
        tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst()
                .ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    public TableView<ResultRow> table() {
        return resultsTable;
    }
}
