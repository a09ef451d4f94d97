package com.cp1ki.app.outline;

import com.cp1ki.app.session.Item;
import javafx.scene.Node;
import javafx.scene.control.TextInputDialog;

import java.util.Optional;

/** Asks for a new name for an outline item. */
final class RenameDialog {

    private RenameDialog() {
    }

    static Optional<String> ask(Node owner, Item item) {
        if (item == null || item.kind() == Item.Kind.SETTINGS) {
            return Optional.empty();
        }
        TextInputDialog d = new TextInputDialog(item.name());
        d.setTitle("Rename");
        d.setHeaderText("Rename " + item.describe());
        d.setContentText("New name:");
        d.getDialogPane().setId("renameDialog");
        d.getEditor().setId("renameField");
        if (owner != null && owner.getScene() != null) {
            d.initOwner(owner.getScene().getWindow());
            d.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return d.showAndWait();
    }
}
