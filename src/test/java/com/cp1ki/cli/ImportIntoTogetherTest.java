package com.cp1ki.cli;

import com.cp1ki.ChildJvm;
import com.cp1ki.Launcher;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.files.SaveLock;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.cp1ki.cli.CliRun.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9 item 1: several {@code import --into} on one project take turns; no workload is lost. */
class ImportIntoTogetherTest {

    @TempDir
    Path dir;

    private Path log() throws Exception {
        return Files.writeString(dir.resolve("log.csv"), "input_tokens,output_tokens\n100,10\n200,20\n300,30\n");
    }

    private static List<String> importInto(Path log, Path project, String workload) {
        return List.of("import", log.toString(), "--into", project.toString(), "--workload", workload, "--per-day", "100");
    }

    @Test
    void fourProcessesImportingIntoOneProjectAtOnceAllKeepTheirWorkload() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        Path log = log();
        int before = ProjectFiles.load(project).workloads().size();
        List<Process> ps = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            ps.add(ChildJvm.start(Launcher.class, List.of(), importInto(log, project, "w" + k), dir.resolve("out" + k + ".txt")));
        }
        for (int k = 0; k < ps.size(); k++) {
            assertTrue(ps.get(k).waitFor(120, TimeUnit.SECONDS), "import " + k + " finished");
            assertEquals(0, ps.get(k).exitValue(), Files.readString(dir.resolve("out" + k + ".txt")));
        }
        Project after = ProjectFiles.load(project);
        assertEquals(before + 4, after.workloads().size());
        for (int k = 0; k < 4; k++) {
            assertTrue(after.workload("w" + k).isPresent(), "w" + k);
        }
        assertEquals(before + 3, ProjectFiles.load(ProjectFiles.backupOf(project)).workloads().size(),
                "the backup is the version before the last import");
    }

    @Test
    void eightImportsFromThreadsOfOneProgramAllLand() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        Path log = log();
        int before = ProjectFiles.load(project).workloads().size();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<CliRun>> runs = new ArrayList<>();
            for (int k = 0; k < 8; k++) {
                String name = "t" + k;
                runs.add(pool.submit(() -> CliRun.of(importInto(log, project, name).toArray(String[]::new))));
            }
            for (Future<CliRun> r : runs) {
                assertEquals(0, r.get().exit(), r.get().err());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(before + 8, ProjectFiles.load(project).workloads().size());
    }

    @Test
    void anImportWaitsForAnotherSaveAndThenAddsToWhatThatSaveWrote() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        Path log = log();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<CliRun> run;
            try (SaveLock held = SaveLock.acquire(project, Duration.ofSeconds(5))) {
                run = pool.submit(() -> CliRun.of(importInto(log, project, "after").toArray(String[]::new)));
                Thread.sleep(300);
                assertTrue(!run.isDone(), "the import waits for the lock");
                // the holder saves its own change meanwhile
                Project p = ProjectFiles.load(project);
                List<com.cp1ki.engine.model.Workload> ws = new ArrayList<>(p.workloads());
                ws.add(ws.get(0).withName("renamed"));
                ProjectFiles.save(p.withWorkloads(ws), project);
            }
            assertEquals(0, run.get().exit(), run.get().err());
        } finally {
            pool.shutdownNow();
        }
        Project after = ProjectFiles.load(project);
        assertTrue(after.workload("renamed").isPresent());
        assertTrue(after.workload("after").isPresent());
    }

    @Test
    void aReadOnlyProjectIsRefusedWithAMessageAndExitOne() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        Files.setPosixFilePermissions(project, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(project);
        CliRun run = CliRun.of(importInto(log(), project, "x").toArray(String[]::new));
        assertEquals(1, run.exit());
        assertEquals("cp1ki import: p.cp1ki is read-only, so it was not changed; save under another name, or make it "
                + "writable first\n", run.err());
        assertEquals(new String(before), Files.readString(project));
    }
}
