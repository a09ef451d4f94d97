package com.cp1ki.bench;

import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.ScenarioEngine;
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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Issue 11's speed target: the side-by-side comparison of EngineBench's large project (10 workloads
 * x 10 stacks x 1M requests, routed) with eight scenarios, i.e. nine reports and the table.
 *
 * <p>JMH: {@code java -jar target/benchmarks.jar ScenarioBench}; the thread's CPU time (better on a
 * loaded machine): {@code java -cp target/benchmarks.jar com.cp1ki.bench.ScenarioBench [comparisons]}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScenarioBench {

    @State(Scope.Benchmark)
    public static class Eight {
        Project project;

        @Setup(Level.Trial)
        public void build() throws IOException {
            project = eightScenarios();
        }
    }

    @Benchmark
    public Comparison compareEightScenarios(Eight e) {
        return ScenarioEngine.compare(e.project);
    }

    static Project eightScenarios() throws IOException {
        Project p = EngineBench.routed(EngineBench.largeProject(Path.of(System.getProperty("cp1ki.traces",
                "/work/shared/data/azure-llm-inference-2023"))));
        List<FieldOverride> tripled = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            tripled.add(FieldOverride.scale("workloads[workload_" + w + "].inferencesPerDay", 3));
        }
        return p.withScenarios(List.of(
                new Scenario("volume x3", tripled),
                new Scenario("api_0 at half price", List.of(FieldOverride.scale("stacks[api_0].serving.inputPrice", 0.5),
                        FieldOverride.scale("stacks[api_0].serving.outputPrice", 0.5))),
                new Scenario("gpu_1 on demand", List.of(FieldOverride.setValue("stacks[gpu_1].serving.rate", RateKind.ON_DEMAND))),
                new Scenario("pro at 15", List.of(FieldOverride.set("plans[pro].pricePerUserMonth", 15))),
                new Scenario("value x2", List.of(FieldOverride.scale("workloads[workload_3].valuePerInference", 2))),
                new Scenario("gpu_0 ceiling 90%", List.of(FieldOverride.set("stacks[gpu_0].serving.utilisationCeiling", 0.9))),
                new Scenario("workload_5 small", List.of(FieldOverride.scale("workloads[workload_5].inferencesPerDay", 0.1),
                        FieldOverride.scale("stacks[api_4].serving.outputPrice", 1.2))),
                new Scenario("workload_0 on the API", List.of(FieldOverride.set("workloads[workload_0].routing[api_0].share", 1)))));
    }

    /** Median CPU and wall time of {@code args[0]} comparisons (default 100) after 30 warm-up ones. */
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Project p = eightScenarios();
        if (!ScenarioEngine.problems(p).isEmpty()) {
            throw new IllegalStateException("benchmark scenarios do not apply: " + ScenarioEngine.problems(p));
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 30; i++) {
            ScenarioEngine.compare(p);
        }
        double[] cpu = new double[n];
        double[] wall = new double[n];
        for (int i = 0; i < n; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ScenarioEngine.compare(p);
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf("compare, 8 scenarios of the routed 10 x 10 x 1M project, %d comparisons: CPU median %.2f ms"
                        + " (p10 %.2f, p90 %.2f); wall median %.2f ms (p10 %.2f, p90 %.2f)%n", n, cpu[n / 2], cpu[n / 10],
                cpu[n * 9 / 10], wall[n / 2], wall[n / 10], wall[n * 9 / 10]);
    }
}
