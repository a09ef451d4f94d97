package com.cp1ki.app.prices;

import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.lists.PriceList;
import com.cp1ki.io.catalog.lists.PriceListException;
import com.cp1ki.io.catalog.lists.PriceLists;
import com.cp1ki.io.catalog.lists.Skipped;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Imports a price list file into the user catalog: read and saved on the background executor
 * (progress in bytes, cancellable), shown on the UI executor. All or nothing: a list that cannot
 * be read, or a save that fails, leaves the user catalog as it was and says why.
 */
public final class ImportPricesViewModel {

    private final Catalogs catalogs;
    private final Executor background;
    private final Executor ui;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private final ObjectProperty<PriceList> result = new SimpleObjectProperty<>();
    private final ObservableList<Skipped> skipped = FXCollections.observableArrayList();
    private AtomicBoolean cancel = new AtomicBoolean();

    public ImportPricesViewModel(Catalogs catalogs, Executor background, Executor ui) {
        this.catalogs = catalogs;
        this.background = background;
        this.ui = ui;
    }

    /** Reads {@code file} and adds its entries to the user catalog. */
    public void start(Path file) {
        if (running.get()) {
            return;
        }
        if (catalogs.user() == null) {
            fail("This window has no user catalog to import into.");
            return;
        }
        AtomicBoolean myCancel = new AtomicBoolean();
        cancel = myCancel;
        running.set(true);
        failed.set(false);
        result.set(null);
        skipped.clear();
        progress.set(-1);
        message.set("Reading " + file.getFileName() + "…");
        background.execute(() -> {
            try {
                PriceList list = PriceLists.read(file, new PriceLists.Options(null,
                        (read, total) -> ui.execute(() -> progress.set(total > 0 ? (double) read / total : -1)),
                        myCancel::get));
                if (myCancel.get()) {
                    throw new CancellationException();
                }
                Catalog saved = catalogs.user().add(list.apiModels(), list.gpuInstances(), list.listDate());
                ui.execute(() -> done(list, saved));
            } catch (PriceListException e) {
                ui.execute(() -> fail(e.getMessage()));
            } catch (CancellationException e) {
                ui.execute(() -> fail("Import cancelled; the catalog is as it was."));
            } catch (IOException e) {
                ui.execute(() -> fail("The user catalog could not be saved (" + e.getMessage()
                        + "); it is as it was."));
            } catch (RuntimeException e) {
                ui.execute(() -> fail("The import failed unexpectedly (" + e + "); the catalog is as it was."));
            }
        });
    }

    private void done(PriceList list, Catalog saved) {
        catalogs.show(saved);
        result.set(list);
        skipped.setAll(list.skipped());
        progress.set(1);
        message.set(list.summary() + ". Added to your catalog (" + catalogs.user().file() + ").");
        running.set(false);
    }

    private void fail(String why) {
        failed.set(true);
        message.set(why);
        progress.set(0);
        running.set(false);
    }

    public void cancel() {
        cancel.set(true);
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    /** 0..1 while reading; -1 when the size is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ObjectProperty<PriceList> resultProperty() {
        return result;
    }

    /** The entries of the list that could not be priced per token, with reasons. */
    public ObservableList<Skipped> skipped() {
        return skipped;
    }
}
