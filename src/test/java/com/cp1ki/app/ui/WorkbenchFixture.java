package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.files.ProjectFilesStore;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.app.prices.Catalogs;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.project.Samples;
import javafx.stage.Stage;

import java.util.List;
import java.util.prefs.Preferences;

/**
 * The real workbench window for TestFX: the real engine, project files and editors, with the
 * recompute run synchronously on the FX thread (so a test sees the report as soon as its edit is
 * committed) and recent files in a test preference node.
 */
public final class WorkbenchFixture {

    private WorkbenchFixture() {
    }

    /** The day the tests' catalogs are in force. */
    public static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-11-30T12:00:00Z"),
            java.time.ZoneOffset.UTC);

    public static Workbench.Services services(WorkloadEditors editors) {
        return services(editors, Catalogs.bundledOnly(CLOCK));
    }

    /** Services with the given catalogs (a test's user catalog lives in a temporary folder). */
    public static Workbench.Services services(WorkloadEditors editors, Catalogs catalogs) {
        Preferences prefs = Preferences.userRoot().node("com/cp1ki/test/recent");
        Catalog catalog = Catalog.bundled();
        Templates templates = Templates.fromCatalog(catalog);
        return new Workbench.Services(CostEngine::report, Delay.none(), Runnable::run, Runnable::run,
                new ProjectFilesStore(), new RecentFiles(prefs), templates, templates::blankProject, editors, catalogs);
    }

    /** Scrolls the scroll pane around node {@code id} so that a robot can click it; returns the query for it. */
    public static String reveal(org.testfx.api.FxRobot robot, String id) {
        javafx.scene.Node n = robot.lookup(id).query();
        robot.interact(() -> {
            javafx.scene.Node p = n.getParent();
            while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            if (p instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                double contentH = sp.getContent().getBoundsInLocal().getHeight();
                double viewH = sp.getViewportBounds().getHeight();
                double y = sp.getContent().sceneToLocal(n.localToScene(n.getBoundsInLocal())).getMinY();
                sp.setVvalue(contentH <= viewH ? 0 : Math.min(1, Math.max(0, (y - 20) / (contentH - viewH))));
            }
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return id;
    }

    /** Opens the seed sample in {@code stage} and shows it. */
    public static Workbench open(Stage stage) {
        return open(stage, Samples.seed());
    }

    /** Opens {@code project} (under the seed's document name) in {@code stage} and shows it. */
    public static Workbench open(Stage stage, com.cp1ki.engine.model.Project project) {
        Workbench wb = new Workbench(services(WorkloadEditors.full(Runnable::run, Runnable::run)), project, null, Samples.SEED);
        stage.titleProperty().bind(wb.viewModel().titleProperty());
        stage.setScene(wb.scene());
        stage.setOnCloseRequest(e -> {
            if (!wb.view().files().confirmClose()) {
                e.consume();
            }
        });
        stage.show();
        return wb;
    }

    /**
     * The ranged seed sample at 100 draws with a scenario "Dear GPT" (GPT-4o's output price doubled),
     * shown in {@code stage}; its background work goes to {@code queue}, which the test drains on the
     * FX thread, so it can act mid-run.
     */
    public static Workbench ranged(Stage stage, java.util.Queue<Runnable> queue) throws Exception {
        com.cp1ki.engine.model.Project p = com.cp1ki.io.project.ProjectFiles.load(
                java.nio.file.Path.of("sample-projects/summariser-ranges.cp1ki"));
        p = p.withUncertainty(p.uncertainty().withDraws(100)).withScenarios(List.of(new com.cp1ki.engine.model.Scenario(
                "Dear GPT", null, List.of(com.cp1ki.engine.model.FieldOverride.scale("stacks[GPT-4o].serving.outputPrice", 2)))));
        Workbench.Services real = services(WorkloadEditors.full(Runnable::run, Runnable::run));
        java.util.concurrent.Executor queued = queue::add;
        Workbench.Services s = new Workbench.Services(real.engine(), real.delay(), queued, real.ui(), real.store(),
                real.recent(), real.templates(), real.blank(), real.workloadEditors(), real.catalogs());
        Workbench wb = new Workbench(s, p, null, "ranged.cp1ki");
        stage.setScene(wb.scene());
        stage.show();
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
        return wb;
    }

    /** Puts {@code stage} at the top left, {@code w} x {@code h}, and waits for the layout. */
    public static void size(org.testfx.api.FxRobot robot, Stage stage, int w, int h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
