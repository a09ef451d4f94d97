package com.cp1ki.io.tokens;

import com.cp1ki.engine.drift.Granularity;
import com.cp1ki.engine.drift.LogCell;
import com.cp1ki.engine.drift.LogData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading request logs for drift: the formats people have, and every row counted on its day. */
class DriftLogTest {
    @TempDir
    Path dir;

    Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    Path gzip(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    /** The sums of a feature/model/day (all bands and outcomes): requests, input, cached, write, output, billed, billedN, failed. */
    static double[] sums(LogData d, String feature, String model, String date) {
        double[] s = new double[8];
        for (LogCell c : d.cells()) {
            if (d.features().get(c.feature()).equals(feature) && d.models().get(c.model()).equals(model)
                    && c.bucket() == day(date)) {
                s[0] += c.requests();
                s[1] += c.input();
                s[2] += c.cached();
                s[3] += c.cacheWrite();
                s[4] += c.output();
                s[5] += c.billed();
                s[6] += c.billedRequests();
                s[7] += c.failed() ? c.requests() : 0;
            }
        }
        return s;
    }

    static final String PLAIN = """
            timestamp,feature,model,input_tokens,output_tokens,cached_tokens,cost
            2024-05-02T10:00:00Z,chat,gpt-4o-mini,1000,100,400,0.000246
            2024-05-01T23:59:59.999Z,chat,gpt-4o-mini,2000,200,0,0.00042
            2024-05-02T01:30:00+02:00,chat,gpt-4o-mini,3000,300,0,0.00063
            2024-05-02T00:00:00-05:00,summariser,gpt-4o,500,50,,0.00175
            """;

    @Test
    void thePlainCsvIsCountedOnEachRowsOwnUtcDayWhateverTheOrderAndZone() throws Exception {
        DriftRead r = DriftLog.read(List.of(write("plain.csv", PLAIN)), DriftReadOptions.defaults());
        LogData d = r.data();
        // 01:30+02:00 is 23:30 UTC on May 1; 00:00-05:00 is 05:00 UTC on May 2
        assertEquals(List.of(2.0, 5000.0, 0.0, 0.0, 500.0), first5(sums(d, "chat", "gpt-4o-mini", "2024-05-01")));
        assertEquals(List.of(1.0, 1000.0, 400.0, 0.0, 100.0), first5(sums(d, "chat", "gpt-4o-mini", "2024-05-02")));
        assertEquals(0.00175, sums(d, "summariser", "gpt-4o", "2024-05-02")[5], 1e-15);
        assertEquals(1, sums(d, "summariser", "gpt-4o", "2024-05-02")[6]);
        assertTrue(d.cacheColumn());
        assertTrue(d.costColumn());
        assertFalse(d.statusColumn());
        DriftRead.FileReport f = r.files().get(0);
        assertEquals(4, f.rowsRead());
        assertEquals(4, f.rowsUsed());
        assertEquals("cost", f.columns().get(Role.COST));
        assertEquals(List.of("plain.csv:2", "plain.csv:3", "plain.csv:4"),
                r.modelLines().get("gpt-4o-mini").stream().map(s -> Path.of(s).getFileName().toString()).toList());
    }

    @Test
    void aProjectTimeZoneMovesTheDayBoundary() throws Exception {
        DriftRead r = DriftLog.read(List.of(write("plain.csv", PLAIN)),
                DriftReadOptions.defaults().withZone(ZoneId.of("Europe/Paris")));
        // in Paris (UTC+2 in May) 23:59:59Z and 23:30Z on May 1 are both on May 2
        assertEquals(3, sums(r.data(), "chat", "gpt-4o-mini", "2024-05-02")[0]);
        assertEquals("Europe/Paris", r.data().zone());
    }

    @Test
    void hourlyBucketsCountLocalHours() throws Exception {
        DriftRead r = DriftLog.read(List.of(write("plain.csv", PLAIN)),
                DriftReadOptions.defaults().withGranularity(Granularity.HOUR));
        long h = day("2024-05-02") * 24 + 10;
        assertEquals(1, r.data().cells().stream().filter(c -> c.bucket() == h).count());
    }

    @Test
    void aLiteLlmSpendLogsExportIsRead() throws Exception {
        String csv = """
                request_id,call_type,api_key,spend,total_tokens,prompt_tokens,completion_tokens,startTime,endTime,model,model_id,model_group,api_base,user,metadata,cache_hit,cache_key,request_tags,team_id,end_user,status
                a1,acompletion,hash,1.2e-05,150,100,50,2024-06-01 09:00:00.123,2024-06-01 09:00:01.000,gpt-4o-mini,abc123,gpt-4o-mini,,u1,"{""user_api_key_alias"": ""k"", ""tags"": [""feature:chat""]}",False,,"[""feature:chat"", ""team:web""]",,,success
                a2,acompletion,hash,0,100,100,0,2024-06-01 09:00:02.000,2024-06-01 09:00:03.000,gpt-4o-mini,abc123,gpt-4o-mini,,u1,{},False,,"[""feature:chat""]",,,failure
                a3,acompletion,hash,0.0004,400,300,100,2024-06-01 10:00:00.000,2024-06-01 10:00:03.000,claude-3-5-haiku-20241022,def,haiku,,u2,{},False,,"[""summariser""]",,,success
                """;
        DriftRead r = DriftLog.read(List.of(write("SpendLogs.csv", csv)), DriftReadOptions.defaults());
        LogData d = r.data();
        assertEquals(List.of("chat", "summariser"), d.features());
        assertEquals(List.of("gpt-4o-mini", "claude-3-5-haiku-20241022"), d.models());
        double[] chat = sums(d, "chat", "gpt-4o-mini", "2024-06-01");
        assertEquals(2, chat[0]);
        assertEquals(1, chat[7], "the failure is an attempt, not an inference");
        assertEquals(1.2e-05, chat[5], 1e-18);
        assertTrue(d.statusColumn());
        assertEquals("spend", r.files().get(0).columns().get(Role.COST));
        assertEquals("startTime", r.files().get(0).columns().get(Role.TIME));
    }

    @Test
    void aSpendLogsCellWithLineBreaksIsOneRequestAndAQuoteNeverClosedIsRefused() throws Exception {
        // issue 9 item 7: LiteLLM exports the messages as pretty-printed JSON; its lines look like rows
        String csv = "request_id,spend,prompt_tokens,completion_tokens,startTime,model,messages,request_tags,status\r\n"
                + "a1,1.2e-05,100,50,2024-06-01 09:00:00.000,gpt-4o-mini,\"[\r\n  {\"\"role\"\": \"\"user\"\",\r\n"
                + "a9,9,900000,90000,2024-06-01 09:00:00.000,gpt-4o-mini,x,\"\"[\"\"feature:chat\"\"]\"\",success\r\n"
                + "   \"\"content\"\": \"\"Add these up:\r\n7,8,900000,90000\r\nthanks\"\"}\r\n]\",\"[\"\"feature:chat\"\"]\",success\r\n"
                + "a2,0.0004,300,100,2024-06-01 10:00:00.000,gpt-4o-mini,[],\"[\"\"feature:chat\"\"]\",success\r\n"
                + "a3,0.0004,300,100,2024-06-01 10:00:00.000,gpt-4o-mini,x,,success\r\n";
        DriftRead r = DriftLog.read(List.of(write("SpendLogs.csv", csv)), DriftReadOptions.defaults());
        assertEquals(List.of(2.0, 400.0, 0.0, 0.0, 150.0), first5(sums(r.data(), "chat", "gpt-4o-mini", "2024-06-01")));
        DriftRead.FileReport f = r.files().get(0);
        assertEquals(3, f.rowsRead());
        assertEquals(2, f.rowsUsed());
        assertEquals(List.of(10L), f.skipped().get(SkipReason.NO_FEATURE).firstLines(), "a3 is on line 10 of the file");

        Path open = write("open.csv", csv.replace("gpt-4o-mini,x,,success", "gpt-4o-mini,\"x,,success"));
        ImportException e = assertThrows(ImportException.class, () -> DriftLog.read(List.of(open), DriftReadOptions.defaults()));
        assertEquals(10, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("never closed"), e.getMessage());
    }

    @Test
    void openAiUsageObjectsCountCachedTokensInsideThePrompt() throws Exception {
        String jsonl = """
                {"id":"c1","created":1717232400,"model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":1200,"completion_tokens":80,"prompt_tokens_details":{"cached_tokens":1024},"completion_tokens_details":{"reasoning_tokens":0}},"metadata":{"feature":"search"}}
                {"id":"c2","created":1717232460,"model":"gpt-4o-2024-08-06","usage":{"prompt_tokens":300,"completion_tokens":20},"metadata":{"feature":"search"}}
                """;
        LogData d = DriftLog.read(List.of(write("openai.jsonl", jsonl)), DriftReadOptions.defaults()).data();
        double[] s = sums(d, "search", "gpt-4o-2024-08-06", "2024-06-01");
        assertEquals(List.of(2.0, 1500.0, 1024.0, 0.0, 100.0), first5(s));
        assertTrue(d.cacheColumn());
    }

    @Test
    void anthropicUsageObjectsAddTheCacheTokensBesideTheInput() throws Exception {
        String jsonl = """
                {"timestamp":"2024-06-01T12:00:00Z","model":"claude-3-5-haiku-20241022","usage":{"input_tokens":50,"output_tokens":300,"cache_read_input_tokens":2000,"cache_creation_input_tokens":500},"metadata":{"feature":"chat"}}
                {"timestamp":"2024-06-01T12:01:00Z","model":"claude-3-5-haiku-20241022","usage":{"input_tokens":400,"output_tokens":100},"metadata":{"feature":"chat"}}
                """;
        LogData d = DriftLog.read(List.of(gzip("anthropic.jsonl.gz", jsonl)), DriftReadOptions.defaults()).data();
        // input = 50 + 2000 + 500 and 400; cached 2000; written 500
        assertEquals(List.of(2.0, 2950.0, 2000.0, 500.0, 400.0), first5(sums(d, "chat", "claude-3-5-haiku-20241022", "2024-06-01")));
    }

    @Test
    void aLiteLlmJsonExportWithTagListsIsRead() throws Exception {
        String jsonl = """
                {"request_id":"x","startTime":"2024-06-01T08:00:00","model":"gpt-4o","prompt_tokens":10,"completion_tokens":5,"spend":0.0001,"request_tags":["team:a","feature:ocr"],"status":"success"}
                """;
        LogData d = DriftLog.read(List.of(write("spend.jsonl", jsonl)), DriftReadOptions.defaults()).data();
        assertEquals(List.of("ocr"), d.features());
        assertEquals(0.0001, sums(d, "ocr", "gpt-4o", "2024-06-01")[5], 1e-18);
    }

    @Test
    void badRowsAreCountedByReasonAndLineAndNothingElseIsLost() throws Exception {
        String csv = """
                timestamp,feature,model,input_tokens,output_tokens,cost,status
                2024-05-01T10:00:00Z,chat,m,10,5,0.1,success
                ,chat,m,10,5,0.1,success
                2024-05-01T10:00:00Z,,m,10,5,0.1,success
                2024-05-01T10:00:00Z,chat,,10,5,0.1,success
                2024-05-01T10:00:00Z,chat,m,10,5,lots,success
                2024-05-01T10:00:00Z,chat,m,10,5,0.1,maybe
                2024-05-01T10:00:00Z,chat,m,ten,5,0.1,success
                2024-05-01T10:00:00Z,chat,m,10,5,0.1,500
                """;
        DriftRead r = DriftLog.read(List.of(write("bad.csv", csv)), DriftReadOptions.defaults());
        DriftRead.FileReport f = r.files().get(0);
        assertEquals(8, f.rowsRead());
        assertEquals(2, f.rowsUsed());
        assertEquals(List.of(3L), f.skipped().get(SkipReason.NO_TIMESTAMP).firstLines());
        assertEquals(List.of(4L), f.skipped().get(SkipReason.NO_FEATURE).firstLines());
        assertEquals(List.of(5L), f.skipped().get(SkipReason.NO_MODEL).firstLines());
        assertEquals(List.of(6L), f.skipped().get(SkipReason.BAD_COST).firstLines());
        assertEquals(List.of(7L), f.skipped().get(SkipReason.BAD_STATUS).firstLines());
        assertEquals(List.of(8L), f.skipped().get(SkipReason.NON_NUMERIC).firstLines());
        assertEquals(f.rowsRead(), f.rowsUsed() + f.rowsSkipped());
        assertEquals(1, sums(r.data(), "chat", "m", "2024-05-01")[7], "HTTP 500 is a failed attempt");
    }

    @Test
    void severalFilesCoveringTheSameDaysAddUp() throws Exception {
        Path a = write("a.csv", "timestamp,feature,model,input,output\n2024-05-01T10:00:00Z,chat,m,10,5\n2024-05-02T10:00:00Z,chat,m,10,5\n");
        Path b = gzip("b.jsonl.gz", "{\"timestamp\":\"2024-05-01T11:00:00Z\",\"feature\":\"chat\",\"model\":\"m\",\"input_tokens\":20,\"output_tokens\":1}\n");
        DriftRead r = DriftLog.read(List.of(a, b), DriftReadOptions.defaults());
        assertEquals(List.of(2.0, 30.0, 0.0, 0.0, 6.0), first5(sums(r.data(), "chat", "m", "2024-05-01")));
        assertEquals(2, r.files().size());
        assertTrue(r.files().get(1).gzip());
    }

    @Test
    void aLogWithoutModelOrFeatureColumnsSaysWhatToDo() throws Exception {
        Path p = write("tokens.csv", "timestamp,input,output\n2024-05-01T10:00:00Z,10,5\n");
        ImportException e = assertThrows(ImportException.class, () -> DriftLog.read(List.of(p), DriftReadOptions.defaults()));
        assertTrue(e.getMessage().contains("no model column"), e.getMessage());
        ImportException f = assertThrows(ImportException.class,
                () -> DriftLog.read(List.of(p), DriftReadOptions.defaults().withFixed(null, "gpt-4o")));
        assertTrue(f.getMessage().contains("no feature column"), f.getMessage());
        DriftRead r = DriftLog.read(List.of(p), DriftReadOptions.defaults().withFixed("chat", "gpt-4o"));
        assertEquals(1, sums(r.data(), "chat", "gpt-4o", "2024-05-01")[0]);
        Path q = write("notime.csv", "feature,model,input,output\nchat,m,10,5\n");
        ImportException g = assertThrows(ImportException.class, () -> DriftLog.read(List.of(q), DriftReadOptions.defaults()));
        assertTrue(g.getMessage().contains("no timestamp column"), g.getMessage());
    }

    @Test
    void longContextThresholdsSplitCellsIntoBands() throws Exception {
        Path p = write("long.csv", "timestamp,feature,model,input,output\n2024-05-01T10:00:00Z,chat,m,100,5\n"
                + "2024-05-01T10:00:00Z,chat,m,200000,5\n2024-05-01T10:00:00Z,chat,m,200001,5\n");
        LogData d = DriftLog.read(List.of(p), DriftReadOptions.defaults().withThresholds(new long[] {200_000})).data();
        assertEquals(2, d.cells().stream().filter(c -> c.band() == 0).mapToDouble(LogCell::requests).sum());
        assertEquals(1, d.cells().stream().filter(c -> c.band() == 1).mapToDouble(LogCell::requests).sum());
    }

    @Test
    void anAggregatedLogHoldsSumsPerRow() throws Exception {
        Path p = write("agg.csv", """
                day,feature,model,failed,requests,sum_input_tokens,sum_output_tokens,sum_cached_tokens,sum_cost
                2024-05-01,chat,m,false,3,3000,300,1000,0.5
                2024-05-01,chat,m,true,1,900,0,0,0
                """);
        DriftRead r = DriftLog.read(List.of(p), DriftReadOptions.defaults().withZone(ZoneId.of("America/New_York")));
        double[] s = sums(r.data(), "chat", "m", "2024-05-01");
        assertEquals(List.of(4.0, 3900.0, 1000.0, 0.0, 300.0), first5(s));
        assertEquals(1, s[7]);
        assertEquals(0.5, s[5], 1e-15);
        assertTrue(r.files().get(0).aggregated());
    }

    private static List<Double> first5(double[] s) {
        return List.of(s[0], s[1], s[2], s[3], s[4]);
    }
}
