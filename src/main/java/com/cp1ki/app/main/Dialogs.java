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

    static final ButtonType RELOAD = new ButtonType("Reload", ButtonBar.ButtonData.LEFT);
    static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.OTHER);
    static final ButtonType SAVE_HERE = new ButtonType("Save here", ButtonBar.ButtonData.OTHER);
    static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.YES);

    private Dialogs() {
    }

    /**
     * Another program changed (or removed) the open file: Reload, Overwrite (Save here) or Save As,
     * or Cancel. The message says what is on disk now.
     */
    static ButtonType conflict(Window owner, String documentName, String message, boolean missing) {
        String name = documentName;
        String body = message + "\n\n" + (missing
                ? "Save here writes your version at the same place again; Save As puts it elsewhere."
                : "Reload shows the version on disk (your changes stay in Undo). Overwrite replaces it with yours "
                + "(the other version is kept as " + name + ".bak). Save As keeps both.");
        Alert a = new Alert(Alert.AlertType.WARNING, body);
        a.getButtonTypes().setAll(missing ? java.util.List.of(SAVE_HERE, SAVE_AS, CANCEL)
                : java.util.List.of(RELOAD, OVERWRITE, SAVE_AS, CANCEL));
        a.setTitle("File changed on disk");
        a.setHeaderText(missing ? name + " is no longer on disk" : name + " was changed by another program");
        a.getDialogPane().setId("conflictDialog");
        for (ButtonType b : a.getButtonTypes()) {
            a.getDialogPane().lookupButton(b).setId(b == RELOAD ? "conflictReload" : b == OVERWRITE ? "conflictOverwrite"
                    : b == SAVE_HERE ? "conflictSaveHere" : b == SAVE_AS ? "conflictSaveAs" : "conflictCancel");
        }
        style(a, owner);
        a.getDialogPane().setPrefWidth(640);
        return a.showAndWait().orElse(CANCEL);
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
