package com.cp1ki.app.session;

import com.cp1ki.app.TestProjects;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Workload;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectSessionTest {

    private final Project seed = TestProjects.seed004();
    private final ProjectSession session = new ProjectSession(seed, null, "seed.cp1ki");

    private static Edit volume(double v) {
        return new Edit("Set volume to " + v, p -> TestProjects.withVolume(p, v));
    }

    @Test
    void anEditChangesTheProjectMovesTheRevisionAndMakesItDirty() {
        long rev = session.revision();
        assertTrue(session.execute(volume(20_000)).isEmpty());
        assertEquals(20_000, session.project().workloads().get(0).inferencesPerDay());
        assertEquals(rev + 1, session.revision());
        assertTrue(session.isDirty());
        assertEquals("Set volume to 20000.0", session.undoDescriptionProperty().get());
    }

    @Test
    void undoingBackToTheSavedProjectClearsDirty() {
        session.execute(volume(20_000));
        session.execute(volume(30_000));
        session.undo();
        assertTrue(session.isDirty());
        session.undo();
        assertFalse(session.isDirty());
        assertEquals(seed, session.project());
        session.redo();
        assertTrue(session.isDirty());
        assertEquals(20_000, session.project().workloads().get(0).inferencesPerDay());
    }

    @Test
    void redoingBackToTheSavedProjectClearsDirtyToo() {
        session.execute(volume(20_000));
        session.markSaved(Path.of("x.cp1ki"));
        session.undo();
        assertTrue(session.isDirty());
        session.redo();
        assertFalse(session.isDirty());
        assertEquals("x.cp1ki", session.documentNameProperty().get());
    }

    @Test
    void anEditThatBreaksAnInvariantIsRejectedWithItsMessageAndChangesNothing() {
        long rev = session.revision();
        var error = session.execute(new Edit("Set volume to -1", p -> TestProjects.withVolume(p, -1)));
        assertEquals("inferences per day must be > 0, was -1.0", error.orElseThrow());
        assertSame(seed, session.project());
        assertEquals(rev, session.revision());
        assertFalse(session.isDirty());
        assertNull(session.undoDescriptionProperty().get());
    }

    @Test
    void anEditThatChangesNothingIsNotAnUndoStep() {
        session.execute(volume(10_000));
        assertNull(session.undoDescriptionProperty().get());
        assertFalse(session.isDirty());
    }

    @Test
    void replacingTheDocumentForgetsHistoryAndIsClean() {
        session.execute(volume(20_000));
        Project other = seed.withWorkloads(List.of(new Workload("chat", 5, seed.workloads().get(0).tokens(), null, 1)));
        session.replace(other, Path.of("other.cp1ki"), "other.cp1ki");
        assertFalse(session.isDirty());
        assertFalse(session.undo());
        assertEquals(Path.of("other.cp1ki"), session.file());
    }
}
