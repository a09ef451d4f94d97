package com.cp1ki.io.tokens;

import com.cp1ki.engine.drift.LogCell;
import com.cp1ki.engine.drift.LogData;
import com.cp1ki.engine.model.TokenDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DuckDB queries of docs/warehouse.md, run as written (only the file names changed) against
 * embedded DuckDB on a generated JSON Lines log in the OpenAI layout: importing their output gives
 * exactly what importing the raw log gives.
 */
class WarehouseDuckDbTest {
    static final Path DOC = Path.of("docs", "warehouse.md");
    static final String[] FEATURES = {"chat", "summariser", "search"};
    static final String[] MODELS = {"gpt-4o-mini", "gpt-4o"};

    @TempDir
    static Path dir;
    static Path raw;

    @BeforeAll
    static void writeLog() throws IOException {
        long[][] pairs = SyntheticLog.pairs();
        raw = dir.resolve("logs").resolve("requests.jsonl.gz");
        Files.createDirectories(raw.getParent());
        SplittableRandom rnd = new SplittableRandom(11);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(raw));
             Writer w = new OutputStreamWriter(o, StandardCharsets.UTF_8)) {
            long t0 = 1_714_521_600L; // 2024-05-01T00:00:00Z
            for (int i = 0; i < 30_000; i++) {
                long[] p = pairs[rnd.nextInt(pairs.length)];
                long created = t0 + rnd.nextLong(7 * 86_400L);
                long cached = rnd.nextInt(3) == 0 ? p[0] / 2 : 0;
                boolean failed = rnd.nextInt(40) == 0;
                w.write(String.format(Locale.ROOT, "{\"id\":\"r%d\",\"created\":%d,\"model\":\"%s\",\"status\":\"%s\","
                                + "\"cost\":%.9f,\"usage\":{\"prompt_tokens\":%d,\"completion_tokens\":%d,"
                                + "\"prompt_tokens_details\":{\"cached_tokens\":%d}},\"metadata\":{\"feature\":\"%s\"}}%n",
                        i, created, MODELS[rnd.nextInt(2)], failed ? "failure" : "success", (p[0] + 3 * p[1]) / 1e6,
                        p[0], failed ? 0 : p[1], cached, FEATURES[rnd.nextInt(3)]));
            }
        }
    }

    /** The first ```sql block after a heading of docs/warehouse.md. */
    static String query(String heading) throws IOException {
        String doc = Files.readString(DOC);
        int at = doc.indexOf("\n" + heading + "\n");
        assertTrue(at >= 0, "no heading " + heading);
        Matcher m = Pattern.compile("```sql\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(m.find(at), "no sql block after " + heading);
        return m.group(1);
    }

    static void duckdb(String sql) throws Exception {
        Class.forName("org.duckdb.DuckDBDriver");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String onFiles(String sql, String out) {
        return sql.replaceAll("read_json_auto\\('[^']*'\\)", "read_json_auto('" + raw.toString().replace("'", "''") + "')")
                .replaceAll("TO '[^']*'", "TO '" + out.replace("'", "''") + "'");
    }

    @Test
    void theInputOutputCountQueryGivesTheDistributionOfTheRawLog() throws Exception {
        Path out = dir.resolve("tokens.csv");
        duckdb(onFiles(query("## DuckDB"), out.toString()));
        ImportResult direct = TokenImport.importFile(raw, ImportOptions.defaults());
        ImportResult grouped = TokenImport.importFile(out, ImportOptions.defaults().withTagCol("tag"));
        same(direct.distribution(), grouped.distribution());
        for (String f : FEATURES) {
            same(direct.tag(f).orElseThrow().distribution(), grouped.tag(f).orElseThrow().distribution());
        }
        assertEquals(0, grouped.report().rowsSkipped());
    }

    @Test
    void thePerFeatureDayQueryGivesTheSumsOfTheRawLog() throws Exception {
        Path out = dir.resolve("drift-daily.csv");
        duckdb(onFiles(query("### DuckDB"), out.toString()));
        DriftRead direct = DriftLog.read(List.of(raw), DriftReadOptions.defaults());
        DriftRead grouped = DriftLog.read(List.of(out), DriftReadOptions.defaults());
        assertTrue(grouped.files().get(0).aggregated());
        assertEquals(0, grouped.files().get(0).rowsSkipped());
        Map<String, double[]> a = sums(direct.data());
        Map<String, double[]> b = sums(grouped.data());
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            for (int x = 0; x < 5; x++) {
                assertEquals(a.get(k)[x], b.get(k)[x], 0, k + " field " + x);
            }
            assertEquals(a.get(k)[5], b.get(k)[5], 1e-9, k + " billed");
        }
        assertTrue(direct.data().statusColumn() && grouped.data().statusColumn());
        assertTrue(direct.data().cacheColumn() && grouped.data().cacheColumn());
    }

    /** Per "feature/model/day/failed": requests, input, cached, write, output, billed. */
    static Map<String, double[]> sums(LogData d) {
        Map<String, double[]> m = new TreeMap<>();
        for (LogCell c : d.cells()) {
            double[] s = m.computeIfAbsent(d.features().get(c.feature()) + "/" + d.models().get(c.model()) + "/"
                    + c.bucket() + "/" + c.failed(), k -> new double[6]);
            s[0] += c.requests();
            s[1] += c.input();
            s[2] += c.cached();
            s[3] += c.cacheWrite();
            s[4] += c.output();
            s[5] += c.billed();
        }
        return m;
    }

    static void same(TokenDistribution a, TokenDistribution b) {
        assertEquals(a.totalWeight(), b.totalWeight(), 0);
        assertEquals(a.sumInput(), b.sumInput(), 0);
        assertEquals(a.sumOutput(), b.sumOutput(), 0);
        assertEquals(a.maxInput(), b.maxInput());
        assertEquals(a.cellCount(), b.cellCount());
        for (int k = 0; k < a.cellCount(); k++) {
            assertEquals(a.cellInBin(k), b.cellInBin(k));
            assertEquals(a.cellOutBin(k), b.cellOutBin(k));
            assertEquals(a.cellWeight(k), b.cellWeight(k), 0);
            assertEquals(a.cellSumInput(k), b.cellSumInput(k), 0);
        }
    }
}
