package com.cp1ki.app.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The main window's dialogs: file errors (a message, never a stack trace) and unsaved changes. */
final class Dialogs {

    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType CANCEL = new ButtonType("Cancel", ButtonBar.ButtonData.CANCEL_CLOSE);

    private Dialogs() {
    }

    static void fileError(Window owner, String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        a.setTitle(title);
        a.setHeaderText(title);
        a.getDialogPane().setId("fileErrorDialog");
        style(a, owner);
        a.showAndWait();
    }

    /** Save, Discard or Cancel for a project with unsaved changes. */
    static ButtonType unsaved(Window owner, String documentName) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION,
                "\"" + documentName + "\" has unsaved changes. Save them before closing it?", SAVE, DISCARD, CANCEL);
        a.setTitle("Unsaved changes");
        a.setHeaderText("Save changes to " + documentName + "?");
        a.getDialogPane().setId("unsavedDialog");
        a.getDialogPane().lookupButton(SAVE).setId("unsavedSave");
        a.getDialogPane().lookupButton(DISCARD).setId("unsavedDiscard");
        a.getDialogPane().lookupButton(CANCEL).setId("unsavedCancel");
        style(a, owner);
        Optional<ButtonType> r = a.showAndWait();
        return r.orElse(CANCEL);
    }

    private static void style(Alert a, Window owner) {
        if (owner != null) {
            a.initOwner(owner);
            if (owner.getScene() != null) {
                a.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        a.getDialogPane().setMinWidth(520);
    }
}
