package com.cp1ki.app.recovery;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.files.Ticker;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.RecoveryDocument;
import com.cp1ki.io.project.RecoveryFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 5, toolkit-free: unsaved work is autosaved beside the configuration, never over the user's file. */
class AutosaveTest {

    @TempDir
    Path config;
    @TempDir
    Path work;

    private final List<Runnable> ticks = new ArrayList<>();
    private final List<Runnable> idle = new ArrayList<>();
    private final Ticker ticker = (period, task) -> ticks.add(task);
    private final Delay delay = (millis, task) -> idle.add(task);
    private final Clock clock = Clock.fixed(Instant.parse("2026-05-12T10:15:30Z"), ZoneOffset.UTC);
    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "summariser.cp1ki");
    private RecoveryFolder folder;
    private Autosave autosave;

    private Autosave start() throws Exception {
        folder = RecoveryFolder.open(config.resolve("recovery"));
        Safeguards g = new Safeguards(config.resolve("recovery"), ticker, clock, Duration.ofMinutes(1), Duration.ofSeconds(5),
                Duration.ofSeconds(5));
        autosave = new Autosave(session, folder, Runnable::run, Runnable::run, delay, g);
        return autosave;
    }

    @AfterEach
    void close() {
        if (autosave != null) {
            autosave.close();
        }
    }

    private void edit(double v) {
        session.execute(new Edit("Set volume to " + v, p -> TestProjects.withVolume(p, v)));
    }

    private List<String> names() throws Exception {
        try (Stream<Path> s = Files.list(config.resolve("recovery"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(RecoveryFolder.AUTOSAVE)).toList();
        }
    }

    @Test
    void anEditIsAutosavedWhenTheUserPausesAndEveryMinuteWithWhatItHoldsAndWhen() throws Exception {
        start();
        edit(123);
        assertTrue(names().isEmpty(), "not at once: after the idle delay");
        idle.forEach(Runnable::run);
        RecoveryDocument r = RecoveryFiles.read(folder.file());
        assertEquals(session.project(), r.document().project());
        assertEquals("summariser.cp1ki", r.documentName());
        assertEquals(Instant.parse("2026-05-12T10:15:30Z"), r.savedAt());
        assertEquals("Set volume to 123.0", r.lastChange());
        edit(456);
        edit(789);
        ticks.forEach(Runnable::run); // the minute is up before the user pauses
        assertEquals(session.project(), RecoveryFiles.read(folder.file()).document().project());
    }

    @Test
    void onlyTheLastEditOfABurstTriggersTheIdleAutosave() throws Exception {
        start();
        edit(1);
        edit(2);
        idle.get(0).run(); // the first edit's pause ended, but the user went on editing
        assertTrue(names().isEmpty());
        idle.get(1).run();
        assertEquals(1, names().size());
    }

    @Test
    void savingOrUndoingBackToTheSavedVersionRemovesTheAutosave() throws Exception {
        start();
        edit(123);
        idle.forEach(Runnable::run);
        assertEquals(1, names().size());
        session.undo();
        assertTrue(names().isEmpty());
        session.redo();
        autosave.saveNow();
        assertEquals(1, names().size());
        session.markSaved(work.resolve("p.cp1ki"));
        assertTrue(names().isEmpty());
    }

    @Test
    void theUsersFileIsNeverWrittenByTheAutosave() throws Exception {
        Path file = work.resolve("p.cp1ki");
        com.cp1ki.io.project.ProjectFiles.save(TestProjects.seed004(), file);
        byte[] before = Files.readAllBytes(file);
        session.replace(TestProjects.seed004(), null, file, "p.cp1ki");
        start();
        edit(5);
        idle.forEach(Runnable::run);
        ticks.forEach(Runnable::run);
        assertEquals(new String(before), Files.readString(file));
        try (Stream<Path> s = Files.list(work)) {
            assertEquals(List.of("p.cp1ki"), s.map(p -> p.getFileName().toString()).toList());
        }
        assertEquals(file.toAbsolutePath(), RecoveryFiles.read(folder.file()).file());
    }

    @Test
    void aCleanExitLeavesNothingToRecover() throws Exception {
        start();
        edit(5);
        idle.forEach(Runnable::run);
        autosave.close();
        autosave = null;
        try (Stream<Path> s = Files.list(config.resolve("recovery"))) {
            assertEquals(List.of(), s.toList());
        }
    }

    @Test
    void anAutosaveWhoseWindowIsGoneIsFoundAndOneOfARunningWindowIsNot() throws Exception {
        start();
        edit(5);
        idle.forEach(Runnable::run);
        Path dead = config.resolve("recovery").resolve("4242-0123456789ab" + RecoveryFolder.AUTOSAVE);
        Files.write(dead, RecoveryFiles.write(new RecoveryDocument(new ProjectDocument(TestProjects.withVolume(
                TestProjects.seed004(), 77), null), work.resolve("x.cp1ki"), "x.cp1ki", Instant.parse("2026-05-11T09:00:00Z"),
                "Set volume to 77")));
        List<RecoveryFolder.Orphan> found = folder.orphans();
        assertEquals(1, found.size(), "our own window's autosave is not an orphan");
        assertEquals("x.cp1ki", found.get(0).document().documentName());
        found.get(0).discard();
        assertFalse(Files.exists(dead));
        assertTrue(folder.orphans().isEmpty());
    }
}
