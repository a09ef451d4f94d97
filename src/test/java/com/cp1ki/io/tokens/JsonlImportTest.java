package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonlImportTest {
    @TempDir
    Path dir;

    static ImportResult jsonl(String text) throws ImportException {
        return TokenImport.importText(text, ImportOptions.defaults());
    }

    @Test
    void openAiStyleUsageObjectsAreRead() throws Exception {
        ImportResult r = jsonl("""
                {"id":"a","created":1700000000,"model":"gpt-4o","choices":[{"x":{"y":1}}],"usage":{"prompt_tokens":100,"completion_tokens":10,"total_tokens":110}}
                {"id":"b","created":1700003600,"model":"gpt-4o","usage":{"prompt_tokens":300,"completion_tokens":30}}
                """);
        assertEquals("jsonl", r.report().format());
        assertEquals(2, r.report().rowsUsed());
        assertEquals(200, r.distribution().meanInput(), 0);
        assertEquals(20, r.distribution().meanOutput(), 0);
        assertEquals(3600, r.traffic().spanSeconds(), 0);
    }

    @Test
    void anthropicStyleUsageAndFlatFieldsAreRead() throws Exception {
        ImportResult r = jsonl("""
                {"usage":{"input_tokens":10,"output_tokens":1},"timestamp":"2024-05-01T10:00:00Z","metadata":{"feature":"chat"}}
                {"prompt_tokens":20,"completion_tokens":2,"timestamp":"2024-05-01T10:00:01.5Z","feature":"search"}
                {"input_tokens":30,"output_tokens":3,"tag":"chat","count":2}
                """);
        assertEquals(3, r.report().rowsUsed());
        assertEquals(4, r.report().weight(), 0);
        assertEquals(List.of("chat", "search"), r.tags().stream().map(TagResult::name).toList());
        assertEquals(3, r.tag("chat").orElseThrow().weight(), 0);
        assertEquals(1.5, r.traffic().spanSeconds(), 0);
        assertTrue(r.report().notes().stream().anyMatch(n -> n.contains("only the 2 requests with a timestamp")));
    }

    @Test
    void badLinesAreCountedAndParsingResumesOnTheNextLine() throws Exception {
        ImportResult r = jsonl("""
                {"usage":{"prompt_tokens":1,"completion_tokens":1}}
                {"usage":{"prompt_tokens":2,"completion_tokens":
                {"usage":{"prompt_tokens":3,"completion_tokens":3}}
                not json at all
                [1,2,3]
                {"usage":{"prompt_tokens":-4,"completion_tokens":4}}
                {"usage":{"prompt_tokens":4.5,"completion_tokens":4}}
                {"usage":{"prompt_tokens":99999999999999999999999,"completion_tokens":4}}
                {"usage":{"prompt_tokens":"abc","completion_tokens":4}}
                {"usage":{"completion_tokens":4}}
                {"usage":{"prompt_tokens":null,"completion_tokens":4}}
                {"usage":{"prompt_tokens":"1,000","completion_tokens":5.0},"created":"soon"}

                {"usage":{"prompt_tokens":7,"completion_tokens":7}}
                """);
        ImportReport rep = r.report();
        assertEquals(List.of(2L, 4L), rep.skipped().get(SkipReason.BAD_JSON).firstLines());
        assertEquals(List.of(5L), rep.skipped().get(SkipReason.NOT_AN_OBJECT).firstLines());
        assertEquals(List.of(6L), rep.skipped().get(SkipReason.NEGATIVE).firstLines());
        assertEquals(List.of(7L), rep.skipped().get(SkipReason.FRACTIONAL).firstLines());
        assertEquals(List.of(8L), rep.skipped().get(SkipReason.OVERFLOW).firstLines());
        assertEquals(List.of(9L), rep.skipped().get(SkipReason.NON_NUMERIC).firstLines());
        assertEquals(List.of(10L), rep.skipped().get(SkipReason.MISSING_FIELD).firstLines());
        assertEquals(List.of(11L), rep.skipped().get(SkipReason.EMPTY_CELL).firstLines());
        assertEquals(List.of(12L), rep.skipped().get(SkipReason.BAD_TIMESTAMP).firstLines());
        assertEquals(3, rep.rowsUsed());
        assertEquals(13, rep.rowsRead());
        assertEquals((1 + 3 + 7) / 3.0, r.distribution().meanInput(), 1e-12);
    }

    @Test
    void explicitFieldPathsOverrideTheDefaults() throws Exception {
        String log = "{\"req\":{\"in\":5,\"out\":6},\"at\":1700000000123}\n{\"req\":{\"in\":7,\"out\":8},\"at\":1700000001123}\n";
        ImportResult r = TokenImport.importText(log, ImportOptions.defaults()
                .withInputCol("req.in").withOutputCol("req.out").withTimeCol("at"));
        assertEquals(6, r.distribution().meanInput(), 0);
        assertEquals(1.0, r.traffic().spanSeconds(), 1e-9);
    }

    @Test
    void aJsonLogWithoutTokenFieldsIsOneClearError() {
        ImportException e = assertThrows(ImportException.class, () -> jsonl("{\"a\":1,\"b\":{\"c\":2}}\n"));
        assertTrue(e.getMessage().contains("no input-token field in the first JSON objects (fields: a, b;"), e.getMessage());
        assertEquals(ImportException.Fix.INPUT_COLUMN, e.fix().orElseThrow());
        ImportException arr = assertThrows(ImportException.class, () -> jsonl("[{\"prompt_tokens\":1}]"));
        assertTrue(arr.getMessage().contains("JSON array"), arr.getMessage());
    }

    @Test
    void aLargeJsonlFileGivesTheSameResultOnOneOrManyThreads() throws Exception {
        Path p = dir.resolve("big.jsonl");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 60_000; i++) {
            if (i == 45_000) {
                b.append("{broken\n");
            }
            b.append("{\"created\":").append(1_700_000_000 + i).append(",\"model\":\"m\",\"usage\":{\"prompt_tokens\":")
                    .append(i % 3000).append(",\"completion_tokens\":").append(i % 97).append("}}\n");
        }
        Files.writeString(p, b);
        ImportResult one = TokenImport.importFile(p, ImportOptions.defaults().withThreads(1));
        ImportResult two = TokenImport.importFile(p, ImportOptions.defaults().withThreads(2));
        assertEquals(List.of(45_001L), one.report().skipped().get(SkipReason.BAD_JSON).firstLines());
        assertEquals(one.report(), two.report());
        assertEquals(one.traffic(), two.traffic());
        assertEquals(60_000, one.report().rowsUsed());
        assertNull(one.report().delimiter());
    }

    @Test
    void anOutputRatioFillsInOnlyTheLinesWithoutAnOutputField() throws Exception {
        ImportResult r = TokenImport.importText("{\"usage\":{\"prompt_tokens\":100,\"completion_tokens\":10}}\n"
                + "{\"usage\":{\"prompt_tokens\":200}}\n", ImportOptions.defaults().withOutputRatio(0.5));
        assertEquals(2, r.report().rowsUsed());
        assertEquals((10 + 100) / 2.0, r.distribution().meanOutput(), 0, "10 as logged, then round(0.5 x 200)");
    }
}
