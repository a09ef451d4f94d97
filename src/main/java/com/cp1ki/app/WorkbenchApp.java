package com.cp1ki.app;

import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.files.ProjectFilesStore;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.fx.FxThread;
import com.cp1ki.app.main.MainViewModel;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.recovery.RecoveryDialog;
import com.cp1ki.app.recovery.RecoveryOffer;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.app.prices.Catalogs;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.UserCatalog;
import com.cp1ki.io.project.Samples;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The workbench application: opens the file given as the argument, or else the bundled seed
 * sample, so a first-time user sees numbers and charts at once. A file that does not open is
 * reported in a dialog over the seed sample.
 */
public final class WorkbenchApp extends Application {

    public static final String TITLE = MainViewModel.APP_TITLE;

    public static void main(String[] args) {
        launch(WorkbenchApp.class, args);
    }

    /** The services of the real app: the cost engine on one background thread, project files, prefs. */
    public static Workbench.Services services() {
        ExecutorService engine = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cp1ki-engine");
            t.setDaemon(true);
            return t;
        });
        ExecutorService importer = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "cp1ki-import");
            t.setDaemon(true);
            return t;
        });
        Catalog catalog = Catalog.bundled();
        Catalogs catalogs = new Catalogs(catalog, UserCatalog.forUser(), java.time.Clock.systemDefaultZone());
        Templates templates = Templates.fromCatalog(catalog);
        return new Workbench.Services(CostEngine::report, Delay.timer(), engine, FxThread.EXECUTOR,
                new ProjectFilesStore(), RecentFiles.forUser(), templates, templates::blankProject,
                WorkloadEditors.full(importer, FxThread.EXECUTOR), catalogs);
    }

    @Override
    public void start(Stage stage) {
        open(stage, getParameters() == null ? List.of() : getParameters().getRaw(), services(), Safeguards.forUser());
    }

    /** A window without autosave (tests); see {@link #open(Stage, List, Workbench.Services, Safeguards)}. */
    public static Workbench open(Stage stage, List<String> args, Workbench.Services services) {
        return open(stage, args, services, Safeguards.off());
    }

    /**
     * Shows a workbench window in {@code stage}: on the file named by the first argument, or else
     * on the bundled seed sample (then a file that does not open is reported over the sample).
     * With an autosave folder, work a crashed window autosaved there is offered back, and a
     * normal close deletes this window's autosave.
     */
    public static Workbench open(Stage stage, List<String> args, Workbench.Services services, Safeguards guards) {
        Workbench wb = new Workbench(services, guards, Samples.seedDocument(), null, Samples.SEED);
        String failed = args.isEmpty() ? null : wb.viewModel().open(Path.of(args.get(0))).orElse(null);
        stage.titleProperty().bind(wb.viewModel().titleProperty());
        stage.setScene(wb.scene());
        // presenting fills the screen; Esc and F11 are the presentation's own keys to leave
        stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        wb.view().presentation().presentingProperty().addListener((o, was, now) -> stage.setFullScreen(now));
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (!now) {
                wb.view().presentation().leave();
            }
        });
        for (int size : new int[]{16, 32, 48, 64, 128, 256}) {
            var icon = WorkbenchApp.class.getResource("icons/cp1ki-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        stage.setOnCloseRequest(e -> {
            if (!wb.view().files().confirmClose()) {
                e.consume();
            }
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> wb.close());
        stage.show();
        String problem = failed != null ? failed : wb.autosaveProblem();
        if (problem != null) {
            FxThread.later(() -> wb.view().files().showError(failed != null ? "Could not open the project"
                    : "Autosave is off", problem));
        }
        if (wb.autosave() != null) {
            RecoveryOffer.start(wb.autosave().folder(), services.background(), services.ui(),
                    r -> RecoveryDialog.ask(stage, r), wb.viewModel().files()::restore,
                    m -> wb.view().files().showError("Autosave", m));
        }
        return wb;
    }
}
