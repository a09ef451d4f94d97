package com.cp1ki.app.deck;

import com.cp1ki.app.fx.ProgressDialog;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/**
 * The dialog of an export: progress per step with Cancel while the deck is written, then where it
 * went (or why not) and Close ({@link ProgressDialog}: window-modal, Esc while writing cancels).
 */
public final class DeckExportView {

    private final ProgressDialog dialog;

    public DeckExportView(DeckExportViewModel vm, Window owner) {
        dialog = new ProgressDialog(vm.job(), owner, "deckExport", new ProgressDialog.Texts(
                "Export deck", "Export the project for a presentation", "Cancel export", 560));
    }

    public Dialog<Void> dialog() {
        return dialog.dialog();
    }
}
