package com.cp1ki.app.ui;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.Workbench;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.files.Ticker;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 1 in the window: another program's change is noticed and said, and Save asks before replacing it. */
@ExtendWith(ApplicationExtension.class)
class DiskConflictWindowTest {

    @TempDir
    static Path dir;
    private final List<Runnable> ticks = new ArrayList<>();
    private Workbench wb;
    private Stage stage;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        file = Files.createTempDirectory(dir, "w").resolve("summariser.cp1ki");
        ProjectFiles.save(Samples.seedDocument(), file);
        Ticker manual = (period, task) -> ticks.add(task);
        Safeguards g = new Safeguards(null, manual, Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        wb = new Workbench(WorkbenchFixture.services(WorkloadEditors.full(Runnable::run, Runnable::run)), g,
                Samples.seedDocument(), null, Samples.SEED);
        stage.titleProperty().bind(wb.viewModel().titleProperty());
        stage.setScene(wb.scene());
        stage.show();
        assertTrue(wb.viewModel().open(file).isEmpty());
    }

    private void edit(FxRobot robot, double volume) {
        robot.interact(() -> wb.session().execute(new Edit("volume", p -> ProjectEdits.replaceWorkload(p,
                "document_summariser", w -> w.withVolume(volume)))));
    }

    private Project theirs() throws Exception {
        Project p = ProjectEdits.replaceWorkload(Samples.seed(), "document_summariser", w -> w.withVolume(99_999));
        ProjectFiles.save(new ProjectDocument(p, Samples.seedDocument().notes()), file); // another program
        return p;
    }

    private DialogPane dialog(FxRobot robot, Runnable r, String id) throws Exception {
        Platform.runLater(r);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    @Test
    void aChangeOnDiskIsSaidInABannerAndReloadShowsItUndoably(FxRobot robot) throws Exception {
        edit(robot, 12_345);
        Project mine = wb.session().project();
        assertFalse(robot.lookup("#diskBanner").query().isVisible());
        Project theirs = theirs();
        robot.interact(() -> ticks.forEach(Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#diskBanner").query().isVisible());
        String text = robot.lookup("#diskMessage").queryLabeled().getText();
        assertTrue(text.startsWith("summariser.cp1ki was changed by another program (now "), text);
        DialogShots.save(robot, stage, null, "disk-changed-banner");
        robot.clickOn("#diskReload");
        assertEquals(theirs, wb.session().project());
        assertFalse(wb.session().isDirty());
        assertFalse(robot.lookup("#diskBanner").query().isVisible());
        robot.interact(wb.session()::undo);
        assertEquals(mine, wb.session().project());
    }

    @Test
    void saveAsksBeforeReplacingAnotherProgramsChangeAndOverwriteKeepsTheirsAsTheBackup(FxRobot robot) throws Exception {
        edit(robot, 12_345);
        Project mine = wb.session().project();
        Project theirs = theirs();
        DialogPane d = dialog(robot, () -> wb.view().files().save(), "#conflictDialog");
        assertEquals("summariser.cp1ki was changed by another program", d.getHeaderText());
        assertTrue(d.getContentText().contains("Overwrite replaces it with yours (the other version is kept as "
                + "summariser.cp1ki.bak)"), d.getContentText());
        DialogShots.save(robot, stage, d, "dialog-file-changed-on-disk");
        robot.clickOn("#conflictOverwrite");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(mine, ProjectFiles.load(file));
        assertEquals(theirs, ProjectFiles.load(ProjectFiles.backupOf(file)));
        assertFalse(wb.session().isDirty());
    }

    @Test
    void cancelLeavesBothVersionsAndTheChangesUnsaved(FxRobot robot) throws Exception {
        edit(robot, 12_345);
        Project theirs = theirs();
        dialog(robot, () -> wb.view().files().save(), "#conflictDialog");
        robot.clickOn("#conflictCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(theirs, ProjectFiles.load(file));
        assertTrue(wb.session().isDirty());
    }

    @Test
    void aDeletedFileIsSaidAndSaveHereWritesItAgain(FxRobot robot) throws Exception {
        edit(robot, 12_345);
        Files.delete(file);
        robot.interact(() -> ticks.forEach(Runnable::run));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#diskMessage").queryLabeled().getText().startsWith("summariser.cp1ki was deleted"));
        assertFalse(robot.lookup("#diskReload").query().isVisible());
        DialogPane d = dialog(robot, () -> wb.view().files().save(), "#conflictDialog");
        assertEquals("summariser.cp1ki is no longer on disk", d.getHeaderText());
        DialogShots.save(robot, stage, d, "dialog-file-missing-on-disk");
        robot.clickOn("#conflictSaveHere");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(wb.session().project(), ProjectFiles.load(file));
        assertFalse(robot.lookup("#diskBanner").query().isVisible());
    }

    @Test
    void aSaveOfTheWindowsOwnVersionNeedsNoQuestion(FxRobot robot) throws Exception {
        edit(robot, 12_345);
        robot.interact(() -> assertTrue(wb.view().files().save()));
        assertEquals(wb.session().project(), ProjectFiles.load(file));
        edit(robot, 23_456);
        robot.interact(() -> assertTrue(wb.view().files().save()));
        assertEquals(TestProjects.class, TestProjects.class);
    }
}
