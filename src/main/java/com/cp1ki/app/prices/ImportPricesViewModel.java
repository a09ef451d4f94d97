package com.cp1ki.app.prices;

import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.lists.PriceList;
import com.cp1ki.io.catalog.lists.PriceListException;
import com.cp1ki.io.catalog.lists.PriceLists;
import com.cp1ki.io.catalog.lists.Skipped;
import com.cp1ki.app.fx.BackgroundJob;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * Imports a price list file into the user catalog: read and saved on the background executor
 * (progress in bytes, cancellable), shown on the UI executor. All or nothing: a list that cannot
 * be read, or a save that fails, leaves the user catalog as it was and says why.
 */
public final class ImportPricesViewModel {

    private final Catalogs catalogs;
    private final Executor background;
    private final Executor ui;
    private final BackgroundJob job = new BackgroundJob();
    private final ObjectProperty<PriceList> result = new SimpleObjectProperty<>();
    private final ObservableList<Skipped> skipped = FXCollections.observableArrayList();

    public ImportPricesViewModel(Catalogs catalogs, Executor background, Executor ui) {
        this.catalogs = catalogs;
        this.background = background;
        this.ui = ui;
    }

    /** Reads {@code file} and adds its entries to the user catalog. */
    public void start(Path file) {
        if (job.runningProperty().get()) {
            return;
        }
        if (catalogs.user() == null) {
            job.fail("This window has no user catalog to import into.");
            return;
        }
        result.set(null);
        skipped.clear();
        BooleanSupplier cancelled = job.begin("Reading " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                PriceList list = PriceLists.read(file, new PriceLists.Options(null,
                        (read, total) -> ui.execute(() -> job.progress(total > 0 ? (double) read / total : -1, null)),
                        cancelled));
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException();
                }
                Catalog saved = catalogs.user().add(list.apiModels(), list.gpuInstances(), list.listDate());
                ui.execute(() -> done(list, saved));
            } catch (PriceListException e) {
                ui.execute(() -> job.fail(e.getMessage()));
            } catch (CancellationException e) {
                ui.execute(() -> job.fail("Import cancelled; the catalog is as it was."));
            } catch (IOException e) {
                ui.execute(() -> job.fail("The user catalog could not be saved (" + e.getMessage()
                        + "); it is as it was."));
            } catch (RuntimeException e) {
                ui.execute(() -> job.fail("The import failed unexpectedly (" + e + "); the catalog is as it was."));
            }
        });
    }

    private void done(PriceList list, Catalog saved) {
        catalogs.show(saved);
        result.set(list);
        skipped.setAll(list.skipped());
        job.succeed(list.summary() + ". Added to your catalog (" + catalogs.user().file() + ").");
    }

    public void cancel() {
        job.cancel();
    }

    /** The import's state: running, progress (0..1 of the bytes, -1 when unknown), message, failed. */
    public BackgroundJob job() {
        return job;
    }

    public ObjectProperty<PriceList> resultProperty() {
        return result;
    }

    /** The entries of the list that could not be priced per token, with reasons. */
    public ObservableList<Skipped> skipped() {
        return skipped;
    }
}
