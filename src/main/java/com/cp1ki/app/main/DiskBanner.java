package com.cp1ki.app.main;

import com.cp1ki.app.files.DiskWatch;
import com.cp1ki.io.files.FileStamp;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bar under the toolbar that says the open file was changed or removed on disk by another
 * program, with Reload (an undoable step) and Dismiss. Shown only while there is something to say.
 * It also asks for a check whenever the window gains focus.
 */
final class DiskBanner {

    private final HBox root = new HBox(8);

    DiskBanner(DiskWatch disk, Runnable reload) {
        Label text = new Label();
        text.setId("diskMessage");
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.textProperty().bind(disk.messageProperty());
        Button reloadButton = new Button("Reload");
        reloadButton.setId("diskReload");
        reloadButton.setTooltip(new Tooltip("Show the version on disk; Undo (Ctrl+Z) brings back what you had"));
        reloadButton.setOnAction(e -> reload.run());
        reloadButton.visibleProperty().bind(disk.stateProperty().isEqualTo(FileStamp.State.CHANGED));
        reloadButton.managedProperty().bind(reloadButton.visibleProperty());
        Button dismiss = new Button("Dismiss");
        dismiss.setId("diskDismiss");
        dismiss.setTooltip(new Tooltip("Hide this until the file changes again; saving will still ask before replacing it"));
        dismiss.setOnAction(e -> disk.dismiss());
        root.getChildren().setAll(text, reloadButton, dismiss);
        root.setAlignment(Pos.CENTER_LEFT);
        root.setId("diskBanner");
        root.getStyleClass().add("banner-warning");
        root.visibleProperty().bind(disk.messageProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        // another program may have changed the file while the user was in it: check when the window comes back
        root.sceneProperty().flatMap(javafx.scene.Scene::windowProperty).addListener((o, a, w) -> {
            if (w != null) {
                w.focusedProperty().addListener((o2, was, focused) -> {
                    if (focused) {
                        disk.check();
                    }
                });
            }
        });
    }

    HBox root() {
        return root;
    }
}
