package com.cp1ki.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generated inputs for the import benchmarks, written under {@code target/bench-data/} (never
 * committed): a CSV in the Azure trace layout ({@code TIMESTAMP,ContextTokens,GeneratedTokens}) and
 * a JSON Lines log in the OpenAI usage layout. Token pairs are drawn with a fixed seed from the
 * real Azure LLM inference traces (CC-BY 4.0, src/test/resources/azure-llm-inference-2023/), so the
 * histogram has the cells real traffic has; timestamps increase with a daily cycle (busy afternoons,
 * quiet nights), so hourly peaks are real work for the importer.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar com.cp1ki.bench.BenchData [rows] [jsonlRows]}.
 */
public final class BenchData {
    public static final Path DIR = Path.of(System.getProperty("cp1ki.bench.dir", "target/bench-data"));
    public static final long CSV_ROWS = Long.getLong("cp1ki.bench.rows", 10_000_000L);
    public static final long JSONL_ROWS = Long.getLong("cp1ki.bench.jsonlRows", 2_000_000L);
    static final Path TRACES = Path.of("src/test/resources/azure-llm-inference-2023");

    private BenchData() {
    }

    public static Path csv() throws IOException {
        Path p = DIR.resolve("big-" + CSV_ROWS + ".csv");
        if (!Files.exists(p)) {
            write(p, CSV_ROWS, false);
        }
        return p;
    }

    public static Path jsonl() throws IOException {
        Path p = DIR.resolve("big-" + JSONL_ROWS + ".jsonl");
        if (!Files.exists(p)) {
            write(p, JSONL_ROWS, true);
        }
        return p;
    }

    static long[][] pairs() throws IOException {
        List<long[]> all = new ArrayList<>();
        for (String name : new String[] {"AzureLLMInferenceTrace_code.csv", "AzureLLMInferenceTrace_conv.csv"}) {
            List<String> lines = Files.readAllLines(TRACES.resolve(name));
            for (String l : lines.subList(1, lines.size())) {
                String[] c = l.split(",");
                all.add(new long[] {Long.parseLong(c[1]), Long.parseLong(c[2])});
            }
        }
        return all.toArray(new long[0][]);
    }

    static void write(Path p, long rows, boolean json) throws IOException {
        Files.createDirectories(p.getParent());
        long[][] pairs = pairs();
        SplittableRandom rnd = new SplittableRandom(2023_11_16L);
        Path tmp = p.resolveSibling(p.getFileName() + ".tmp");
        // 2023-11-16T00:00:00Z in microseconds; mean gap so that the log spans about a week
        long t = 1_700_092_800_000_000L;
        double meanGap = 7 * 86_400e6 / rows;
        byte[] line = new byte[256];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
            out.write((json ? "" : "TIMESTAMP,ContextTokens,GeneratedTokens\n").getBytes());
            for (long r = 0; r < rows; r++) {
                double hour = (t / 3_600_000_000L) % 24;
                double load = 1 + 0.6 * Math.sin((hour - 9) / 24 * 2 * Math.PI);
                t += (long) (-Math.log(1 - rnd.nextDouble()) * meanGap / load);
                long[] pair = pairs[rnd.nextInt(pairs.length)];
                int n = json ? jsonLine(line, t, pair) : csvLine(line, t, pair);
                out.write(line, 0, n);
            }
        }
        Files.move(tmp, p);
    }

    private static int csvLine(byte[] b, long micros, long[] pair) {
        int n = Text.timestamp(b, 0, micros);
        b[n++] = ',';
        n = Text.number(b, n, pair[0]);
        b[n++] = ',';
        n = Text.number(b, n, pair[1]);
        b[n++] = '\n';
        return n;
    }

    private static int jsonLine(byte[] b, long micros, long[] pair) {
        int n = Text.ascii(b, 0, "{\"id\":\"cmpl-");
        n = Text.number(b, n, micros % 100_000_007L);
        n = Text.ascii(b, n, "\",\"object\":\"chat.completion\",\"created\":");
        n = Text.number(b, n, micros / 1_000_000L);
        n = Text.ascii(b, n, ",\"model\":\"gpt-4o-2024-08-06\",\"usage\":{\"prompt_tokens\":");
        n = Text.number(b, n, pair[0]);
        n = Text.ascii(b, n, ",\"completion_tokens\":");
        n = Text.number(b, n, pair[1]);
        n = Text.ascii(b, n, ",\"total_tokens\":");
        n = Text.number(b, n, pair[0] + pair[1]);
        n = Text.ascii(b, n, "}}\n");
        return n;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(csv() + " " + Files.size(csv()) + " bytes");
        System.out.println(jsonl() + " " + Files.size(jsonl()) + " bytes");
    }
}
