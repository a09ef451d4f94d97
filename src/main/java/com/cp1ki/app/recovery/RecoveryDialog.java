package com.cp1ki.app.recovery;

import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.RecoveryDocument;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The question after a crash: restore the autosaved work, discard it, or decide later. */
public final class RecoveryDialog {

    static final ButtonType RESTORE = new ButtonType("Restore", ButtonBar.ButtonData.YES);
    static final ButtonType DISCARD = new ButtonType("Discard", ButtonBar.ButtonData.NO);
    static final ButtonType LATER = new ButtonType("Later", ButtonBar.ButtonData.CANCEL_CLOSE);

    private RecoveryDialog() {
    }

    /** What the autosave holds and when it was written, in words. */
    public static String describe(RecoveryDocument r, ZoneId zone) {
        String when = DateTimeFormatter.ofPattern("HH:mm:ss 'on' EEEE d MMMM yyyy", Locale.ENGLISH)
                .format(r.savedAt().atZone(zone));
        Project p = r.document().project();
        String where = r.file() == null ? " (never saved to a file)"
                : r.file().toAbsolutePath().getParent() == null ? "" : " in " + r.file().toAbsolutePath().getParent();
        return "CP1Ki Workbench did not close normally. Your unsaved changes to " + r.documentName() + where
                + " were autosaved at " + when + ".\n\nThey hold " + count(p.workloads().size(), "workload") + ", "
                + count(p.stacks().size(), "stack") + " and " + count(p.plans().size(), "plan") + "."
                + (r.lastChange() == null ? "" : " The last change was: " + r.lastChange() + ".")
                + "\n\nRestore opens them as unsaved changes (Undo shows the saved file). Discard deletes them. "
                + "Later keeps them for the next start.";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Asks over {@code owner}; closing the dialog means Later. */
    public static RecoveryOffer.Choice ask(Window owner, RecoveryDocument r) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, describe(r, ZoneId.systemDefault()), RESTORE, DISCARD, LATER);
        a.setTitle("Restore unsaved work");
        a.setHeaderText("Restore unsaved changes to " + r.documentName() + "?");
        a.getDialogPane().setId("recoveryDialog");
        a.getDialogPane().lookupButton(RESTORE).setId("recoveryRestore");
        a.getDialogPane().lookupButton(DISCARD).setId("recoveryDiscard");
        a.getDialogPane().lookupButton(LATER).setId("recoveryLater");
        if (owner != null) {
            a.initOwner(owner);
            if (owner.getScene() != null) {
                a.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        a.getDialogPane().setPrefWidth(640);
        ButtonType b = a.showAndWait().orElse(LATER);
        return b == RESTORE ? RecoveryOffer.Choice.RESTORE : b == DISCARD ? RecoveryOffer.Choice.DISCARD
                : RecoveryOffer.Choice.LATER;
    }
}
