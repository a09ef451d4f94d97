package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad input is counted and located, good rows are kept, and non-logs fail once. */
class BadInputTest {
    @TempDir
    Path dir;

    static ImportResult paste(String text) throws ImportException {
        return TokenImport.importText(text, ImportOptions.defaults());
    }

    static String goodRows(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(100 + i).append(',').append(10).append('\n');
        }
        return b.toString();
    }

    private static void assertSkipped(ImportResult r, SkipReason reason, long... lines) {
        Skipped s = r.report().skipped().get(reason);
        assertEquals(lines.length, s.count(), reason + " in " + r.report().skipped());
        assertEquals(java.util.Arrays.stream(lines).boxed().toList(), s.firstLines());
    }

    @Test
    void eachBadCellIsCountedUnderItsReasonWithItsLineAndGoodRowsAreKept() throws Exception {
        String text = "input,output\n"        // 1
                + "10,2\n"                     // 2 good
                + "abc,2\n"                    // 3 non-numeric
                + "-5,2\n"                     // 4 negative
                + "1.5,2\n"                    // 5 fractional
                + "99999999999999999999999,2\n" // 6 overflow (digits)
                + "4503599627370497,2\n"       // 7 overflow (above 2^52)
                + ",2\n"                       // 8 empty
                + "1,2,3\n"                    // 9 ragged (long)
                + "7\n"                        // 10 ragged (short)
                + "\"12\"x,2\n"                // 11 text after quote
                + "20,4\n";                    // 12 good
        ImportResult r = paste(text);
        ImportReport rep = r.report();
        assertEquals(11, rep.rowsRead());
        assertEquals(2, rep.rowsUsed());
        assertEquals(9, rep.rowsSkipped());
        assertSkipped(r, SkipReason.NON_NUMERIC, 3);
        assertSkipped(r, SkipReason.NEGATIVE, 4);
        assertSkipped(r, SkipReason.FRACTIONAL, 5);
        assertSkipped(r, SkipReason.OVERFLOW, 6, 7);
        assertSkipped(r, SkipReason.EMPTY_CELL, 8);
        assertSkipped(r, SkipReason.RAGGED, 9, 10);
        assertSkipped(r, SkipReason.TEXT_AFTER_QUOTE, 11);
        assertEquals(15, r.distribution().meanInput(), 0);
    }

    @Test
    void onlyTheFirstFiveLinesOfAReasonAreListedButAllAreCounted() throws Exception {
        StringBuilder b = new StringBuilder("in,out\n");
        for (int i = 0; i < 8; i++) {
            b.append("x,1\n").append("5,1\n");
        }
        Skipped s = paste(b.toString()).report().skipped().get(SkipReason.NON_NUMERIC);
        assertEquals(8, s.count());
        assertEquals(List.of(2L, 4L, 6L, 8L, 10L), s.firstLines());
    }

    @Test
    void badWeightsAndTimestampsAreCounted() throws Exception {
        ImportResult r = paste("time,input,output,count\n"
                + "2023-11-16T10:00:00Z,1,1,2\n"
                + "2023-11-16T10:00:01Z,1,1,0\n"
                + "yesterday,1,1,1\n"
                + "2023-11-16T10:00:02Z,1,1,-3\n");
        assertSkipped(r, SkipReason.BAD_WEIGHT, 3, 5);
        assertSkipped(r, SkipReason.BAD_TIMESTAMP, 4);
        assertEquals(2, r.report().weight(), 0);
    }

    @Test
    void anEmptyFileIsOneClearError() throws Exception {
        Path p = dir.resolve("empty.csv");
        Files.write(p, new byte[0]);
        ImportException e = assertThrows(ImportException.class, () -> TokenImport.importFile(p, ImportOptions.defaults()));
        assertEquals(p + ": the file is empty", e.getMessage());
        assertThrows(ImportException.class, () -> paste("  \n\n"));
    }

    @Test
    void aHeaderOnlyFileIsOneClearError() {
        ImportException e = assertThrows(ImportException.class, () -> paste("input_tokens,output_tokens\n"));
        assertEquals("pasted text: header only, no data rows", e.getMessage());
    }

    @Test
    void aMissingTokenColumnIsOneClearError() {
        ImportException e = assertThrows(ImportException.class, () -> paste("user,prompt_tokens\nbob,12\n"));
        assertTrue(e.getMessage().contains("no output-token column (columns: user, prompt_tokens)"), e.getMessage());
        ImportException in = assertThrows(ImportException.class, () -> paste("user,cost\nbob,12\n"));
        assertTrue(in.getMessage().contains("no input-token column"), in.getMessage());
    }

    @Test
    void aBinaryFileIsOneClearError() throws Exception {
        Path p = dir.resolve("image.png");
        byte[] b = new byte[5000];
        new java.util.Random(1).nextBytes(b);
        b[10] = 0;
        Files.write(p, b);
        ImportException e = assertThrows(ImportException.class, () -> TokenImport.importFile(p, ImportOptions.defaults()));
        assertTrue(e.getMessage().startsWith(p + ": a binary file (NUL byte at offset"), e.getMessage());
    }

    @Test
    void zipAndUtf16AreNamed() throws Exception {
        Path zip = dir.resolve("log.xlsx");
        Files.write(zip, new byte[] {'P', 'K', 3, 4, 20, 0});
        assertTrue(assertThrows(ImportException.class, () -> TokenImport.importFile(zip, ImportOptions.defaults()))
                .getMessage().contains("zip archive"));
        Path u16 = dir.resolve("u16.csv");
        Files.write(u16, "\ufeffin,out\n1,2\n".getBytes(StandardCharsets.UTF_16LE));
        assertTrue(assertThrows(ImportException.class, () -> TokenImport.importFile(u16, ImportOptions.defaults()))
                .getMessage().contains("UTF-16"));
    }

    @Test
    void aFileThatIsNotALogFailsOnceInsteadOfOncePerRow() throws Exception {
        StringBuilder b = new StringBuilder("name,age\n");
        for (int i = 0; i < 5000; i++) {
            b.append(i % 3 == 0 ? "7,8\n" : "bob,x\n");
        }
        ImportException e = assertThrows(ImportException.class,
                () -> TokenImport.importText(b.toString(), ImportOptions.defaults().withInputCol("name").withOutputCol("age")));
        assertTrue(e.getMessage().startsWith("pasted text: not a token log: "), e.getMessage());
        assertTrue(e.getMessage().contains("token count is not a number (first at line 3)"), e.getMessage());
    }

    @Test
    void aLogWhoseEveryRowIsBadNamesTheMostCommonReasonAndItsLine() {
        ImportException e = assertThrows(ImportException.class, () -> paste("in,out\n-1,2\n-3,4\n"));
        assertTrue(e.getMessage().startsWith("pasted text: not a token log: 2 of the first 2 rows"), e.getMessage());
    }

    @Test
    void aLineLongerThanABlockIsCountedAndTheRestIsRead() throws Exception {
        Path p = dir.resolve("long.csv");
        StringBuilder b = new StringBuilder("in,out\n");
        b.append(goodRows(200));
        b.append("1,").append("9".repeat(Pipeline.BLOCK + 10)).append('\n');
        b.append(goodRows(50000));
        Files.writeString(p, b);
        ImportResult r = TokenImport.importFile(p, ImportOptions.defaults());
        assertSkipped(r, SkipReason.LINE_TOO_LONG, 202);
        assertEquals(50200, r.report().rowsUsed());
    }

    @Test
    void lineNumbersStayExactAcrossBlocksAndThreads() throws Exception {
        Path p = dir.resolve("many.csv");
        StringBuilder b = new StringBuilder("in,out\n");
        int rows = 400_000; // several 1 MiB blocks
        for (int i = 0; i < rows; i++) {
            b.append(i % 100_000 == 99_999 ? "oops" : Integer.toString(i % 5000)).append(",7\n");
        }
        Files.writeString(p, b);
        for (int threads : new int[] {1, 2, 3}) {
            ImportResult r = TokenImport.importFile(p, ImportOptions.defaults().withThreads(threads));
            assertSkipped(r, SkipReason.NON_NUMERIC, 100_001, 200_001, 300_001, 400_001);
            assertEquals(rows - 4, r.report().rowsUsed());
        }
    }

    @Test
    void aMissingFileIsOneClearError() {
        Path p = dir.resolve("nope.csv");
        ImportException e = assertThrows(ImportException.class, () -> TokenImport.importFile(p, ImportOptions.defaults()));
        assertEquals(p + ": no such file", e.getMessage());
    }

    @Test
    void rowsReadAlwaysEqualsRowsUsedPlusSkipped() throws Exception {
        ImportResult r = paste("in,out\n1,2\nx,2\n3\n\"4\n5\",6\n");
        Map<SkipReason, Skipped> s = r.report().skipped();
        assertEquals(r.report().rowsRead(), r.report().rowsUsed() + s.values().stream().mapToLong(Skipped::count).sum());
    }

    @Test
    void aTagCellOfSpacesIsAnEmptyTagNotACrash() throws Exception {
        // found by RecordEndsTest: the trimmed cell's start and end crossed
        ImportResult r = paste("feature,in,out\nchat,1,2\n   ,3,4\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals(2, r.distribution().meanInput(), 0);
    }

    @Test
    void aSyntheticOutputBeyondTheLargestCountIsAnOverflowNotACrash() throws Exception {
        ImportResult r = TokenImport.importText("tokens\n10\n4503599627370000\n",
                ImportOptions.defaults().withOutputRatio(2.0));
        assertSkipped(r, SkipReason.OVERFLOW, 3);
        assertEquals(20, r.distribution().meanOutput(), 0);
    }

    @Test
    void timestampsInOneFileMayChangeFormatFromRowToRow() throws Exception {
        ImportResult r = paste("time,in,out\n2024-01-01 10:00:00.5,1,1\n2024-01-01T10:00:01.5Z,1,1\n"
                + "2024-01-01 10:00:02,1,1\n2024-01-01 11:00:02,1,1\n1704106802,1,1\n");
        assertEquals(5, r.report().rowsUsed());
        assertEquals(3600 + 1.5, r.traffic().spanSeconds(), 1e-9);
    }
}
