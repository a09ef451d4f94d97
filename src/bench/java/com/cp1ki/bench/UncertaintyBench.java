package com.cp1ki.bench;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Simulator;
import com.cp1ki.engine.uncertainty.Tornado;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * Issue 12's speed targets: 10,000 Monte Carlo draws of the seed sample with ranges
 * ({@code summariser-ranges.cp1ki}, 8 ranged inputs) in under 100 ms; its tornado in under 20 ms;
 * 10,000 draws of EngineBench's 10 workloads x 10 stacks project (1M-request distributions, long
 * context tiers, stepping GPU fleets, two plans) with 20 ranged inputs in under 1 s on 2 cores. A
 * simulation is timed whole: the draws, then the statistics ({@link Simulator#summarise} and
 * {@link Simulator#result()}); the draws run in blocks of 500, the statistics in blocks of outputs, on the threads given by {@code -Dcp1ki.bench.threads} (default 2, as the CLI
 * and the workbench run them on this machine's 2 cores).
 *
 * <p>Run from the repository root: {@code java -jar target/benchmarks.jar UncertaintyBench}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(java.util.concurrent.TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class UncertaintyBench {
    static final int DRAWS = 10_000;
    static final int BLOCK = 500;
    static final int THREADS = Integer.getInteger("cp1ki.bench.threads", 2);

    @State(Scope.Benchmark)
    public static class Seed {
        Project project;
        ForkJoinPool pool;

        @Setup(Level.Trial)
        public void load() throws Exception {
            project = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
            pool = new ForkJoinPool(THREADS);
        }
    }

    @State(Scope.Benchmark)
    public static class Large {
        Project project;
        ForkJoinPool pool;

        @Setup(Level.Trial)
        public void build() throws IOException {
            project = largeWithRanges(EngineBench.largeProject(Path.of(System.getProperty("cp1ki.traces",
                    "/work/shared/data/azure-llm-inference-2023"))));
            pool = new ForkJoinPool(THREADS);
        }
    }

    @Benchmark
    public Simulation seedDraws(Seed s) throws Exception {
        return simulate(s.project, s.pool);
    }

    @Benchmark
    public Tornado seedTornado(Seed s) {
        return UncertaintyEngine.tornado(s.project);
    }

    @Benchmark
    public Simulation largeDraws(Large l) throws Exception {
        return simulate(l.project, l.pool);
    }

    /** 10,000 draws in blocks on the pool's threads, then the statistics. */
    static Simulation simulate(Project p, ForkJoinPool pool) throws Exception {
        Simulator sim = UncertaintyEngine.simulator(p, 42, DRAWS);
        pool.submit(() -> IntStream.range(0, DRAWS / BLOCK).parallel()
                .forEach(b -> sim.run(b * BLOCK, (b + 1) * BLOCK))).get();
        int n = sim.outputCount();
        int step = Math.max(1, n / (4 * THREADS));
        pool.submit(() -> IntStream.range(0, (n + step - 1) / step).parallel()
                .forEach(b -> sim.summarise(b * step, Math.min(n, (b + 1) * step)))).get();
        return sim.result();
    }

    /**
     * The large project with 20 ranged inputs, a planner's mix: every workload's volume (0.6x to
     * 1.6x, lognormal), three token scales (prompt growth), three API prices, two GPU throughputs, a
     * GPU utilisation ceiling and a plan's price.
     */
    public static Project largeWithRanges(Project p) {
        Uncertainty u = p.uncertainty().withDraws(DRAWS).withSeed(42);
        List<String> fields = new ArrayList<>();
        List<Range> ranges = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            double v = p.workloads().get(w).inferencesPerDay();
            fields.add("workloads[workload_" + w + "].inferencesPerDay");
            ranges.add(Range.lognormal(0.6 * v, 1.6 * v));
        }
        add(fields, ranges, "workloads[workload_3].tokens.inputScale", Range.lognormal(0.8, 1.5));
        add(fields, ranges, "workloads[workload_7].tokens.inputScale", Range.triangular(0.9, 1, 2));
        add(fields, ranges, "workloads[workload_5].tokens.outputScale", Range.uniform(0.8, 1.3));
        add(fields, ranges, "stacks[api_0].serving.outputPrice", Range.lognormal(0.6, 1.4));
        add(fields, ranges, "stacks[api_2].serving.inputPrice", Range.lognormal(0.4, 1.0));
        add(fields, ranges, "stacks[api_4].serving.outputPrice", Range.lognormal(3, 7));
        add(fields, ranges, "stacks[gpu_1].serving.outputTokensPerSecond", Range.lognormal(250, 600));
        add(fields, ranges, "stacks[gpu_3].serving.outputTokensPerSecond", Range.lognormal(6000, 12000));
        add(fields, ranges, "stacks[gpu_2].serving.utilisationCeiling", Range.triangular(0.75, 0.9, 1.0));
        add(fields, ranges, "plans[pro].pricePerUserMonth", Range.triangular(15, 20, 30));
        for (int i = 0; i < fields.size(); i++) {
            u = u.withRange(fields.get(i), ranges.get(i));
        }
        return p.withUncertainty(u);
    }

    private static void add(List<String> fields, List<Range> ranges, String field, Range r) {
        fields.add(field);
        ranges.add(r);
    }
}
