package com.cp1ki.app.recovery;

import com.cp1ki.ChildJvm;
import com.cp1ki.app.Workbench;
import com.cp1ki.app.WorkbenchApp;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.files.Ticker;
import com.cp1ki.app.ui.DialogShots;
import com.cp1ki.app.ui.WorkbenchFixture;
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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 5: the workbench (a real child JVM) is killed with {@code kill -9} holding unsaved
 * edits; the next start offers them back, saying what they hold and when they were saved.
 */
@ExtendWith(ApplicationExtension.class)
class CrashRecoveryTest {

    @TempDir
    Path dir;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Path file() throws Exception {
        Path f = Files.createDirectories(dir.resolve("work")).resolve("summariser.cp1ki");
        ProjectFiles.save(Samples.seedDocument(), f);
        return f;
    }

    private Path folder() {
        return dir.resolve("config").resolve("recovery");
    }

    /** Runs the workbench in a child JVM until it has autosaved an edit; kills it unless it closes itself. */
    private void childEditsAndAutosaves(Path file, double volume, boolean close) throws Exception {
        Path log = dir.resolve("child-" + (long) volume + ".log");
        List<String> jvm = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"),
                "-Dcp1ki.config.dir=" + dir.resolve("config"));
        List<String> args = close ? List.of(file.toString(), folder().toString(), String.valueOf(volume), "close")
                : List.of(file.toString(), folder().toString(), String.valueOf(volume));
        Process child = ChildJvm.start(RecoveryChild.class, jvm, args, log);
        try {
            WaitForAsyncUtils.waitFor(180, TimeUnit.SECONDS, () -> Files.readString(log).contains(close ? "closed" : "autosaved")
                    || !child.isAlive());
            assertTrue(Files.readString(log).contains("autosaved"), Files.readString(log));
            if (close) {
                assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the child exits after closing its window");
            }
        } finally {
            child.destroyForcibly(); // kill -9: no shutdown hook, no window close
            child.waitFor();
        }
    }

    private Safeguards guards() {
        return new Safeguards(folder(), Ticker.NEVER, Clock.systemUTC(), Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
    }

    /** Starts the workbench again on {@code file} (later on the FX thread: the start may ask a question). */
    private AtomicReference<Workbench> restart(Path file) {
        AtomicReference<Workbench> wb = new AtomicReference<>();
        Platform.runLater(() -> wb.set(WorkbenchApp.open(stage, List.of(file.toString()),
                WorkbenchFixture.services(WorkloadEditors.full(Runnable::run, Runnable::run)), guards())));
        return wb;
    }

    private DialogPane recoveryDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#recoveryDialog").tryQuery()
                .map(n -> n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#recoveryDialog").queryAs(DialogPane.class);
    }

    private double volume(Workbench wb) {
        return wb.session().project().workload("document_summariser").orElseThrow().inferencesPerDay();
    }

    private List<String> autosaves() throws Exception {
        try (Stream<Path> s = Files.list(folder())) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(RecoveryFolder.AUTOSAVE)).toList();
        }
    }

    @Test
    void unsavedEditsSurviveAKill9AndAreRestoredAsUnsavedChangesOverTheSavedFile(FxRobot robot) throws Exception {
        Path file = file();
        byte[] saved = Files.readAllBytes(file);
        childEditsAndAutosaves(file, 12_345, false);
        assertArrayEquals(saved, Files.readAllBytes(file), "the autosave never writes the user's file");
        AtomicReference<Workbench> wb = restart(file);
        DialogPane d = recoveryDialog(robot);
        assertEquals("Restore unsaved changes to summariser.cp1ki?", d.getHeaderText());
        String text = d.getContentText();
        assertTrue(text.startsWith("CP1Ki Workbench did not close normally. Your unsaved changes to summariser.cp1ki in "
                + file.getParent() + " were autosaved at "), text);
        assertTrue(text.contains("They hold 1 workload, 4 stacks and 1 plan. The last change was: Set volume of "
                + "document_summariser to 12345.0."), text);
        DialogShots.save(robot, stage, d, "dialog-restore-unsaved-work");
        robot.clickOn("#recoveryRestore");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> wb.get() != null);
        Workbench w = wb.get();
        assertEquals(12_345, volume(w), 0);
        assertTrue(w.session().isDirty(), "restored work is unsaved");
        assertEquals(file, w.session().file());
        assertTrue(stage.getTitle().endsWith("summariser.cp1ki *"), stage.getTitle());
        robot.interact(w.session()::undo);
        assertEquals(10_000, volume(w), 0, "Undo shows the saved file");
        robot.interact(w.session()::redo);
        robot.interact(() -> assertTrue(w.view().files().save()));
        assertEquals(12_345, ProjectFiles.load(file).workload("document_summariser").orElseThrow().inferencesPerDay(), 0);
        assertEquals(List.of(), autosaves(), "restored and saved: nothing left to recover");
        robot.interact(stage::hide);
    }

    @Test
    void discardDeletesTheAutosaveAndLaterKeepsItForTheNextStart(FxRobot robot) throws Exception {
        Path file = file();
        childEditsAndAutosaves(file, 777, false);
        AtomicReference<Workbench> first = restart(file);
        recoveryDialog(robot);
        robot.clickOn("#recoveryLater");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> first.get() != null);
        assertEquals(10_000, volume(first.get()), 0);
        assertFalse(first.get().session().isDirty());
        robot.interact(stage::hide);
        AtomicReference<Workbench> second = restart(file);
        recoveryDialog(robot);
        robot.clickOn("#recoveryDiscard");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> second.get() != null);
        assertEquals(10_000, volume(second.get()), 0);
        assertEquals(List.of(), autosaves());
        robot.interact(stage::hide);
    }

    @Test
    void aNormalExitLeavesNothingToOffer(FxRobot robot) throws Exception {
        Path file = file();
        childEditsAndAutosaves(file, 555, true);
        assertEquals(List.of(), autosaves(), "a normal exit deletes the autosave");
        try (Stream<Path> s = Files.list(folder())) {
            assertEquals(List.of(), s.toList(), "and its mark of life");
        }
        AtomicReference<Workbench> wb = restart(file);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> wb.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#recoveryDialog").tryQuery().isEmpty());
        robot.interact(stage::hide);
    }
}
