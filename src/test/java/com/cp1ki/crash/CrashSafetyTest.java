package com.cp1ki.crash;

import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The crash-safety proof of issue 9: {@code kill -9} of a real child JVM at random moments of a
 * save and of {@code cp1ki import --into}; after each kill the file and its backup load, the file is
 * the old or the new version, the backup is complete, and the next save leaves no temporary file.
 *
 * <p>{@code mvn -B verify} runs a few trials of each; the full proof is opt-in:
 * {@code mvn -B test -Dtest=CrashSafetyTest -Dcp1ki.crash.trials=60} (figures in docs/reliability.md).
 * {@code -Dcp1ki.crash.seed=N} repeats a run's kill moments.
 */
class CrashSafetyTest {

    private static final int TRIALS = Integer.getInteger("cp1ki.crash.trials", 2);
    private static final long SEED = Long.getLong("cp1ki.crash.seed", System.nanoTime());
    /** Each kill comes at a uniformly random moment within this many operations (saves or imports) of the child. */
    private static final double OPERATIONS = 4;

    @TempDir
    Path root;

    /** A project of about 0.5 MB (the Azure trace sample), so a save takes long enough to be hit in every step. */
    private static Project base() throws Exception {
        return ProjectFiles.loadBundledSample(Samples.AZURE_TRACE);
    }

    private interface Trial {
        CrashTrials.Outcome run(Path dir, Project base, Random random, double operations) throws Exception;
    }

    private List<CrashTrials.Outcome> run(String kind, Trial trial) throws Exception {
        Project base = base();
        Random random = new Random(SEED);
        List<CrashTrials.Outcome> outcomes = new ArrayList<>();
        for (int t = 0; t < TRIALS; t++) {
            Path dir = Files.createDirectory(root.resolve(kind + t));
            try {
                outcomes.add(trial.run(dir, base, random, OPERATIONS));
            } catch (AssertionError e) {
                throw new AssertionError(kind + " trial " + t + " (seed " + SEED + "): " + e.getMessage(), e);
            }
        }
        report(kind, outcomes);
        return outcomes;
    }

    @Test
    void killsDuringSavesLeaveTheOldOrNewVersionAndAGoodBackup() throws Exception {
        assertEquals(TRIALS, run("save", CrashTrials::save).size());
    }

    @Test
    void killsDuringImportIntoLeaveTheOldOrNewVersionAndAGoodBackup() throws Exception {
        assertEquals(TRIALS, run("import", CrashTrials::importInto).size());
    }

    private static void report(String kind, List<CrashTrials.Outcome> o) throws IOException {
        long newer = o.stream().filter(CrashTrials.Outcome::newVersion).count();
        long sameBak = o.stream().filter(CrashTrials.Outcome::backupSameAsFile).count();
        long noBak = o.stream().filter(CrashTrials.Outcome::noBackup).count();
        long temp = o.stream().filter(CrashTrials.Outcome::tempLeft).count();
        long lock = o.stream().filter(CrashTrials.Outcome::lockLeft).count();
        int done = o.stream().mapToInt(CrashTrials.Outcome::completed).sum();
        String line = String.format(Locale.ROOT, "%s: %d kills (seed %d) after %d completed operations; %d kills fell inside "
                        + "a save (its lock file was left), %d left a temporary file; the file loaded as the last completed "
                        + "version %d times and as the one being written %d times; the backup loaded as the version before "
                        + "the file's %d times, as the same version %d times (killed between backup and rename), was not "
                        + "made yet %d times; after every kill the next save left no temporary or lock file",
                kind, o.size(), SEED, done, lock, temp, o.size() - newer, newer, o.size() - sameBak - noBak, sameBak, noBak);
        System.out.println(line);
        Path out = Path.of("target", "crash-safety-" + kind + ".txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, line + "\n");
    }
}
