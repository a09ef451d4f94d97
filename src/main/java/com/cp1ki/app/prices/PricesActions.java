package com.cp1ki.app.prices;

import com.cp1ki.app.session.ProjectSession;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The window's price actions: Project > Import price list… (a file chooser, then the import
 * dialog) and Project > Check prices…. Dialogs are opened here; the work is in the ViewModels.
 */
public final class PricesActions {

    private final ProjectSession session;
    private final Catalogs catalogs;
    private final Executor background;
    private final Executor ui;
    private final Supplier<Window> window;

    public PricesActions(ProjectSession session, Catalogs catalogs, Executor background, Executor ui, Supplier<Window> window) {
        this.session = session;
        this.catalogs = catalogs;
        this.background = background;
        this.ui = ui;
        this.window = window;
    }

    /** Asks for a file, then imports it. */
    public void importList() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import a price list (LiteLLM, genai-prices, OpenRouter or CP1Ki catalog JSON)");
        fc.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Price lists (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(window.get());
        if (f != null) {
            importList(f.toPath()).dialog().show();
        }
    }

    /** Starts importing {@code file} and returns its dialog (not yet shown). */
    public ImportPricesView importList(Path file) {
        ImportPricesViewModel vm = new ImportPricesViewModel(catalogs, background, ui);
        ImportPricesView view = new ImportPricesView(vm, window.get());
        vm.start(file);
        return view;
    }

    /** The Check prices dialog of the open project (not yet shown). */
    public CheckPricesView checkPrices() {
        CheckPricesViewModel vm = new CheckPricesViewModel(session, catalogs);
        CheckPricesView view = new CheckPricesView(vm, window.get());
        view.dialog().setOnHidden(e -> vm.dispose());
        return view;
    }

    public Catalogs catalogs() {
        return catalogs;
    }
}
