package com.cp1ki.bench;

import com.cp1ki.engine.drift.Drift;
import com.cp1ki.engine.drift.DriftReport;
import com.cp1ki.engine.drift.DriftRule;
import com.cp1ki.engine.drift.DriftSettings;
import com.cp1ki.engine.drift.Granularity;
import com.cp1ki.engine.drift.PriceBook;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.tokens.DriftLog;
import com.cp1ki.io.tokens.DriftRead;
import com.cp1ki.io.tokens.DriftReadOptions;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.TokenImport;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Drift against import on the same file: a generated 30-day, 10-feature, 3-model log of
 * {@code cp1ki.bench.driftRows} rows (10 million by default; {@code timestamp,feature,model,
 * input_tokens,output_tokens,cached_tokens,cost,status}, token pairs from the Azure traces), read by
 * {@code DriftLog.read} + {@code Drift.analyse} and by {@code TokenImport.importFile}, best wall and
 * CPU time of several runs in one JVM. Also writes {@code drift-bench.cp1ki} for the whole-command
 * comparison with hyperfine (docs/performance.md).
 *
 * <p>Run: {@code java -Xmx512m -cp target/benchmarks.jar com.cp1ki.bench.DriftCpu [warmup] [runs]}.
 */
public final class DriftCpu {
    static final long ROWS = Long.getLong("cp1ki.bench.driftRows", 10_000_000L);
    static final String[] MODELS = {"gpt-4o-mini", "gpt-4o", "claude-3-5-haiku"};

    private DriftCpu() {
    }

    public static Path log() throws IOException {
        Path p = BenchData.DIR.resolve("drift-" + ROWS + ".csv");
        if (Files.exists(p)) {
            return p;
        }
        Files.createDirectories(p.getParent());
        long[][] pairs = BenchData.pairs();
        SplittableRandom rnd = new SplittableRandom(30);
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        long t = 1_777_593_600_000_000L; // 2026-05-01T00:00:00Z
        long step = 30L * 86_400_000_000L / ROWS;
        byte[] b = new byte[256];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            out.write("timestamp,feature,model,input_tokens,output_tokens,cached_tokens,cost,status\n".getBytes());
            for (long r = 0; r < ROWS; r++) {
                t += step;
                long[] pair = pairs[rnd.nextInt(pairs.length)];
                int n = Text.timestamp(b, 0, t);
                n = Text.ascii(b, n, ",feature-");
                b[n++] = (byte) ('0' + rnd.nextInt(10));
                b[n++] = ',';
                n = Text.ascii(b, n, MODELS[rnd.nextInt(3)]);
                b[n++] = ',';
                n = Text.number(b, n, pair[0]);
                b[n++] = ',';
                n = Text.number(b, n, pair[1]);
                b[n++] = ',';
                n = Text.number(b, n, rnd.nextInt(4) == 0 ? pair[0] / 2 : 0);
                n = Text.ascii(b, n, ",0.000");
                n = Text.number(b, n, 100 + (pair[0] + 4 * pair[1]) % 900);
                n = Text.ascii(b, n, rnd.nextInt(50) == 0 ? ",failure\n" : ",success\n");
                out.write(b, 0, n);
            }
        }
        Files.move(tmp, p);
        return p;
    }

    public static Project project() {
        List<Stack> s = List.of(
                new Stack("GPT-4o mini", true, ManagedApi.simple("OpenAI", "gpt-4o-mini", 0.15, 0.60), CommonCosts.NONE),
                new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "gpt-4o", 2.50, 10.00), CommonCosts.NONE),
                new Stack("Claude Haiku 3.5", true, ManagedApi.simple("Anthropic", "claude-3-5-haiku", 0.80, 4.00),
                        CommonCosts.NONE));
        return new Project("drift bench", Settings.DEFAULT, List.of(), s, List.of());
    }

    static DriftReport drift(Path log, Project p) throws Exception {
        DriftRead r = DriftLog.read(List.of(log), DriftReadOptions.defaults().withThresholdsOf(p));
        return Drift.analyse(p, r.data(), DriftSettings.of(DriftRule.defaults(Granularity.DAY)), PriceBook.PROJECT);
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path log = log();
        Project p = project();
        Files.writeString(BenchData.DIR.resolve("drift-bench.cp1ki"), ProjectFiles.write(p));
        System.out.println(log + " " + Files.size(log) + " bytes, " + ROWS + " rows");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (String v : new String[] {"import", "drift"}) {
            long bestWall = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            for (int i = 0; i < warmup + runs; i++) {
                System.gc();
                long c0 = os.getProcessCpuTime();
                long w0 = System.nanoTime();
                Object o = v.equals("import") ? TokenImport.importFile(log, ImportOptions.defaults()) : drift(log, p);
                long w = System.nanoTime() - w0;
                long c = os.getProcessCpuTime() - c0;
                if (o == null) {
                    throw new IllegalStateException();
                }
                if (i >= warmup) {
                    bestWall = Math.min(bestWall, w);
                    bestCpu = Math.min(bestCpu, c);
                }
            }
            System.out.printf(Locale.ROOT, "%-8s best wall %6d ms, best cpu %6d ms%n", v, bestWall / 1_000_000,
                    bestCpu / 1_000_000);
        }
    }
}
