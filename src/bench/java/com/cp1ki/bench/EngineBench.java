package com.cp1ki.bench;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A full engine report: (a) for each bundled sample project, (b) for a generated project of 10
 * workloads x 10 stacks (API stacks with long-context tiers, cache and batch; GPU fleets that step
 * thousands of times over the volume range) whose token distributions hold a million requests
 * each, drawn with a fixed seed from the Azure LLM inference traces.
 *
 * <p>Run from the repository root: {@code java -jar target/benchmarks.jar EngineBench}. The trace
 * folder defaults to {@code /work/shared/data/azure-llm-inference-2023}; set
 * {@code -Dcp1ki.traces=DIR} to point elsewhere.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBench {

    @State(Scope.Benchmark)
    public static class Sample {
        @Param({"summariser-seed", "azure-llm-traces", "plans-inr-subscription", "portfolio"})
        public String name;
        Project project;

        @Setup(Level.Trial)
        public void load() throws Exception {
            Path file = Path.of("sample-projects", name + ".cp1ki");
            project = Files.exists(file) ? ProjectFiles.load(file) : seedInCode();
        }
    }

    @State(Scope.Benchmark)
    public static class Large {
        Project project;

        @Setup(Level.Trial)
        public void build() throws IOException {
            project = largeProject(Path.of(System.getProperty("cp1ki.traces", "/work/shared/data/azure-llm-inference-2023")));
        }
    }

    /** The large project with every workload routed across two or three stacks (issue 10's speed target). */
    @State(Scope.Benchmark)
    public static class LargeRouted {
        Project project;

        @Setup(Level.Trial)
        public void build() throws IOException {
            project = routed(largeProject(Path.of(System.getProperty("cp1ki.traces",
                    "/work/shared/data/azure-llm-inference-2023"))));
        }
    }

    @Benchmark
    public Report tenByTenRouted(LargeRouted l) {
        return CostEngine.report(l.project);
    }

    /**
     * Every workload routed: workload w sends its inferences to api_(w mod 6) and gpu_(w mod 4),
     * and odd workloads a third share to api_((w + 3) mod 6), so each GPU fleet is shared by two or
     * three workloads and the portfolio holds all 10 stacks.
     */
    static Project routed(Project p) {
        List<Workload> out = new ArrayList<>();
        for (int w = 0; w < p.workloads().size(); w++) {
            List<Route> r = w % 2 == 0
                    ? List.of(new Route("api_" + w % 6, 0.6), new Route("gpu_" + w % 4, 0.4))
                    : List.of(new Route("api_" + w % 6, 0.5), new Route("gpu_" + w % 4, 0.3),
                    new Route("api_" + (w + 3) % 6, 0.2));
            out.add(p.workloads().get(w).withRouting(r));
        }
        return p.withWorkloads(out);
    }

    @Benchmark
    public Report sampleProject(Sample s) {
        return CostEngine.report(s.project);
    }

    @Benchmark
    public Report tenByTenMillionRequests(Large l) {
        return CostEngine.report(l.project);
    }

    /** Seed 004's worked example, for when the sample files are not there. */
    static Project seedInCode() {
        Workload w = new Workload("document_summariser", 10_000, new TypedMeans(1800, 400), null, 1);
        Stack haiku = new Stack("Claude Haiku 3.5", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.8, 4), CommonCosts.NONE);
        Stack gpt = new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.5, 10), CommonCosts.NONE);
        SelfHostedGpu g5 = new SelfHostedGpu("g5.xlarge", 1, 1.006, 0.636, 0, 0, 0, 0, RateKind.RESERVED_1Y, 0, 0, 1, 1, 0,
                RateKind.RESERVED_1Y, null);
        Stack llama = new Stack("Llama 3 70B", true, g5, new CommonCosts(4, 5, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0));
        return new Project("seed", Settings.DEFAULT, List.of(w), List.of(haiku, gpt, llama), List.of());
    }

    /** (ContextTokens, GeneratedTokens) of every row of every CSV in the folder. */
    static long[][] readTraces(Path dir) throws IOException {
        List<long[]> rows = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String[] header = r.readLine().split(",");
                    int ci = List.of(header).indexOf("ContextTokens");
                    int gi = List.of(header).indexOf("GeneratedTokens");
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        String[] c = line.split(",");
                        rows.add(new long[]{Long.parseLong(c[ci].trim()), Long.parseLong(c[gi].trim())});
                    }
                }
            }
        }
        return rows.toArray(new long[0][]);
    }

    public static Project largeProject(Path traces) throws IOException {
        long[][] pool = readTraces(traces);
        Random rnd = new Random(20231116);
        List<Workload> workloads = new ArrayList<>();
        for (int w = 0; w < 10; w++) {
            TokenDistribution.Builder b = new TokenDistribution.Builder();
            double scale = 0.5 + w * 0.25; // workloads differ in prompt size
            for (int k = 0; k < 1_000_000; k++) {
                long[] row = pool[rnd.nextInt(pool.length)];
                b.add(Math.round(row[0] * scale), row[1]);
            }
            workloads.add(new Workload("workload_" + w, 1e3 * Math.pow(3, w), b.build(), 0.02 + 0.01 * w, 1 + 0.2 * w));
        }
        List<Stack> stacks = new ArrayList<>();
        CommonCosts ops = new CommonCosts(20, 10, 5, 0, 8, 120, 500, 20_000, 12, 1, 0.0002, 1, 0.0001, 0.05, 0.02);
        for (int s = 0; s < 6; s++) {
            double in = 0.25 * (s + 1);
            LongContextTier tier = s % 2 == 0 ? new LongContextTier(2000L + 1000L * s, in * 2, in * 8, in * 0.2, in * 2.5) : null;
            ManagedApi api = new ManagedApi("P" + s, "model " + s, in, in * 4, in * 0.1, in * 1.25, 0.1 * s, 0.05, 0.1 * s,
                    0.5, tier, s == 5 ? 0.055 : 0, s == 3 ? 1e-5 : 0, "2026-11-01", "illustrative");
            stacks.add(new Stack("api_" + s, true, api, s < 3 ? CommonCosts.NONE : ops));
        }
        double[] outTps = {40, 400, 2500, 9000};
        for (int g = 0; g < 4; g++) {
            SelfHostedGpu gpu = new SelfHostedGpu("gpu_" + g, 1 << g, 1.0 + 3 * g, 0, 0.35, 0, 0.55, 0.4 + g,
                    RateKind.values()[g], outTps[g], g % 2 == 1 ? outTps[g] * 20 : 0, 0.7 + 0.1 * (g % 3), g % 3, g == 2 ? 2 : 0,
                    RateKind.RESERVED_1Y, null);
            stacks.add(new Stack("gpu_" + g, true, gpu, ops));
        }
        List<Plan> plans = List.of(
                new Plan("pro", 20, 2000.0, 5, List.of("workload_0", "workload_1"), "api_1", new LognormalUsage(800, 4000), null),
                new Plan("team", 99, null, 0, List.of("workload_2"), "gpu_1",
                        new UserCounts(new double[]{10, 100, 1000, 10_000, 50_000}, new double[]{300, 500, 150, 40, 10}), null));
        return new Project("large", Settings.DEFAULT, workloads, stacks, plans);
    }
}
