package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GzipAndTagsTest {
    @TempDir
    Path dir;

    Path gzip(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(p))) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void aGzipFileIsDetectedByItsMagicBytesWhateverItsName() throws Exception {
        Path trace = RealTracesTest.trace("AzureLLMInferenceTrace_code.csv");
        Path p = gzip("trace.csv", Files.readString(trace));
        ImportResult plain = TokenImport.importFile(trace, ImportOptions.defaults());
        ImportResult packed = TokenImport.importFile(p, ImportOptions.defaults());
        assertTrue(packed.report().gzip());
        assertEquals(plain.distribution(), packed.distribution());
        assertEquals(plain.traffic(), packed.traffic());
    }

    @Test
    void aTruncatedGzipFileIsOneClearError() throws Exception {
        StringBuilder b = new StringBuilder("in,out\n");
        for (int i = 0; i < 100_000; i++) {
            b.append(i).append(",1\n");
        }
        Path p = gzip("t.csv.gz", b.toString());
        byte[] all = Files.readAllBytes(p);
        Files.write(p, java.util.Arrays.copyOf(all, all.length / 2));
        ImportException e = assertThrows(ImportException.class, () -> TokenImport.importFile(p, ImportOptions.defaults()));
        assertTrue(e.getMessage().contains("gzip data is corrupt or truncated"), e.getMessage());
    }

    @Test
    void aTagColumnGivesOneDistributionPerValueLargestFirst() throws Exception {
        String log = "feature,prompt_tokens,completion_tokens\n"
                + "summariser,1000,100\nchat,50,20\nchat,70,40\n\"search, beta\",10,1\n,5,5\n";
        ImportResult r = TokenImport.importText(log, ImportOptions.defaults());
        assertEquals(List.of("chat", "(untagged)", "search, beta", "summariser"),
                r.tags().stream().map(TagResult::name).toList());
        TagResult chat = r.tag("chat").orElseThrow();
        assertEquals(2, chat.rowsUsed());
        assertEquals(60, chat.distribution().meanInput(), 0);
        assertEquals(30, chat.output().mean(), 0);
        assertEquals(5, r.report().rowsUsed());
        assertEquals(1, r.tag("search, beta").orElseThrow().rowsUsed());
        assertEquals(1, r.tag("(untagged)").orElseThrow().rowsUsed());
        assertEquals("chat", r.tags().get(0).name());
    }

    @Test
    void theModelColumnSplitsTheLogWhenChosenAsTag() throws Exception {
        String log = "model,input_tokens,output_tokens\na,1,1\nb,2,2\na,3,3\n";
        assertTrue(TokenImport.importText(log, ImportOptions.defaults()).tags().isEmpty());
        ImportResult r = TokenImport.importText(log, ImportOptions.defaults().withTagCol("model"));
        assertEquals(2, r.tag("a").orElseThrow().rowsUsed());
    }

    @Test
    void moreThanAThousandTagValuesArePooledNotDropped() throws Exception {
        StringBuilder b = new StringBuilder("tag,in,out\n");
        for (int i = 0; i < 1500; i++) {
            b.append("t").append(i).append(",1,1\n");
        }
        ImportResult r = TokenImport.importText(b.toString(), ImportOptions.defaults());
        assertEquals(1500, r.report().rowsUsed());
        assertEquals(1001, r.tags().size());
        assertEquals(500, r.tag(Accumulator.OTHER).orElseThrow().rowsUsed());
        assertTrue(r.report().notes().stream().anyMatch(n -> n.contains("pooled")));
    }
}
