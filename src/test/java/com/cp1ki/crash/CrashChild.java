package com.cp1ki.crash;

import com.cp1ki.cli.Cli;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFiles;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The process the crash-safety test kills with {@code kill -9}: it saves a project over and over
 * (mode {@code save}: version 1, 2, 3 … in the notes), or runs {@code cp1ki import --into} over and
 * over (mode {@code import}: workloads w0, w1, w2 …), and prints a line after each one completes.
 *
 * <p>{@code save PROJECT} or {@code import PROJECT LOG}
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[1]);
        PrintStream out = System.out;
        Path scratch = project.resolveSibling("warm-up");
        java.nio.file.Files.createDirectories(scratch);
        if (args[0].equals("save")) {
            ProjectDocument base = ProjectFiles.loadDocument(project);
            // warm up on a copy, and say how long one save takes, so the test kills within a few saves
            long t0 = System.nanoTime();
            for (int k = 0; k < 3; k++) {
                ProjectFiles.save(base, scratch.resolve("p.cp1ki"));
            }
            say(out, "ready " + (System.nanoTime() - t0) / 3_000_000);
            for (int k = 1; ; k++) {
                ProjectFiles.save(new ProjectDocument(base.project(), CrashTrials.notes(k)), project);
                say(out, "saved " + k);
            }
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        java.nio.file.Files.copy(project, scratch.resolve("p.cp1ki"));
        long t0 = System.nanoTime();
        for (int k = 0; k < 3; k++) {
            Cli.standard().run(new String[]{"import", args[2], "--into", scratch.resolve("p.cp1ki").toString(), "--workload",
                    "warm" + k, "--per-day", "100"}, quiet, out);
        }
        say(out, "ready " + (System.nanoTime() - t0) / 3_000_000);
        for (int k = 0; ; k++) {
            int exit = Cli.standard().run(new String[]{"import", args[2], "--into", project.toString(), "--workload",
                    "w" + k, "--per-day", "100"}, quiet, out);
            say(out, "imported " + k + " exit " + exit);
        }
    }

    private static void say(PrintStream out, String line) {
        out.println(line);
        out.flush();
    }
}
