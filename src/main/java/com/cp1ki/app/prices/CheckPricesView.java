package com.cp1ki.app.prices;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

import java.util.function.Function;

/**
 * The Check prices dialog: a table of the project's prices that differ from the catalog's (stack,
 * field, project price, catalog price, catalog date, change, source), each chosen by a checkbox;
 * Apply takes the chosen ones as one undoable edit.
 */
public final class CheckPricesView {

    static final ButtonType APPLY = new ButtonType("Apply chosen", ButtonBar.ButtonData.APPLY);
    private final Dialog<Void> dialog = new Dialog<>();
    private final TableView<CheckRow> table = new TableView<>();

    public CheckPricesView(CheckPricesViewModel vm, Window owner) {
        dialog.setTitle("Check prices");
        dialog.setHeaderText("Prices of this project that differ from the catalog");
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        table.setId("priceCheckTable");
        table.setEditable(true);
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No price differs from the catalog."));
        TableColumn<CheckRow, Boolean> use = new TableColumn<>("Apply");
        use.setCellValueFactory(c -> c.getValue().chosenProperty());
        use.setCellFactory(CheckBoxTableCell.forTableColumn(use));
        use.setEditable(true);
        use.setPrefWidth(56);
        table.getColumns().add(use);
        table.getColumns().add(column("Stack", CheckRow::stack, 150, "The project's stack"));
        table.getColumns().add(column("Field", CheckRow::field, 170, "Which price"));
        table.getColumns().add(column("Project", CheckRow::project, 120, "The project's price now"));
        table.getColumns().add(column("Catalog", CheckRow::catalog, 120, "The catalog's price in force today"));
        table.getColumns().add(column("Catalog date", CheckRow::date, 112, "The date the catalog's price is as of"));
        table.getColumns().add(column("Change", CheckRow::change, 80, "From the project's price to the catalog's"));
        table.getColumns().add(column("Source", CheckRow::source, 320, "The catalog entry and where its price comes from"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("priceCheckSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        Label status = new Label();
        status.setId("priceCheckStatus");
        status.setWrapText(true);
        Button all = new Button("Choose all");
        all.setId("priceCheckAll");
        all.setOnAction(e -> vm.chooseAll(true));
        Button none = new Button("Choose none");
        none.setId("priceCheckNone");
        none.setOnAction(e -> vm.chooseAll(false));
        HBox choose = new HBox(8, all, none, status);
        VBox box = new VBox(10, summary, table, choose);
        box.setPadding(new Insets(6, 12, 0, 12));
        box.setPrefSize(1080, 440);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("priceCheckDialog");
        dialog.getDialogPane().getButtonTypes().setAll(APPLY, ButtonType.CLOSE);
        Button apply = (Button) dialog.getDialogPane().lookupButton(APPLY);
        apply.setId("priceCheckApply");
        apply.setTooltip(new Tooltip("Take the chosen prices from the catalog, as one step you can undo (Ctrl+Z)"));
        apply.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rows()));
        apply.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            int n = (int) vm.rows().stream().filter(r -> r.chosenProperty().get()).count();
            status.setText(vm.apply().orElse("Took " + n + (n == 1 ? " price" : " prices") + " from the catalog (Edit > Undo reverts)."));
            e.consume();
        });
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).setId("priceCheckClose");
    }

    private static TableColumn<CheckRow, String> column(String title, Function<CheckRow, String> value, double width, String tip) {
        TableColumn<CheckRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setPrefWidth(width);
        Label header = new Label(title);
        header.setTooltip(new Tooltip(tip));
        c.setGraphic(header);
        c.setText("");
        return c;
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    public TableView<CheckRow> table() {
        return table;
    }
}
