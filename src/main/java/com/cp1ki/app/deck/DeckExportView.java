package com.cp1ki.app.deck;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The dialog of an export: progress per step with Cancel while the deck is written, then where it
 * went (or why not) and Close. Window-modal: the window stays responsive (it repaints, the dialog
 * moves, Cancel works) but takes no edits until the export ends.
 */
public final class DeckExportView {

    static final ButtonType CANCEL = new ButtonType("Cancel export", ButtonBar.ButtonData.CANCEL_CLOSE);
    private final Dialog<Void> dialog = new Dialog<>();

    public DeckExportView(DeckExportViewModel vm, Window owner) {
        dialog.setTitle("Export deck");
        dialog.setHeaderText("Export the project for a presentation");
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("deckExportProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId("deckExportMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        vm.failedProperty().addListener((o, a, f) -> {
            if (f) {
                message.getStyleClass().add("field-error");
            } else {
                message.getStyleClass().remove("field-error");
            }
        });
        VBox box = new VBox(10, bar, message);
        box.setPadding(new Insets(6, 0, 0, 0));
        box.setPrefWidth(560);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId("deckExportDialog");
        dialog.getDialogPane().getButtonTypes().setAll(CANCEL, ButtonType.CLOSE);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(CANCEL);
        cancel.setId("deckExportCancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            vm.cancel();
            e.consume();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("deckExportClose");
        close.disableProperty().bind(vm.runningProperty());
        // Esc or the window's close box while writing cancels rather than leaving the export running unseen
        dialog.setOnCloseRequest(e -> {
            if (vm.runningProperty().get()) {
                vm.cancel();
                e.consume();
            }
        });
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
