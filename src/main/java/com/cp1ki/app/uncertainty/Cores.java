package com.cp1ki.app.uncertainty;

import com.cp1ki.engine.uncertainty.Simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.function.IntBinaryOperator;

/**
 * A block of a simulation spread over the machine's cores: its draws (or, at the end, the outputs'
 * statistics) cut into one part per core, the first part run on the calling thread (the
 * workbench's engine thread) and the others on the common fork-join pool, all finished before it
 * returns. The simulator gives the same bits however its draws and outputs are split, so the cores
 * change only how soon a run ends; the blocks stay the unit of progress and Cancel.
 */
final class Cores {
    private Cores() {
    }

    /** How many parts a block is cut into: one per core. */
    static int parts() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** Runs draws {@code from} (inclusive) to {@code to} (exclusive) in {@code parts} parts at once. */
    static void draws(Simulator sim, int from, int to, int parts) {
        split(from, to, parts, (a, b) -> {
            sim.run(a, b);
            return 0;
        });
    }

    /** Computes every output's statistics in {@code parts} parts at once (then {@link Simulator#result()} only gathers them). */
    static void statistics(Simulator sim, int parts) {
        split(0, sim.outputCount(), parts, (a, b) -> {
            sim.summarise(a, b);
            return 0;
        });
    }

    private static void split(int from, int to, int parts, IntBinaryOperator work) {
        int n = to - from;
        int k = Math.max(1, Math.min(parts, n));
        List<ForkJoinTask<?>> others = new ArrayList<>();
        for (int i = 1; i < k; i++) {
            int a = from + (int) ((long) n * i / k);
            int b = from + (int) ((long) n * (i + 1) / k);
            others.add(ForkJoinPool.commonPool().submit(() -> work.applyAsInt(a, b)));
        }
        try {
            work.applyAsInt(from, from + (int) ((long) n / k));
        } finally {
            // every part has ended before the block is reported (a failed part's exception is rethrown here)
            RuntimeException failed = null;
            for (ForkJoinTask<?> t : others) {
                try {
                    t.join();
                } catch (RuntimeException e) {
                    failed = failed == null ? e : failed;
                }
            }
            if (failed != null) {
                throw failed;
            }
        }
    }
}
