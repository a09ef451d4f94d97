package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.files.FileRefusedException;
import com.cp1ki.io.files.FileStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.cp1ki.io.project.ProjectFilesSaveTest.names;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 items 1-4 for project files: what is saved loads, another program's change is not overwritten, links and permissions kept. */
class ProjectFilesSafeSaveTest {

    private static Project withWorkload(Project p, String name) {
        List<Workload> ws = new ArrayList<>(p.workloads());
        ws.add(new Workload(name, 100, new TypedMeans(10, 5), null, 1.0));
        return p.withWorkloads(ws);
    }

    @Test
    void aNewProjectFileGetsTheUsersDefaultPermissions(@TempDir Path dir) throws Exception {
        Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(f));
    }

    @Test
    void aSavedProjectKeepsItsPermissions(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
        ProjectFiles.save(Fixtures.everything(), f);
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void aSymlinkedProjectIsSavedToItsTargetAndStaysALink(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.cp1ki");
        ProjectFiles.save(Fixtures.golden(), real);
        Path link = Files.createSymbolicLink(dir.resolve("link.cp1ki"), real.getFileName());
        ProjectFiles.save(Fixtures.everything(), link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Fixtures.everything(), ProjectFiles.load(real));
        assertEquals(Fixtures.golden(), ProjectFiles.load(dir.resolve("real.cp1ki.bak")));
    }

    @Test
    void aReadOnlyProjectIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> ProjectFiles.save(Fixtures.everything(), f));
        assertEquals(FileRefusedException.Reason.READ_ONLY, e.reason());
        assertEquals(Fixtures.golden(), ProjectFiles.load(f));
    }

    @Test
    void aProjectThatWouldNotOpenAgainIsRefusedAndTheFileKept(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        byte[] before = Files.readAllBytes(f);
        String tooLongNotes = "n".repeat(ProjectJson.MAX_STRING_LENGTH + 1);
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> ProjectFiles.save(new ProjectDocument(Fixtures.everything(), tooLongNotes), f));
        assertEquals(FileRefusedException.Reason.WOULD_NOT_LOAD, e.reason());
        assertTrue(e.getMessage().startsWith("Not saved: the project could not be opened again (p.cp1ki"), e.getMessage());
        assertTrue(e.getMessage().endsWith("; p.cp1ki was not changed"), e.getMessage());
        assertEquals(List.of(before.length), List.of(Files.readAllBytes(f).length));
        assertEquals(List.of("p.cp1ki"), names(dir));
    }

    @Test
    void aProjectOverTheSizeLimitIsRefusedAndTheFileKept(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        String longName = "w".repeat(ProjectJson.MAX_STRING_LENGTH - 10);
        Project big = Fixtures.golden();
        for (int k = 0; k < 65; k++) {
            big = withWorkload(big, k + longName);
        }
        Project huge = big;
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> ProjectFiles.save(huge, f));
        assertEquals(FileRefusedException.Reason.WOULD_NOT_LOAD, e.reason());
        assertEquals("Not saved: the project would be a 65 MB file, over the 64 MB a project file may be, so it could not "
                + "be opened again; p.cp1ki was not changed", e.getMessage());
        assertEquals(Fixtures.golden(), ProjectFiles.load(f));
    }

    @Test
    void aSaveOfTheVersionReadRefusesToOverwriteAnotherProgramsChange(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        StampedDocument read = ProjectFiles.loadStamped(f);
        Files.writeString(f, ProjectFiles.write(Fixtures.everything())); // another program's save
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> ProjectFiles.save(
                new ProjectDocument(withWorkload(read.document().project(), "mine"), null), f, read.stamp()));
        assertEquals(FileRefusedException.Reason.CHANGED_ON_DISK, e.reason());
        assertEquals(Fixtures.everything(), ProjectFiles.load(f));
        FileStamp saved = ProjectFiles.save(read.document(), f, null);
        assertEquals(ProjectFiles.loadStamped(f).stamp(), saved);
    }

    @Test
    void concurrentUpdatesTakeTurnsAndLoseNothing(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        int before = Fixtures.golden().workloads().size();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int k = 0; k < 5; k++) {
                        String name = "t" + thread + "-" + k;
                        ProjectFiles.update(f, Duration.ofSeconds(30),
                                d -> new ProjectDocument(withWorkload(d.project(), name), d.notes()));
                    }
                    return null;
                }));
            }
            for (Future<?> d : done) {
                d.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 20, ProjectFiles.load(f).workloads().size());
        assertEquals(List.of("p.cp1ki", "p.cp1ki.bak"), names(dir));
    }

    @Test
    void validateRefusesADeviceAndAPipeAtOnce(@TempDir Path dir) throws Exception {
        com.cp1ki.io.project.ProjectFileException e = assertThrows(ProjectFileException.class,
                () -> ProjectFiles.load(Path.of("/dev/zero")));
        assertEquals("zero is not a regular file (it is a device, pipe or socket), so it is not read as a project file",
                e.getMessage());
        Path fifo = dir.resolve("fifo.cp1ki");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ProjectFileException.class, () -> ProjectFiles.load(fifo)));
    }
}
