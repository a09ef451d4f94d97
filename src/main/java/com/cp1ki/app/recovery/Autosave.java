package com.cp1ki.app.recovery;

import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.RecoveryDocument;

import java.io.IOException;
import java.util.concurrent.Executor;

/**
 * Autosaves the window's unsaved work into its {@link RecoveryFolder}: every
 * {@link Safeguards#autosaveEvery()} while there are unsaved changes, and {@link Safeguards#idle()}
 * after the last edit. Never over the user's file. When nothing is unsaved any more (saved, or
 * undone back to the saved version) the autosave is deleted; a clean exit ({@link #close()})
 * deletes it too. The project is taken on the UI thread (it is immutable) and written on the
 * background executor, in order with the deletes.
 */
public final class Autosave {

    private final ProjectSession session;
    private final RecoveryFolder folder;
    private final Executor background;
    private final Executor ui;
    private final Delay delay;
    private final Safeguards guards;
    private long writtenRevision = -1;
    private boolean written;
    private volatile IOException lastFailure;
    private volatile boolean closed;

    public Autosave(ProjectSession session, RecoveryFolder folder, Executor background, Executor ui, Delay delay,
                    Safeguards guards) {
        this.session = session;
        this.folder = folder;
        this.background = background;
        this.ui = ui;
        this.delay = delay;
        this.guards = guards;
        session.revisionProperty().addListener((o, a, r) -> edited(r.longValue()));
        session.dirtyProperty().addListener((o, was, dirty) -> {
            if (!dirty) {
                forget();
            }
        });
        guards.ticker().every(guards.autosaveEvery(), () -> ui.execute(this::saveNow));
    }

    private void edited(long revision) {
        // (dirty is not yet up to date while the revision moves: saveNow looks at it when the pause is over)
        delay.after(guards.idle().toMillis(), () -> ui.execute(() -> {
            if (session.revision() == revision) {
                saveNow();
            }
        }));
    }

    /** Writes the unsaved work now, unless this version is written already or nothing is unsaved. */
    public void saveNow() {
        if (!session.isDirty()) {
            forget();
            return;
        }
        if (session.revision() == writtenRevision) {
            return;
        }
        RecoveryDocument r = new RecoveryDocument(new ProjectDocument(session.project(), session.notes()), session.file(),
                session.documentNameProperty().get(), guards.clock().instant(), session.undoDescriptionProperty().get());
        writtenRevision = session.revision();
        written = true;
        background.execute(() -> {
            if (closed) {
                return;
            }
            try {
                folder.write(r);
                lastFailure = null;
            } catch (IOException e) {
                lastFailure = e; // a full disk or a read-only folder: the user's file is untouched; try again next time
            }
        });
    }

    private void forget() {
        if (written) {
            written = false;
            writtenRevision = -1;
            background.execute(() -> {
                try {
                    folder.clear();
                } catch (IOException e) {
                    lastFailure = e;
                }
            });
        }
    }

    /** Where the autosave goes (also where autosaves of crashed windows are found). */
    public RecoveryFolder folder() {
        return folder;
    }

    /** The last autosave failure, or null when the last write went well. */
    public IOException lastFailure() {
        return lastFailure;
    }

    /**
     * A clean exit: the autosave and this window's mark in the folder are deleted, after any write
     * already queued (waits up to 5 s for the background executor).
     */
    public void close() {
        closed = true;
        java.util.concurrent.CompletableFuture<Void> done = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                folder.close();
            } catch (IOException e) {
                lastFailure = e;
            }
        }, background);
        try {
            done.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // the autosave stays; the next start offers it, and the user can discard it there
        }
    }
}
