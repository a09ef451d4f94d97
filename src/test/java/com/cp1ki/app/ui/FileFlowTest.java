package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Save and reopen, the unsaved-changes question, and file errors as dialogs. */
@ExtendWith(ApplicationExtension.class)
class FileFlowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private void editStackName(FxRobot robot) {
        robot.interact(() -> wb.session().execute(new Edit("rename", p -> ProjectEdits.replaceStack(p, "GPT-4o",
                s -> s.withEnabled(false)))));
    }

    /** Runs {@code r} later on the FX thread (it opens a dialog and waits), then waits for the dialog. */
    private DialogPane dialog(FxRobot robot, Runnable r, String id) {
        Platform.runLater(r);
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                    .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                    .orElse(false));
            WaitForAsyncUtils.waitForFxEvents();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no dialog " + id, e);
        }
        return robot.lookup(id).queryAs(DialogPane.class);
    }

    @Test
    void aSavedProjectReopensEqualToWhatWasSaved(FxRobot robot, @TempDir Path dir) {
        editStackName(robot);
        Path file = dir.resolve("saved.cp1ki");
        Project saved = wb.session().project();
        robot.interact(() -> assertTrue(wb.viewModel().saveAs(file).isEmpty()));
        assertEquals("CP1Ki Workbench — saved.cp1ki", stage.getTitle());
        robot.interact(wb.viewModel()::newProject);
        assertFalse(wb.session().project().equals(saved));
        robot.interact(() -> assertTrue(wb.viewModel().open(file).isEmpty()));
        assertEquals(saved, wb.session().project());
        assertEquals(file, wb.session().file());
        assertFalse(wb.session().isDirty());
    }

    @Test
    void closingWithUnsavedChangesAsksAndCancelKeepsTheWindowAndTheChanges(FxRobot robot) {
        editStackName(robot);
        Project edited = wb.session().project();
        DialogPane d = dialog(robot, () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)), "#unsavedDialog");
        assertTrue(d.getContentText().contains("summariser-seed.cp1ki"), d.getContentText());
        robot.interact(() -> Screenshots.save(d, "dialog-unsaved-changes", 1));
        robot.clickOn("#unsavedCancel");
        assertTrue(stage.isShowing());
        assertSame(edited, wb.session().project());
        assertTrue(stage.getTitle().endsWith(" *"));
    }

    @Test
    void closingWithUnsavedChangesAndDiscardClosesTheWindow(FxRobot robot) {
        editStackName(robot);
        dialog(robot, () -> {
            WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
            stage.fireEvent(close);
            if (!close.isConsumed()) {
                stage.hide();
            }
        }, "#unsavedDialog");
        robot.clickOn("#unsavedDiscard");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing());
    }

    @Test
    void aCorruptFileIsADialogWithItsMessageAndTheOpenProjectStays(FxRobot robot, @TempDir Path dir) throws IOException {
        editStackName(robot);
        Project edited = wb.session().project();
        Path bad = dir.resolve("corrupt.cp1ki");
        Files.writeString(bad, "{\"formatVersion\": 1, \"name\": ");
        String expected = expectedMessage(bad);
        DialogPane d = dialog(robot, () -> wb.view().files().showError("Could not open the project",
                wb.viewModel().open(bad).orElseThrow()), "#fileErrorDialog");
        assertEquals(expected, d.getContentText());
        assertFalse(d.getContentText().contains("Exception"), "no stack trace or exception name reaches the user");
        robot.interact(() -> Screenshots.save(d, "dialog-file-error", 1));
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        assertSame(edited, wb.session().project());
        assertTrue(wb.session().isDirty());
    }

    @Test
    void aFileFromANewerVersionIsRefusedWithAMessage(FxRobot robot, @TempDir Path dir) throws IOException {
        Path newer = dir.resolve("newer.cp1ki");
        Files.writeString(newer, ProjectFiles.write(wb.session().project()).replaceFirst("\"formatVersion\"\\s*:\\s*\\d+", "\"formatVersion\": 99"));
        Project before = wb.session().project();
        String[] error = new String[1];
        robot.interact(() -> error[0] = wb.viewModel().open(newer).orElseThrow());
        assertTrue(error[0].contains("99"), error[0]);
        assertSame(before, wb.session().project());
    }

    private static String expectedMessage(Path bad) {
        try {
            ProjectFiles.load(bad);
            throw new AssertionError("corrupt file loaded");
        } catch (com.cp1ki.io.project.ProjectFileException e) {
            return e.getMessage();
        }
    }
}
