package com.cp1ki.cli;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Simulator;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code cp1ki simulate FILE [--draws N] [--seed S] [--format md|json|csv]}: the Monte Carlo
 * simulation over the project's ranges (docs/cli.md), at the seed and draws stored in the project
 * unless given. The draws run in blocks on every core; the result is the same bits on any number
 * of cores.
 */
public final class SimulateCommand implements Command {
    /** Draws per block of work. */
    static final int BLOCK = 250;

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public String usage() {
        return "FILE [--draws N] [--seed S] [--format md|json|csv]  Monte Carlo over the project's ranges:"
                + " P5-P95 of CP1Ki, costs, crossovers, margins";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String file;
        String format;
        Long seed;
        Integer draws;
        try {
            Arguments a = Arguments.parse(args, Set.of("draws", "seed", "format"));
            file = a.single("FILE");
            format = a.option("format").orElse("md");
            if (!Set.of("md", "json", "csv").contains(format)) {
                throw new Arguments.UsageException("unknown format '" + format + "' (expected md, json or csv)");
            }
            seed = a.option("seed").isPresent() ? seed(a.option("seed").get()) : null;
            draws = a.option("draws").isPresent() ? draws(a.option("draws").get()) : null;
        } catch (Arguments.UsageException e) {
            return Usage.fail(this, e, err);
        }
        Project p;
        Simulator sim;
        try {
            p = ProjectFiles.load(Path.of(file));
            Uncertainty u = p.uncertainty();
            // the draws are kept in memory: refuse (naming the draws, saying how many fit) what the heap cannot hold
            sim = UncertaintyEngine.simulator(p, seed == null ? u.seed() : seed, draws == null ? u.draws() : draws,
                    UncertaintyEngine.memoryFor(Runtime.getRuntime().maxMemory()));
        } catch (ProjectFileException e) {
            err.println("cp1ki simulate: " + e.getMessage());
            return Cli.FAILED;
        } catch (InvalidPathException e) {
            err.println("cp1ki simulate: " + file + " is not a valid path: " + e.getReason());
            return Cli.FAILED;
        } catch (InvalidInputException e) {
            err.println("cp1ki simulate: " + file + ": " + e.getMessage());
            return Cli.FAILED;
        }
        Simulation s = run(sim, Runtime.getRuntime().availableProcessors());
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case "json" -> SimulationJson.write(p, s, w);
                case "csv" -> SimulationCsv.write(s, w);
                default -> SimulationMarkdown.write(p, s, w);
            }
            w.flush();
        } catch (IOException e) {
            err.println("cp1ki simulate: cannot write the output: " + e.getMessage());
            return Cli.FAILED;
        }
        return 0;
    }

    /** Runs every draw in blocks on {@code threads} threads, then the outputs' statistics in blocks. */
    static Simulation run(Simulator sim, int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "cp1ki-simulate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> blocks = new java.util.ArrayList<>();
            for (int from = 0; from < sim.draws(); from += BLOCK) {
                int f = from;
                blocks.add(pool.submit(() -> sim.run(f, Math.min(sim.draws(), f + BLOCK))));
            }
            for (Future<?> b : blocks) {
                b.get();
            }
            List<Future<?>> summaries = new java.util.ArrayList<>();
            int step = Math.max(1, sim.outputCount() / Math.max(1, 4 * threads));
            for (int from = 0; from < sim.outputCount(); from += step) {
                int f = from;
                summaries.add(pool.submit(() -> sim.summarise(f, Math.min(sim.outputCount(), f + step))));
            }
            for (Future<?> b : summaries) {
                b.get();
            }
            return sim.result();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static long seed(String text) throws Arguments.UsageException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--seed must be a whole number between " + Long.MIN_VALUE + " and "
                    + Long.MAX_VALUE + ", was '" + text + "'");
        }
    }

    static int draws(String text) throws Arguments.UsageException {
        String t = text.strip().replace("_", "");
        long n;
        try {
            n = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new Arguments.UsageException("--draws must be a whole number from 1 to "
                    + String.format(java.util.Locale.ROOT, "%,d", Uncertainty.MAX_DRAWS) + ", was '" + text + "'");
        }
        if (n < 1 || n > Uncertainty.MAX_DRAWS) {
            throw new Arguments.UsageException("--draws must be from 1 to "
                    + String.format(java.util.Locale.ROOT, "%,d", Uncertainty.MAX_DRAWS) + ", was " + text);
        }
        return (int) n;
    }
}
