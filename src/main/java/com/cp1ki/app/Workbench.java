package com.cp1ki.app;

import com.cp1ki.app.bill.BillView;
import com.cp1ki.app.bill.BillViewModel;
import com.cp1ki.app.bill.MoveView;
import com.cp1ki.app.bill.MoveViewModel;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartsPane;
import com.cp1ki.app.editor.EditorHost;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.files.DiskWatch;
import com.cp1ki.app.files.ProjectStore;
import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.main.MainView;
import com.cp1ki.app.main.MainViewModel;
import com.cp1ki.app.outline.OutlineViewModel;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.recompute.RecomputeService;
import com.cp1ki.app.recovery.Autosave;
import com.cp1ki.app.recovery.RecoveryFolder;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.app.session.Templates;
import com.cp1ki.app.theme.Theme;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.app.prices.Catalogs;
import com.cp1ki.app.prices.PricesActions;
import com.cp1ki.io.project.ProjectDocument;
import javafx.scene.Scene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root: wires the session, recompute service, ViewModels and Views of one window.
 * Everything with a thread or a file is passed in, so tests build the same window with their own.
 */
public final class Workbench {

    /** What a window needs from outside. */
    public record Services(Function<Project, Report> engine, Delay delay, Executor background, Executor ui,
                           ProjectStore store, RecentFiles recent, Templates templates, Supplier<Project> blank,
                           WorkloadEditors workloadEditors, Catalogs catalogs) {
    }

    private final ProjectSession session;
    private final RecomputeService recompute;
    private final MainViewModel vm;
    private final MainView view;
    private final EditorHost editors;
    private final Scene scene;
    private final ChartsPane charts;
    private final Autosave autosave;
    private String autosaveProblem;
    private final BillViewModel bill = new BillViewModel();
    private final BillView billView;
    private final MoveViewModel move;
    private final com.cp1ki.app.drift.DriftViewModel drift;
    private com.cp1ki.app.drift.DriftWindow driftWindow;
    private final com.cp1ki.app.uncertainty.UncertaintyViewModel uncertainty;
    private com.cp1ki.app.uncertainty.UncertaintyWindow uncertaintyWindow;
    private final PricesActions prices;
    private final com.cp1ki.app.scenario.ScenariosViewModel scenarios;
    private final com.cp1ki.app.scenario.CompareViewModel compare;
    private final com.cp1ki.app.scenario.ScenarioCharts scenarioCharts;

    public Workbench(Services s, Project initial, Path file, String documentName) {
        this(s, new ProjectDocument(initial, null), file, documentName);
    }

    /** A window on a project and the notes of its file (kept through edits and written back on save). */
    public Workbench(Services s, ProjectDocument initial, Path file, String documentName) {
        this(s, Safeguards.off(), initial, file, documentName);
    }

    /** A window with autosave and the check of its file on disk as {@code guards} say. */
    public Workbench(Services s, Safeguards guards, ProjectDocument initial, Path file, String documentName) {
        session = new ProjectSession(initial.project(), initial.notes(), file, documentName);
        recompute = new RecomputeService(session, s.engine(), s.delay(), s.background(), s.ui());
        OutlineViewModel outline = new OutlineViewModel(session, s.templates());
        DiskWatch disk = new DiskWatch(s.store(), s.background(), s.ui());
        vm = new MainViewModel(session, recompute, s.store(), s.recent(), s.blank(), outline, disk);
        guards.ticker().every(guards.diskCheckEvery(), () -> s.ui().execute(disk::check));
        autosave = autosave(s, guards);
        editors = new EditorHost(session, outline.selectedProperty(), s.workloadEditors(), s.catalogs().todayProperty());
        charts = new ChartsPane();
        charts.setDeckExecutors(s.background(), s.ui());
        view = new MainView(vm, editors, charts);
        billView = new BillView(bill, charts.explanation()::show);
        move = new MoveViewModel(session, s.engine(), s.background(), s.ui());
        billView.tabs().forEach(view.results()::addTab);
        view.results().addTab(new MoveView(move).tab());
        prices = new PricesActions(session, s.catalogs(), s.background(), s.ui(),
                () -> view.root().getScene() == null ? null : view.root().getScene().getWindow());
        view.setPriceActions(prices::importList, () -> prices.checkPrices().dialog().show());
        loadUserCatalog(s);
        scenarios = new com.cp1ki.app.scenario.ScenariosViewModel(session);
        compare = new com.cp1ki.app.scenario.CompareViewModel(session, s.background(), s.ui());
        view.results().addTab(new com.cp1ki.app.scenario.ScenariosView(scenarios, vm -> mergeScenarios(s, vm)).tab());
        scenarioCharts = new com.cp1ki.app.scenario.ScenarioCharts(compare);
        java.util.function.Consumer<ChartKind> openChart = k -> scenarioCharts.showWindow(
                view.root().getScene() == null ? null : view.root().getScene().getWindow(), k);
        view.results().addTab(new com.cp1ki.app.scenario.CompareView(compare, openChart).tab());
        view.addScenarioBar(scenarios, recompute, () -> openChart.accept(ChartKind.SCENARIO_CP1KI));
        connectCharts(outline);
        drift = new com.cp1ki.app.drift.DriftViewModel(session, s.background(), s.ui());
        view.driftItem().setOnAction(e -> driftWindow().show(view.root().getScene().getWindow()));
        uncertainty = new com.cp1ki.app.uncertainty.UncertaintyViewModel(session,
                new com.cp1ki.app.uncertainty.UncertaintyRun(session, s.delay(), s.background(), s.ui()));
        view.uncertaintyItem().setOnAction(e -> uncertaintyWindow().show(view.root().getScene().getWindow()));
        // presenting steps on into the Uncertainty charts while a complete simulation of the project is at hand
        charts.setMoreSlides(new com.cp1ki.app.uncertainty.PresentSlides(uncertainty));
        var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        scene = new Scene(view.root(), Math.min(1440, screen.getWidth()), Math.min(900, screen.getHeight()));
        Theme.LIGHT.applyTo(scene);
    }

