package com.cp1ki.app.files;

import com.cp1ki.io.files.FileStamp;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Which version of the open file the window holds, and whether the disk still has it. A check
 * (on focus, on a timer) runs the comparison on the background executor and applies the answer
 * on the UI executor, unless the window opened or saved another version meanwhile. A change
 * noticed is said once in {@link #messageProperty()}; {@link #dismiss()} hides it until the disk
 * changes again. Toolkit-free (javafx.beans only); call from the UI thread.
 */
public final class DiskWatch {

    private final ProjectStore store;
    private final Executor background;
    private final Executor ui;
    private final AtomicBoolean checking = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<FileStamp.State> state = new ReadOnlyObjectWrapper<>(this, "state",
            FileStamp.State.UNCHANGED);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private Path file;
    private FileStamp stamp;
    private FileStamp seen;
    private long generation;

    public DiskWatch(ProjectStore store, Executor background, Executor ui) {
        this.store = store;
        this.background = background;
        this.ui = ui;
    }

    /** The window now holds {@code stamp} of {@code file} (after open, save, reload; nulls for none). */
    public void track(Path file, FileStamp stamp) {
        this.file = file;
        this.stamp = stamp;
        this.seen = stamp;
        generation++;
        state.set(FileStamp.State.UNCHANGED);
        message.set(null);
    }

    /** The version the window holds, which a save expects to find on disk (null: none known). */
    public FileStamp stamp() {
        return stamp;
    }

    public Path file() {
        return file;
    }

    /** Compares the disk with the version held, off the UI thread; a check already running is not repeated. */
    public void check() {
        if (file == null || stamp == null || !checking.compareAndSet(false, true)) {
            return;
        }
        Path f = file;
        FileStamp s = stamp;
        long g = generation;
        background.execute(() -> {
            FileStamp.Check c;
            try {
                c = store.check(f, s);
            } catch (IOException | RuntimeException e) {
                c = null; // unreadable for a moment (being replaced): the next check will tell
            }
            FileStamp.Check result = c;
            ui.execute(() -> {
                checking.set(false);
                if (result != null && g == generation) {
                    apply(result);
                }
            });
        });
    }

    private void apply(FileStamp.Check c) {
        state.set(c.state());
        if (c.state() == FileStamp.State.UNCHANGED) {
            message.set(null);
            seen = stamp;
            return;
        }
        if (c.state() == FileStamp.State.MISSING ? seen == null : c.current() != null && c.current().equals(seen)) {
            return; // said already (or dismissed)
        }
        seen = c.current();
        String name = String.valueOf(file.getFileName());
        message.set(c.state() == FileStamp.State.MISSING
                ? name + " was deleted or moved by another program. Save to write it again, or Save As to keep it elsewhere."
                : name + " was changed by another program" + (c.current() == null ? "" : " (now " + c.current().describe()
                + ")") + ". Reload to see that version (your unsaved changes stay in Undo), or keep yours: saving will "
                + "ask before replacing it.");
    }

    /** Hides the message until the disk changes again. */
    public void dismiss() {
        message.set(null);
    }

    public ReadOnlyObjectProperty<FileStamp.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What to tell the user about the file on disk, or null. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
