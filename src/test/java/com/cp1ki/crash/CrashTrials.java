package com.cp1ki.crash;

import com.cp1ki.ChildJvm;
import com.cp1ki.cli.Cli;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFiles;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One crash trial: a child JVM saves (or imports into) a project over and over, is killed with
 * {@code kill -9} at a random moment, and the file and its backup are then loaded and checked; one
 * more save must leave no temporary or lock file behind.
 */
final class CrashTrials {

    /** What one trial found. */
    record Outcome(long killAfterMillis, int completed, boolean newVersion, boolean backupSameAsFile, boolean noBackup,
                   List<String> leftByKill) {
        boolean tempLeft() {
            return leftByKill.stream().anyMatch(n -> n.endsWith(".tmp"));
        }

        boolean lockLeft() {
            return leftByKill.stream().anyMatch(n -> n.endsWith(".lock"));
        }
    }

    static final Set<String> OURS = Set.of("p.cp1ki", "p.cp1ki.bak", "child.log", "log.csv", "warm-up");

    private CrashTrials() {
    }

    static String notes(int version) {
        return "crash trial version " + version;
    }

    private static int version(ProjectDocument d) {
        return Integer.parseInt(d.notes().substring("crash trial version ".length()));
    }

    /** The child saves version 1, 2, 3 … over a project that starts at version 0. */
    static Outcome save(Path dir, Project base, Random random, double operations) throws Exception {
        Path p = dir.resolve("p.cp1ki");
        ProjectFiles.save(new ProjectDocument(base, notes(0)), p);
        Path log = dir.resolve("child.log");
        long delay = kill(ChildJvm.start(CrashChild.class, List.of(), List.of("save", p.toString()), log), log, random,
                operations);
        int last = last(log, "saved ");
        List<String> left = leftovers(dir);
        int v = version(ProjectFiles.loadDocument(p));
        check(v == last || v == last + 1, "the file is version " + v + " after " + last + " completed saves");
        Path bak = ProjectFiles.backupOf(p);
        Integer b = Files.exists(bak) ? version(ProjectFiles.loadDocument(bak)) : null;
        check(b == null ? v == 0 : b == v - 1 || b == v, "file version " + v + " with backup version " + b);
        ProjectFiles.save(new ProjectDocument(base, notes(v + 1)), p);
        check(leftovers(dir).isEmpty(), "the next save leaves " + leftovers(dir));
        check(version(ProjectFiles.loadDocument(bak)) == v, "the next save backs up version " + v);
        return new Outcome(delay, last, v == last + 1, b != null && b == v, b == null, left);
    }

    /** The child runs {@code cp1ki import --into} adding workloads w0, w1, w2 …. */
    static Outcome importInto(Path dir, Project base, Random random, double operations) throws Exception {
        Path p = dir.resolve("p.cp1ki");
        ProjectFiles.save(new ProjectDocument(base, notes(0)), p);
        Path csv = Files.writeString(dir.resolve("log.csv"), "input_tokens,output_tokens\n1200,300\n1800,400\n900,120\n");
        Path log = dir.resolve("child.log");
        long delay = kill(ChildJvm.start(CrashChild.class, List.of(), List.of("import", p.toString(), csv.toString()), log),
                log, random, operations);
        String text = Files.readString(log);
        check(!text.contains("exit 1") && !text.contains("exit 2"), "an import failed before the kill:\n" + text);
        int last = last(log, "imported ");
        List<String> left = leftovers(dir);
        int m = imported(ProjectFiles.load(p));
        check(m == last + 1 || m == last + 2, "the file holds " + m + " imports after " + (last + 1) + " completed");
        Path bak = ProjectFiles.backupOf(p);
        Integer b = Files.exists(bak) ? imported(ProjectFiles.load(bak)) : null;
        check(b == null ? m == 0 : b == m - 1 || b == m, "file with " + m + " imports, backup with " + b);
        int exit = Cli.standard().run(new String[]{"import", csv.toString(), "--into", p.toString(), "--workload", "next",
                "--per-day", "100"}, new PrintStream(OutputStream.nullOutputStream()), System.err);
        check(exit == 0, "the next import failed");
        check(leftovers(dir).isEmpty(), "the next import leaves " + leftovers(dir));
        check(imported(ProjectFiles.load(bak)) == m, "the next import backs up the file with " + m + " imports");
        return new Outcome(delay, last + 1, m == last + 2, b != null && b == m, b == null, left);
    }

    /** How many of w0, w1, … the project holds; fails unless they are exactly the first n. */
    private static int imported(Project p) {
        Set<String> names = new TreeSet<>();
        for (Workload w : p.workloads()) {
            if (w.name().matches("w\\d+")) {
                names.add(w.name());
            }
        }
        for (int k = 0; k < names.size(); k++) {
            check(names.contains("w" + k), "imports are not a prefix: " + names);
        }
        return names.size();
    }

    /**
     * Waits for the child to be ready, lets it work for a random time of up to {@code operations}
     * times its own measured time of one operation, and kills it with SIGKILL.
     */
    private static long kill(Process child, Path log, Random random, double operations) throws Exception {
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            String ready;
            while ((ready = Files.readAllLines(log).stream().filter(l -> l.startsWith("ready ")).findFirst().orElse(null)) == null) {
                check(child.isAlive(), "the child died before it was ready:\n" + Files.readString(log));
                check(System.nanoTime() < until, "the child was not ready in 120 s");
                Thread.sleep(10);
            }
            long perOperation = Long.parseLong(ready.substring("ready ".length()).trim());
            long delay = (long) (random.nextDouble() * operations * Math.max(1, perOperation));
            Thread.sleep(delay);
            check(child.isAlive(), "the child ended by itself:\n" + Files.readString(log));
            return delay;
        } finally {
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no finally blocks
            child.waitFor();
        }
    }

    private static int last(Path log, String prefix) throws IOException {
        int last = prefix.startsWith("imported") ? -1 : 0;
        for (String line : Files.readAllLines(log)) {
            if (line.startsWith(prefix)) {
                last = Integer.parseInt(line.substring(prefix.length()).split(" ")[0]);
            }
        }
        return last;
    }

    private static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.map(f -> f.getFileName().toString()).filter(n -> !OURS.contains(n)).sorted().toList());
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
