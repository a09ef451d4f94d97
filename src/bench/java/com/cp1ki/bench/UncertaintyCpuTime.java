package com.cp1ki.bench;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.uncertainty.Simulator;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * CPU time (not wall time) on one thread of the tornado of the ranges sample and of N Monte Carlo
 * draws of it (the fastest of five simulations, and their median), after a warm-up; the thread's own CPU time is what the work costs on a shared
 * machine. Run from the repository root:
 * {@code java -cp target/benchmarks.jar com.cp1ki.bench.UncertaintyCpuTime [draws] [large]}; with
 * {@code large}, EngineBench's 10 x 10 project with UncertaintyBench's 20 ranged inputs instead.
 */
public final class UncertaintyCpuTime {
    private static final int RUNS = 5;

    private UncertaintyCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int draws = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        boolean large = args.length > 1 && args[1].equals("large");
        Project p = large ? UncertaintyBench.largeWithRanges(EngineBench.largeProject(Path.of(System.getProperty(
                "cp1ki.traces", "/work/shared/data/azure-llm-inference-2023"))))
                : ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // a fresh JVM needs about 80,000 draws of the seed before the JIT settles (the draws' method handles
        // are compiled late: the first eight 10,000-draw simulations cost 200-350 ms, then 35 ms)
        for (int i = 0; i < 15; i++) {
            UncertaintyEngine.tornado(p);
            Simulator warm = UncertaintyEngine.simulator(p, 1, 10_000);
            warm.run(0, 10_000);
            warm.result();
        }
        long c = mx.getCurrentThreadCpuTime();
        int tornadoes = 5;
        for (int i = 0; i < tornadoes; i++) {
            UncertaintyEngine.tornado(p);
        }
        double tornado = (mx.getCurrentThreadCpuTime() - c) / 1e6 / tornadoes;
        // the simulation five times (seeds 42 to 46): on a shared machine the fastest run is the one least
        // slowed by the other processes sharing the core and its caches
        double run = Double.POSITIVE_INFINITY;
        double summary = Double.POSITIVE_INFINITY;
        double[] runs = new double[RUNS];
        for (int k = 0; k < RUNS; k++) {
            Simulator s = UncertaintyEngine.simulator(p, 42 + k, draws);
            c = mx.getCurrentThreadCpuTime();
            s.run(0, draws);
            runs[k] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
            run = Math.min(run, runs[k]);
            c = mx.getCurrentThreadCpuTime();
            s.result();
            summary = Math.min(summary, (mx.getCurrentThreadCpuTime() - c) / 1e6);
        }
        java.util.Arrays.sort(runs);
        System.out.printf("tornado of " + (large ? "the large project" : "summariser-ranges") + ": %.1f ms CPU; %,d draws:"
                + " %.0f ms CPU (%.3f ms a draw; median of %d runs %.0f ms), statistics %.0f ms CPU%n", tornado, draws, run,
                run / draws, RUNS, runs[RUNS / 2], summary);
    }
}