    /**
     * Charts follow the report (each applied report is of the session's current project) and the
     * workload picked in the outline or the results table, the stack (cost distribution) and the plan
     * (margins) picked in the outline; a selected result row is explained.
     */
    private void connectCharts(OutlineViewModel outline) {
        recompute.reportProperty().addListener((o, a, r) -> {
            if (r != null) {
                charts.show(recompute.reportedProject(), r);
                bill.show(recompute.reportedProject(), r);
            }
        });
        if (recompute.report() != null) {
            charts.show(recompute.reportedProject(), recompute.report());
            bill.show(recompute.reportedProject(), recompute.report());
        }
        // the Bill chart and the Bill tables go together
        charts.tabs().getSelectionModel().selectedIndexProperty().addListener((o, a, i) -> {
            if (i.intValue() == ChartKind.BILL.ordinal()) {
                view.results().select("billTab");
            }
        });
        outline.selectedProperty().addListener((o, a, item) -> {
            if (item != null && item.kind() == Item.Kind.WORKLOAD) {
                charts.setWorkload(item.name());
            } else if (item != null && item.kind() == Item.Kind.STACK) {
                charts.setStack(item.name());
            } else if (item != null && item.kind() == Item.Kind.PLAN) {
                charts.setPlan(item.name());
            }
        });
        view.results().table().getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                charts.setWorkload(row.workload());
                charts.explain(row.result());
            }
        });
    }

    private Autosave autosave(Services s, Safeguards guards) {
        if (guards.recoveryFolder() == null) {
            return null;
        }
        try {
            return new Autosave(session, RecoveryFolder.open(guards.recoveryFolder()), s.background(), s.ui(), s.delay(), guards);
        } catch (IOException e) {
            autosaveProblem = "Unsaved work cannot be autosaved: the folder " + guards.recoveryFolder()
                    + " cannot be written (" + e.getMessage() + "). Save often.";
            return null;
        }
    }

    /** The autosave of unsaved work, or null when it is off or its folder cannot be written. */
    public Autosave autosave() {
        return autosave;
    }

    /** Why there is no autosave although one was asked for, or null. */
    public String autosaveProblem() {
        return autosaveProblem;
    }

    /** The window closed normally: its autosave is deleted. */
    public void close() {
        if (autosave != null) {
            autosave.close();
        }
    }

    /** Scenarios > Merge from file…: another project's scenarios added to this one (one undoable edit). */
    private void mergeScenarios(Services s, com.cp1ki.app.scenario.ScenariosViewModel vm) {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle("Merge the scenarios of another project");
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("CP1Ki projects (*.cp1ki)", "*.cp1ki"));
        java.io.File f = fc.showOpenDialog(view.root().getScene() == null ? null : view.root().getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            vm.merge(s.store().load(f.toPath()).project(), f.getName());
        } catch (com.cp1ki.app.files.FileProblem e) {
            vm.mergeFailed("Cannot merge from " + f.getName() + ": " + e.getMessage());
        }
    }

    public com.cp1ki.app.scenario.ScenariosViewModel scenarios() {
        return scenarios;
    }

    /** The CP1Ki-by-stack-and-scenario chart (Scenarios > Chart by scenario…). */
    /** The scenario charts (their window is created when first shown). */
    public com.cp1ki.app.scenario.ScenarioCharts scenarioCharts() {
        return scenarioCharts;
    }

    public com.cp1ki.app.scenario.CompareViewModel compare() {
        return compare;
    }

    public BillViewModel bill() {
        return bill;
    }

    public BillView billView() {
        return billView;
    }

    public MoveViewModel move() {
        return move;
    }

    /** The Drift window (created on first use): request logs' CP1Ki per feature, drift and why. */
    public com.cp1ki.app.drift.DriftWindow driftWindow() {
        if (driftWindow == null) {
            driftWindow = new com.cp1ki.app.drift.DriftWindow(drift);
        }
        return driftWindow;
    }

    /** The Uncertainty window (created on first use): tornado, Monte Carlo percentiles, drivers. */
    public com.cp1ki.app.uncertainty.UncertaintyWindow uncertaintyWindow() {
        if (uncertaintyWindow == null) {
            uncertaintyWindow = new com.cp1ki.app.uncertainty.UncertaintyWindow(uncertainty);
        }
        return uncertaintyWindow;
    }

    public com.cp1ki.app.uncertainty.UncertaintyViewModel uncertainty() {
        return uncertainty;
    }

    /** Reads the user's price catalog off the FX thread and shows it beside the bundled one. */
    private static void loadUserCatalog(Services s) {
        Catalogs c = s.catalogs();
        if (c.user() == null) {
            return;
        }
        s.background().execute(() -> {
            try {
                var user = c.loadUser();
                s.ui().execute(() -> c.show(user));
            } catch (java.io.IOException e) {
                s.ui().execute(() -> c.failed(e.getMessage()));
            }
        });
    }

    public PricesActions prices() {
        return prices;
    }

    public ChartsPane charts() {
        return charts;
    }

    public ProjectSession session() {
        return session;
    }

    public RecomputeService recompute() {
        return recompute;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    public MainView view() {
        return view;
    }

    public EditorHost editors() {
        return editors;
    }

    public Scene scene() {
        return scene;
    }
}
