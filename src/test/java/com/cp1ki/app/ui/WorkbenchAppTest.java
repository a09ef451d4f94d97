package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.WorkbenchApp;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.io.project.ProjectFiles;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The app as it ships: real debounce timer, the engine on its own thread, reports applied through
 * FxThread. Checks that a report arrives after an edit without the FX thread ever running the engine.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchAppTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private static Workbench.Services services() {
        Workbench.Services s = WorkbenchApp.services();
        return new Workbench.Services(p -> {
            if (javafx.application.Platform.isFxApplicationThread()) {
                throw new AssertionError("the engine ran on the FX thread");
            }
            return s.engine().apply(p);
        }, s.delay(), s.background(), s.ui(), s.store(),
                new RecentFiles(Preferences.userRoot().node("com/cp1ki/test/app")), s.templates(), s.blank(),
                s.workloadEditors(), com.cp1ki.app.prices.Catalogs.bundledOnly(WorkbenchFixture.CLOCK));
    }

    private static void awaitReport(Workbench wb) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> wb.recompute().report() != null && wb.recompute().appliedRevision() == wb.session().revision());
    }

    @Test
    void theShippedWiringRecomputesOffTheFxThreadAndAppliesTheLatestReport(FxRobot robot) throws Exception {
        Workbench[] wb = new Workbench[1];
        robot.interact(() -> wb[0] = WorkbenchApp.open(stage, List.of(), services()));
        awaitReport(wb[0]);
        assertEquals(com.cp1ki.io.project.Samples.seedDocument().notes(), wb[0].session().notes(),
                "the seed's notes are kept, so Save As writes them");
        for (double v : new double[]{20_000, 30_000, 40_000}) {
            robot.interact(() -> wb[0].session().execute(new Edit("volume", p -> ProjectEdits.replaceWorkload(p,
                    "document_summariser", w -> w.withVolume(v)))));
        }
        awaitReport(wb[0]);
        assertEquals(40_000 * 30, wb[0].recompute().report().results().get(0).monthlyInferences(), 1e-6);
    }

    @Test
    void aFileGivenAsTheArgumentIsOpened(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("mine.cp1ki");
        Files.writeString(file, ProjectFiles.write(com.cp1ki.io.project.Samples.seed()));
        Workbench[] wb = new Workbench[1];
        robot.interact(() -> wb[0] = WorkbenchApp.open(stage, List.of(file.toString()), services()));
        assertEquals(file, wb[0].session().file());
        assertTrue(stage.getTitle().endsWith("mine.cp1ki"), stage.getTitle());
        awaitReport(wb[0]);
    }
}
