package com.cp1ki.app.prices;

import com.cp1ki.io.catalog.lists.Skipped;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The dialog of an import: progress with Cancel while the list is read, then what was imported and
 * the list of entries that could not be priced, each with its reason.
 */
public final class ImportPricesView {

    static final ButtonType CANCEL = new ButtonType("Cancel import", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final Dialog<Void> dialog = new Dialog<>();

    public ImportPricesView(ImportPricesViewModel vm, Window owner) {
        dialog.setTitle("Import price list");
        dialog.setHeaderText("Import a price list into your catalog");
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("priceImportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("priceImportMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((o, a, f) -> {
            if (f) {
                message.getStyleClass().add("field-error");
            } else {
                message.getStyleClass().remove("field-error");
            }
        });
        Label skippedTitle = new Label();
        skippedTitle.setId("priceImportSkippedTitle");
        skippedTitle.textProperty().bind(javafx.beans.binding.Bindings.size(vm.skipped())
                .map(n -> n.intValue() == 0 ? "" : n + " entries could not be priced per token (listed, not imported):"));
        ListView<Skipped> skipped = new ListView<>(vm.skipped());
        skipped.setId("priceImportSkipped");
        skipped.setPrefHeight(220);
        skipped.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Skipped s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : s.entry() + " — " + s.reason());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        skipped.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.skipped()));
        skipped.managedProperty().bind(skipped.visibleProperty());
        VBox.setVgrow(skipped, Priority.ALWAYS);
        VBox box = new VBox(10, bar, message, skippedTitle, skipped);
        box.setPadding(new Insets(6, 0, 0, 0));
        box.setPrefWidth(720);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("priceImportDialog");
        dialog.getDialogPane().getButtonTypes().setAll(CANCEL, ButtonType.CLOSE);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(CANCEL);
        cancel.setId("priceImportCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            vm.cancel();
            e.consume();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("priceImportClose");
        close.disableProperty().bind(vm.runningProperty());
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
