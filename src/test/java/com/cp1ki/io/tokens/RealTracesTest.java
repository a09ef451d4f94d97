package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.Summary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Azure LLM inference traces (CC-BY 4.0, see the ATTRIBUTION.md beside them) import exactly. */
class RealTracesTest {

    static Path trace(String name) throws Exception {
        return Paths.get(RealTracesTest.class.getResource("/azure-llm-inference-2023/" + name).toURI());
    }

    /** Independent reading: String.split, long sums, sorted arrays, nearest rank. */
    static long[][] readIndependently(Path p) throws IOException {
        List<long[]> rows = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(p)) {
            r.readLine();
            String line;
            while ((line = r.readLine()) != null) {
                String[] c = line.split(",");
                rows.add(new long[] {Long.parseLong(c[1]), Long.parseLong(c[2])});
            }
        }
        return rows.toArray(new long[0][]);
    }

    static long nearestRank(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    static void assertWithinOnePercent(long exact, double got, String what) {
        assertTrue(Math.abs(got - exact) <= 0.01 * exact + 1e-9, what + ": exact " + exact + ", got " + got);
    }

    static void assertSummary(long[] values, Summary s, String what) {
        long sum = Arrays.stream(values).sum();
        assertEquals(values.length, s.count(), 0.0, what + " count");
        assertEquals((double) sum / values.length, s.mean(), 1e-9 * sum / values.length, what + " mean");
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        assertWithinOnePercent(nearestRank(sorted, 0.50), s.p50(), what + " p50");
        assertWithinOnePercent(nearestRank(sorted, 0.90), s.p90(), what + " p90");
        assertWithinOnePercent(nearestRank(sorted, 0.95), s.p95(), what + " p95");
        assertWithinOnePercent(nearestRank(sorted, 0.99), s.p99(), what + " p99");
        assertEquals(sorted[sorted.length - 1], s.max(), 0.0, what + " max");
        for (double p : new double[] {s.p50(), s.p90(), s.p95(), s.p99()}) {
            assertEquals(Math.rint(p), p, 0.0, what + ": a token percentile is a whole number of tokens, got " + p);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"AzureLLMInferenceTrace_code.csv", "AzureLLMInferenceTrace_conv.csv"})
    void bothRealTracesImportWithExactCountsAndMeansAndPercentilesWithinOnePercent(String name) throws Exception {
        Path p = trace(name);
        long[][] rows = readIndependently(p);
        ImportResult r = TokenImport.importFile(p, ImportOptions.defaults());
        ImportReport rep = r.report();
        assertEquals(rows.length, rep.rowsRead());
        assertEquals(rows.length, rep.rowsUsed());
        assertEquals(0, rep.rowsSkipped());
        assertEquals(rows.length, rep.weight(), 0.0);
        assertEquals("csv", rep.format());
        assertEquals("ContextTokens", rep.columns().get(Role.INPUT));
        assertEquals("GeneratedTokens", rep.columns().get(Role.OUTPUT));
        assertEquals("TIMESTAMP", rep.columns().get(Role.TIME));
        assertSummary(Arrays.stream(rows).mapToLong(x -> x[0]).toArray(), rep.input(), "input");
        assertSummary(Arrays.stream(rows).mapToLong(x -> x[1]).toArray(), rep.output(), "output");
        assertEquals(Arrays.stream(rows).mapToLong(x -> x[0]).sum(), r.distribution().sumInput(), 0.0);
        assertEquals(Arrays.stream(rows).mapToLong(x -> x[1]).sum(), r.distribution().sumOutput(), 0.0);
        Traffic t = r.traffic();
        assertNotNull(t);
        assertTrue(t.spanSeconds() > 3000 && t.spanSeconds() < 3700, "about an hour: " + t.spanSeconds());
        assertEquals(rows.length / t.spanSeconds(), t.requestsPerSecond(), 1e-9);
        assertNull(t.peakToAverageHourly(), "an hour-long trace has no two full clock hours");
        assertNotNull(t.peakToAverageMinute());
        assertTrue(t.peakToAverageMinute() >= 1);
    }
}
