package com.cp1ki.app.files;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 1 in the workbench, toolkit-free: a save never silently overwrites another program's change. */
class FileConflictTest {

    @TempDir
    Path dir;

    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "Untitled.cp1ki");
    private final List<Path> remembered = new ArrayList<>();
    private final DiskWatch disk = new DiskWatch(new ProjectFilesStore(), Runnable::run, Runnable::run);
    private final FileCommands files = new FileCommands(session, new ProjectFilesStore(), disk, TestProjects::seed004,
            remembered::add);

    private Path opened() throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(TestProjects.seed004(), f);
        assertTrue(files.open(f).isEmpty());
        return f;
    }

    private void edit(double volume) {
        session.execute(new Edit("volume", p -> TestProjects.withVolume(p, volume)));
    }

    @Test
    void savingOverAnotherProgramsChangeIsRefusedAsAConflictAndTheirVersionStays(@TempDir Path unused) throws Exception {
        Path f = opened();
        edit(111);
        Project theirs = TestProjects.withVolume(TestProjects.seed004(), 999);
        ProjectFiles.save(theirs, f); // another program
        FileProblem p = files.trySave(f).orElseThrow();
        assertEquals(FileProblem.Kind.CHANGED_ON_DISK, p.kind());
        assertTrue(p.getMessage().startsWith("p.cp1ki was changed by another program since it was read"), p.getMessage());
        assertEquals(theirs, ProjectFiles.load(f));
        assertTrue(session.isDirty());
    }

    @Test
    void overwriteSavesMineAndKeepsTheirsAsTheBackup() throws Exception {
        Path f = opened();
        edit(111);
        Project theirs = TestProjects.withVolume(TestProjects.seed004(), 999);
        ProjectFiles.save(theirs, f);
        assertTrue(files.trySave(f).isPresent());
        assertTrue(files.overwrite().isEmpty());
        assertEquals(session.project(), ProjectFiles.load(f));
        assertEquals(theirs, ProjectFiles.load(ProjectFiles.backupOf(f)));
        assertFalse(session.isDirty());
        edit(222);
        assertTrue(files.trySave(f).isEmpty(), "after a save the window holds the version on disk again");
    }

    @Test
    void reloadShowsTheirVersionAsOneUndoableStep() throws Exception {
        Path f = opened();
        edit(111);
        Project mine = session.project();
        Project theirs = TestProjects.withVolume(TestProjects.seed004(), 999);
        ProjectFiles.save(theirs, f);
        assertTrue(files.reload().isEmpty());
        assertEquals(theirs, session.project());
        assertFalse(session.isDirty());
        assertTrue(session.undo());
        assertEquals(mine, session.project());
        assertTrue(session.isDirty());
        assertTrue(session.redo());
        assertTrue(files.trySave(f).isEmpty(), "the reloaded version is the one on disk");
    }

    @Test
    void aDeletedFileIsAConflictOfItsOwnAndSaveHereWritesItAgain() throws Exception {
        Path f = opened();
        edit(111);
        Files.delete(f);
        assertEquals(FileProblem.Kind.MISSING_ON_DISK, files.trySave(f).orElseThrow().kind());
        assertTrue(files.overwrite().isEmpty());
        assertEquals(session.project(), ProjectFiles.load(f));
    }

    @Test
    void theWatchSaysOnceWhenTheFileChangesOrDisappearsAndNothingAfterOurOwnSave() throws Exception {
        Path f = opened();
        disk.check();
        assertNull(disk.messageProperty().get());
        ProjectFiles.save(TestProjects.withVolume(TestProjects.seed004(), 999), f);
        disk.check();
        assertEquals(FileStamp.State.CHANGED, disk.stateProperty().get());
        assertTrue(disk.messageProperty().get().startsWith("p.cp1ki was changed by another program (now "),
                disk.messageProperty().get());
        disk.dismiss();
        disk.check();
        assertNull(disk.messageProperty().get(), "dismissed until the disk changes again");
        ProjectFiles.save(TestProjects.withVolume(TestProjects.seed004(), 5), f);
        disk.check();
        assertTrue(disk.messageProperty().get() != null, "a new change is said again");
        Files.delete(f);
        disk.check();
        assertEquals(FileStamp.State.MISSING, disk.stateProperty().get());
        assertEquals("p.cp1ki was deleted or moved by another program. Save to write it again, or Save As to keep it "
                + "elsewhere.", disk.messageProperty().get());
        assertTrue(files.overwrite().isEmpty());
        disk.check();
        assertEquals(FileStamp.State.UNCHANGED, disk.stateProperty().get());
        assertNull(disk.messageProperty().get());
    }

    @Test
    void aFileOnlyTouchedIsNotAChange() throws Exception {
        Path f = opened();
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(1000));
        disk.check();
        assertEquals(FileStamp.State.UNCHANGED, disk.stateProperty().get());
        edit(3);
        assertTrue(files.trySave(f).isEmpty());
    }

    @Test
    void theCheckRunsOnTheBackgroundExecutorAndIsDroppedWhenTheWindowMovedOn() throws Exception {
        List<Runnable> background = new ArrayList<>();
        DiskWatch watch = new DiskWatch(new ProjectFilesStore(), background::add, Runnable::run);
        Path f = opened();
        watch.track(f, ProjectFiles.loadStamped(f).stamp());
        ProjectFiles.save(TestProjects.withVolume(TestProjects.seed004(), 999), f);
        watch.check();
        watch.check();
        assertEquals(1, background.size(), "nothing ran on the calling thread, and one check at a time");
        watch.track(f, ProjectFiles.loadStamped(f).stamp()); // the window reloaded meanwhile
        background.get(0).run();
        assertNull(watch.messageProperty().get());
    }
}
