package com.cp1ki.app.fx;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
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
 * The dialog of a {@link BackgroundJob}: a progress bar and Cancel while it runs, then its message
 * (what was done, or why not, in the error style) and Close. Window-modal: the owner stays
 * responsive (it repaints, the dialog moves, Cancel works) but takes no edits until the job ends.
 * Esc or the close box while the job runs cancels it rather than leaving it running unseen.
 * Controls get ids from a prefix: {@code <prefix>Dialog}, {@code Progress}, {@code Message},
 * {@code Cancel}, {@code Close}.
 */
public final class ProgressDialog {

    /** What the dialog says: its title, header, the Cancel button's text and the content's width. */
    public record Texts(String title, String header, String cancel, double width) {
    }

    private final Dialog<Void> dialog = new Dialog<>();
    private final ButtonType cancelType;

    /** The dialog of {@code job}; {@code extra} nodes go under the message (a list of skipped rows). */
    public ProgressDialog(BackgroundJob job, Window owner, String idPrefix, Texts texts, Node... extra) {
        dialog.setTitle(texts.title());
        dialog.setHeaderText(texts.header());
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "Progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(job.progressProperty());
        bar.visibleProperty().bind(job.runningProperty());
        bar.managedProperty().bind(bar.visibleProperty());
        Label message = new Label();
        message.setId(idPrefix + "Message");
        message.setWrapText(true);
        message.textProperty().bind(job.messageProperty());
        job.failedProperty().addListener((o, a, f) -> {
            if (f) {
                message.getStyleClass().add("field-error");
            } else {
                message.getStyleClass().remove("field-error");
            }
        });
        VBox box = new VBox(10, bar, message);
        box.getChildren().addAll(extra);
        box.setPadding(new Insets(6, 0, 0, 0));
        box.setPrefWidth(texts.width());
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().setId(idPrefix + "Dialog");
        cancelType = new ButtonType(texts.cancel(), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(cancelType, ButtonType.CLOSE);
        Button cancel = (Button) dialog.getDialogPane().lookupButton(cancelType);
        cancel.setId(idPrefix + "Cancel");
        cancel.disableProperty().bind(job.runningProperty().not());
        cancel.addEventFilter(ActionEvent.ACTION, e -> {
            job.cancel();
            e.consume();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId(idPrefix + "Close");
        close.disableProperty().bind(job.runningProperty());
        dialog.setOnCloseRequest(e -> {
            if (job.runningProperty().get()) {
                job.cancel();
                e.consume();
            }
        });
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    /** The Cancel button's type (tests press it). */
    public ButtonType cancelType() {
        return cancelType;
    }
}
