package com.cp1ki.app.scenario;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The Compare tab: the base pinned left, one column per scenario, each cell with its change against the base. */
public final class CompareView {

    private final CompareViewModel vm;
    private final Tab tab = new Tab("Compare scenarios");
    private final TableView<CompareRow> table = new TableView<>();

    /** {@code openChart} brings up a scenario chart (its window) with the chart's tab selected. */
    public CompareView(CompareViewModel vm, java.util.function.Consumer<com.cp1ki.app.charts.ChartKind> openChart) {
        this.vm = vm;
        table.setId("compareTable");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No scenarios yet: Scenarios > Save changes as scenario…"));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CompareRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("compare-changed");
                if (!empty && row != null && row.changed()) {
                    getStyleClass().add("compare-changed");
                }
            }
        });
        vm.columns().addListener((ListChangeListener<String>) c -> columns());
        columns();
        javafx.scene.control.CheckBox onlyChanged = new javafx.scene.control.CheckBox("Only numbers a scenario changes");
        onlyChanged.setId("compareOnlyChanged");
        javafx.collections.transformation.FilteredList<CompareRow> rows = new javafx.collections.transformation.FilteredList<>(vm.rows());
        java.util.function.Predicate<CompareRow> changed = CompareRow::changed;
        java.util.function.Predicate<CompareRow> all = r -> true;
        rows.predicateProperty().bind(onlyChanged.selectedProperty().map(on -> on ? changed : all));
        table.setItems(rows);
        Label money = new Label();
        money.setId("compareMoney");
        money.textProperty().bind(vm.moneyNoteProperty());
        Label error = ScenariosView.warning("compareError", vm.errorProperty());
        // a narrow window wraps the row rather than cutting its words
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 4, onlyChanged, money, new Label("Charts:"));
        onlyChanged.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        money.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        for (com.cp1ki.app.charts.ChartKind k : com.cp1ki.app.charts.ChartKind.scenarioCharts()) {
            javafx.scene.control.Button b = new javafx.scene.control.Button(k.title().replace(" by scenario", "") + "…");
            b.setId("compareOpen" + Character.toUpperCase(k.id().charAt(0)) + k.id().substring(1));
            b.setTooltip(new javafx.scene.control.Tooltip(k.title() + ": the base and every scenario on one chart, in a"
                    + " window of its own, with Export… and explanations"));
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            b.setOnAction(e -> openChart.accept(k));
            bar.getChildren().add(b);
        }
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new javafx.geometry.Insets(2, 4, 0, 4));
        javafx.scene.layout.VBox left = new javafx.scene.layout.VBox(4, bar, error, table);
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        tab.setId("compareTab");
        tab.setClosable(false);
        tab.setContent(left);
    }

    private void columns() {
        table.getColumns().clear();
        table.getColumns().add(column("Measure (unit)", -1, 200));
        table.getColumns().add(column("Item", -2, 260));
        for (int i = 0; i < vm.columns().size(); i++) {
            TableColumn<CompareRow, String> c = column(vm.columns().get(i), i, i == 0 ? 130 : 210);
            c.setId("compareColumn" + i);
            table.getColumns().add(c);
        }
    }

    private static TableColumn<CompareRow, String> column(String title, int index, double width) {
        TableColumn<CompareRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(index == -1 ? d.getValue().measure()
                : index == -2 ? d.getValue().item() : index < d.getValue().cells().size() ? d.getValue().cells().get(index) : ""));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    public Tab tab() {
        return tab;
    }

    public TableView<CompareRow> table() {
        return table;
    }
}
