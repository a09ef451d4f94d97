package com.cp1ki.app.recovery;

import com.cp1ki.io.project.RecoveryDocument;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * On start, offers back the newest autosave that a window which did not close normally left:
 * the folder is searched off the UI thread, the question is asked on it. Restore puts the work
 * into the window and deletes the autosave; Discard deletes it; Later keeps it for the next start
 * (as are older ones, offered one per start).
 */
public final class RecoveryOffer {

    /** The user's answer. */
    public enum Choice { RESTORE, DISCARD, LATER }

    private RecoveryOffer() {
    }

    /**
     * @param ask     shows the question (on the UI thread)
     * @param restore puts the work into the window (on the UI thread)
     * @param failed  told when the folder cannot be searched or cleaned (on the UI thread)
     */
    public static void start(RecoveryFolder folder, Executor background, Executor ui,
                             Function<RecoveryDocument, Choice> ask, Consumer<RecoveryDocument> restore,
                             Consumer<String> failed) {
        background.execute(() -> {
            List<RecoveryFolder.Orphan> found;
            try {
                found = folder.orphans();
            } catch (IOException e) {
                ui.execute(() -> failed.accept("The autosave folder " + folder.folder() + " cannot be read: " + e.getMessage()));
                return;
            }
            if (found.isEmpty()) {
                return;
            }
            ui.execute(() -> decide(found, ask, restore, failed));
        });
    }

    private static void decide(List<RecoveryFolder.Orphan> found, Function<RecoveryDocument, Choice> ask,
                               Consumer<RecoveryDocument> restore, Consumer<String> failed) {
        RecoveryFolder.Orphan newest = found.get(0);
        try {
            Choice c = ask.apply(newest.document());
            if (c == Choice.RESTORE) {
                restore.accept(newest.document());
            }
            if (c == Choice.LATER) {
                newest.keep();
            } else {
                newest.discard();
            }
            for (RecoveryFolder.Orphan o : found.subList(1, found.size())) {
                o.keep();
            }
        } catch (IOException e) {
            failed.accept("The autosave " + newest.document().documentName() + " could not be removed: " + e.getMessage());
        }
    }
}
