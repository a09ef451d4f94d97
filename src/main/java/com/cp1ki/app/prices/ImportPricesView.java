package com.cp1ki.app.prices;

import com.cp1ki.io.catalog.lists.Skipped;
import com.cp1ki.app.fx.ProgressDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * The dialog of an import: progress with Cancel while the list is read, then what was imported and
 * the list of entries that could not be priced, each with its reason ({@link ProgressDialog}:
 * window-modal, Esc while reading cancels).
 */
public final class ImportPricesView {

    private final ProgressDialog dialog;

    public ImportPricesView(ImportPricesViewModel vm, Window owner) {
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
        dialog = new ProgressDialog(vm.job(), owner, "priceImport", new ProgressDialog.Texts(
                "Import price list", "Import a price list into your catalog", "Cancel import", 720),
                skippedTitle, skipped);
    }

    public Dialog<Void> dialog() {
        return dialog.dialog();
    }
}
