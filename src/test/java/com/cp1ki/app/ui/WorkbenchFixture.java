package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.files.ProjectFilesStore;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
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

    public static Workbench.Services services(WorkloadEditors editors) {
        Preferences prefs = Preferences.userRoot().node("com/cp1ki/test/recent");
        return new Workbench.Services(CostEngine::report, Delay.none(), Runnable::run, Runnable::run,
                new ProjectFilesStore(), new RecentFiles(prefs), templates(), () -> new Project("Untitled", Settings.DEFAULT,
                List.of(new Workload("workload", 1000, new TypedMeans(1000, 250), null, 1.0)),
                List.of(new Stack("Custom model", true, templates().api().get(), CommonCosts.NONE)), List.of()), editors);
    }

    static Templates templates() {
        return new Templates(
                () -> new ManagedApi("", "Custom model", 0, 0, 0, 0, 0, 0, 0, 0.5, null, 0, 0, null, null),
                () -> new SelfHostedGpu("Custom instance", 1, 0, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 0, 0, 0.8, 1, 0,
                        RateKind.RESERVED_1Y, null));
    }

    /** Opens the seed sample in {@code stage} and shows it. */
    public static Workbench open(Stage stage) {
        Workbench wb = new Workbench(services(WorkloadEditors.fieldsOnly()), Samples.seed(), null, Samples.SEED);
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
}
