package com.cp1ki.app.editor.workload;

import com.cp1ki.io.tokens.ImportException;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.Preview;
import com.cp1ki.io.tokens.TokenImport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Importing a token log: a preview of the detected columns first, then the import on a background
 * thread with progress and Cancel; the result is applied through {@link DistributionViewModel} as
 * one command. Executors are injected (synchronous in tests).
 */
public final class LogImportViewModel {

    private final DistributionViewModel target;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private Path file;

    public LogImportViewModel(DistributionViewModel target, Executor background, Executor ui) {
        this.target = target;
        this.background = background;
        this.ui = ui;
    }

    /** The detected format and columns of the chosen file, or null. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** 0..1 while importing (-1 when the size is unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Reads the first lines of {@code f} off the FX thread and shows what would be imported. */
    public void choose(Path f) {
        file = f;
        preview.set(null);
        background.execute(() -> {
            try {
                Preview p = TokenImport.preview(f, ImportOptions.defaults());
                ui.execute(() -> preview.set(p));
            } catch (ImportException e) {
                ui.execute(() -> target.say(e.getMessage()));
            }
        });
    }

    /** Imports the previewed file in the background; the distribution replaces the workload's tokens. */
    public void start() {
        if (file == null || running.get()) {
            return;
        }
        Path f = file;
        AtomicBoolean c = new AtomicBoolean();
        cancel = c;
        running.set(true);
        progress.set(0);
        background.execute(() -> {
            try {
                ImportResult r = TokenImport.importFile(f, ImportOptions.defaults(),
                        (read, total) -> ui.execute(() -> progress.set(total > 0 ? (double) read / total : -1)), c::get);
                ui.execute(() -> finish(() -> target.use(r, "Import " + f.getFileName() + " into ")));
            } catch (CancellationException e) {
                ui.execute(() -> finish(() -> target.say("Import cancelled; the workload is unchanged.")));
            } catch (ImportException e) {
                ui.execute(() -> finish(() -> target.say(e.getMessage())));
            }
        });
    }

    private void finish(Runnable r) {
        running.set(false);
        preview.set(null);
        progress.set(1);
        r.run();
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Forgets the previewed file without importing. */
    public void dismiss() {
        file = null;
        preview.set(null);
    }
}
