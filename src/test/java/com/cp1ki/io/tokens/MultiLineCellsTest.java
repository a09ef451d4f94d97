package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9 item 7: a CSV record whose quoted cell spans lines (RFC 4180) is one row, never the
 * rows its inner lines look like, and no real record is lost; whatever the line ends, doubled
 * quotes, or where the reading thread cuts its blocks.
 */
class MultiLineCellsTest {
    @TempDir
    Path dir;

    static final String HEADER = "request,messages,input_tokens,output_tokens\n";
    /** The issue's example: one record over three lines whose middle line looks like a row. */
    static final String ISSUE = "0,\"Add these up:\n7,8,900000,90000\nthanks\",1234,567\n";

    static ImportResult paste(String text) throws ImportException {
        return TokenImport.importText(text, ImportOptions.defaults());
    }

    static ImportResult stream(String text, int threads) throws ImportException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return TokenImport.importStream(new ByteArrayInputStream(b), "log.csv", b.length,
                ImportOptions.defaults().withThreads(threads), ImportProgress.NONE, () -> false);
    }

    @Test
    void theIssuesExampleIsOneRecordAndTheRowsAroundItAreKept() throws Exception {
        ImportResult r = paste(HEADER + "1,\"hello\",10,2\n" + ISSUE + "2,bye,20,4\n");
        ImportReport rep = r.report();
        assertEquals(3, rep.rowsRead());
        assertEquals(3, rep.rowsUsed());
        assertTrue(rep.skipped().isEmpty(), rep.skipped().toString());
        assertEquals((10 + 1234 + 20) / 3.0, r.distribution().meanInput(), 1e-9);
        assertEquals((2 + 567 + 4) / 3.0, r.distribution().meanOutput(), 1e-9);
        assertEquals(1234, r.distribution().maxInput(), "900000 is text inside the cell, not a row");
    }

    @Test
    void theIssuesExampleRepeatedIsOneRowPerRecord() throws Exception {
        // the issue saw 100 invented rows: here 100 records, 300 lines
        ImportResult r = paste(HEADER + ISSUE.repeat(100));
        assertEquals(100, r.report().rowsRead());
        assertEquals(100, r.report().rowsUsed());
        assertEquals(1234, r.distribution().meanInput(), 0);
    }

    @Test
    void lineNumbersAfterAMultiLineRecordAreTheFilesLines() throws Exception {
        String text = HEADER                 // 1
                + "1,\"hello\",10,2\n"        // 2
                + ISSUE                       // 3-5
                + "2,bye,x,4\n"               // 6 non-numeric
                + "3,\"a\nb\",y,1\n"           // 7-8 non-numeric, reported at 7
                + "4,ok,5,5\n";               // 9
        ImportResult r = paste(text);
        assertEquals(5, r.report().rowsRead());
        assertEquals(List.of(6L, 7L), r.report().skipped().get(SkipReason.NON_NUMERIC).firstLines());
    }

    @Test
    void crlfLineEndsInsideAndAroundTheCell() throws Exception {
        String text = (HEADER + "1,\"hello\",10,2\n" + ISSUE + "2,bye,20,4\n").replace("\n", "\r\n");
        ImportResult r = paste(text);
        assertEquals(3, r.report().rowsRead());
        assertEquals(3, r.report().rowsUsed());
        assertEquals((10 + 1234 + 20) / 3.0, r.distribution().meanInput(), 1e-9);
        assertEquals((2 + 567 + 4) / 3.0, r.distribution().meanOutput(), 1e-9);
    }

    @Test
    void doubledQuotesInsideAMultiLineCellDoNotCloseIt() throws Exception {
        String text = HEADER
                + "1,\"He said \"\"add\n7,8,900000,90000\"\"\n\"\" and left\",50,5\n"
                + "2,\"\"\"quoted\"\" start\",60,6\n"
                + "3,\"\",70,7\n";
        ImportResult r = paste(text);
        assertEquals(3, r.report().rowsRead());
        assertEquals(3, r.report().rowsUsed());
        assertEquals(60, r.distribution().meanInput(), 1e-9);
    }

    @Test
    void theSameLogReadAcrossBlocksAndThreadsGivesTheSameRows() throws Exception {
        // every record's cell spans lines and holds most of its bytes, so each 1 MiB block (and the
        // 256 KiB sample) ends inside a quoted cell; inner lines look like rows and hold quotes
        StringBuilder b = new StringBuilder(HEADER);
        long records = 0;
        long sumIn = 0;
        while (b.length() < 4_500_000) {
            long in = 100 + records % 997;
            b.append(records).append(",\"Add these up:\n");
            for (int k = 0; k < 5 + records % 7; k++) {
                b.append("7,8,900000,90000 \"\"x\"\"\n");
            }
            b.append(records % 2 == 0 ? "thanks\"," : "thanks\"  ,").append(in).append(',').append(in / 10).append('\n');
            records++;
            sumIn += in;
        }
        b.append("end,last,x,1\n");
        long lastLine = b.chars().filter(c -> c == '\n').count();
        String text = b.toString();
        for (ImportResult r : List.of(paste(text), stream(text, 1), stream(text, 2), stream(text, 3))) {
            assertEquals(records + 1, r.report().rowsRead());
            assertEquals(records, r.report().rowsUsed());
            assertEquals((double) sumIn / records, r.distribution().meanInput(), 1e-9);
            assertEquals(List.of(lastLine), r.report().skipped().get(SkipReason.NON_NUMERIC).firstLines());
        }
        Path crlf = dir.resolve("crlf.csv");
        Files.writeString(crlf, text.replace("\n", "\r\n"));
        ImportResult r = TokenImport.importFile(crlf, ImportOptions.defaults().withThreads(2));
        assertEquals(records, r.report().rowsUsed());
        assertEquals(List.of(lastLine), r.report().skipped().get(SkipReason.NON_NUMERIC).firstLines());
    }

    @Test
    void aQuoteNeverClosedIsOneErrorNamingTheLineWhereTheCellStarts() {
        String text = HEADER + "1,hello,10,2\n2,\"unclosed,20,4\n3,bye,30,6\n4,more,40,8\n";
        ImportException e = assertThrows(ImportException.class, () -> paste(text));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("the quoted cell that starts on line 3 is never closed"), e.getMessage());
    }

    @Test
    void aLogWhoseOnlyRecordOpensAQuoteAtTheEndIsRefusedWithThatLine() {
        // found by HostileInputFuzzTest: the sample check met a row neither used nor skipped
        String text = "id,prompt,input_tokens,output_tokens\n0,\"";
        ImportException e = assertThrows(ImportException.class, () -> paste(text));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("the quoted cell that starts on line 2 is never closed"), e.getMessage());
    }

    @Test
    void aQuoteNeverClosedInABigLogIsRefusedWholeWhereverItIs() throws Exception {
        StringBuilder b = new StringBuilder(HEADER);
        int line = 1;
        while (b.length() < 2_500_000) {
            b.append(line).append(",plain,10,2\n");
            line++;
        }
        // the stray quote with more than a block after it (the record is longer than a block)
        String early = b + "x,\"stray,1,1\n" + "9,plain,10,2\n".repeat(100_000);
        ImportException e = assertThrows(ImportException.class, () -> stream(early, 2));
        assertEquals(line + 1, e.line(), e.getMessage());
        // and near the end
        String late = b + "x,\"stray,1,1\n" + "9,plain,10,2\n".repeat(10);
        ImportException f = assertThrows(ImportException.class, () -> stream(late, 2));
        assertEquals(line + 1, f.line(), f.getMessage());
    }

    @Test
    void aRecordLongerThanABlockIsSkippedOnceAndTheLinesAfterItKeepTheirNumbers() throws Exception {
        String text = HEADER + "1,ok,10,2\n" + "2,\"" + "a long prompt line\n".repeat(80_000) + "\",20,4\n" + "3,ok,x,6\n";
        ImportResult r = stream(text, 2);
        assertEquals(3, r.report().rowsRead());
        assertEquals(1, r.report().rowsUsed());
        assertEquals(List.of(3L), r.report().skipped().get(SkipReason.LINE_TOO_LONG).firstLines());
        assertEquals(List.of(3L + 80_001), r.report().skipped().get(SkipReason.NON_NUMERIC).firstLines());
    }

    @Test
    void thePreviewShowsRecordsNotLines() throws Exception {
        Preview p = TokenImport.preview(HEADER + "1,\"hello\",10,2\n" + ISSUE + "2,bye,20,4\n", ImportOptions.defaults());
        assertEquals(3, p.rows().size());
        assertEquals(List.of("0", "Add these up:\n7,8,900000,90000\nthanks", "1234", "567"), p.rows().get(1));
        assertEquals(List.of("request", "messages", "input_tokens", "output_tokens"), p.columns());
    }

    @Test
    void aMultiLineCellInTheFirstRowsDoesNotConfuseTheDelimiterOrHeader() throws Exception {
        String text = "messages;input_tokens;output_tokens\n"
                + "\"Add these up:\n7,8,900000,90000\n1,2,3,4\nthanks\";1234;567\n"
                + "\"a\nb,c,d,e,f\";10;1\n";
        ImportResult r = paste(text);
        assertEquals("semicolon", r.report().delimiter());
        assertEquals(2, r.report().rowsUsed());
        assertEquals(622, r.distribution().meanInput(), 1e-9);
    }
}
