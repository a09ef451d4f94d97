package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.io.files.SaveLock;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 1 for every command that writes a project: a change another program makes between
 * the command's read and its save is refused with a message, never overwritten.
 */
class WritingCommandsConflictTest {

    @TempDir
    Path dir;

    @Test
    void pricesApplyRefusesWhenAnotherProgramChangedTheProjectAfterItWasRead() throws Exception {
        Path project = Files.copy(Path.of(CliRun.SEED), dir.resolve("seed.cp1ki"));
        Path list = dir.resolve("data.json");
        try (InputStream in = getClass().getResourceAsStream("/com/cp1ki/io/catalog/lists/genai-prices-data.json")) {
            Files.copy(in, list);
        }
        Thread[] worker = new Thread[1];
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> worker[0] = new Thread(r, "prices"));
        Project theirs;
        Future<CliRun> run;
        try {
            try (SaveLock held = SaveLock.acquire(project, Duration.ofSeconds(30))) {
                run = pool.submit(() -> CliRun.of("prices", project.toString(), "--catalog", list.toString(), "--apply"));
                long until = System.nanoTime() + 60_000_000_000L;
                while (worker[0] == null || Arrays.stream(worker[0].getStackTrace())
                        .noneMatch(f -> f.getClassName().equals(SaveLock.class.getName()))) {
                    assertTrue(System.nanoTime() < until, "the command read the project and waits to save it");
                    Thread.sleep(10);
                }
                Project p = ProjectFiles.load(project);
                theirs = p.withWorkloads(java.util.List.of(p.workloads().get(0).withVolume(4242)));
                Files.writeString(project, ProjectFiles.write(theirs)); // another program, without the lock
            }
            CliRun r = run.get();
            assertEquals(1, r.exit(), r.out());
            assertTrue(r.err().startsWith("cp1ki prices: seed.cp1ki was changed by another program since it was read"),
                    r.err());
            assertEquals(theirs, ProjectFiles.load(project));
        } finally {
            pool.shutdownNow();
        }
    }
}
