package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PastedTextImportTest {

    static ImportResult paste(String text) throws ImportException {
        return TokenImport.importText(text, ImportOptions.defaults());
    }

    @Test
    void aSpreadsheetCopyWithTabsAndNoHeaderReadsInputThenOutput() throws Exception {
        ImportResult r = paste("1200\t300\n800\t100\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals(1000, r.distribution().meanInput(), 0);
        assertEquals(200, r.distribution().meanOutput(), 0);
        assertEquals("tsv", r.report().format());
        assertFalse(r.report().header());
    }

    @Test
    void thousandsSeparatorsInTabSeparatedTextAreRead() throws Exception {
        ImportResult r = paste("input\toutput\n1,234\t1 000\n2\u00a0000\t12\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals((1234 + 2000) / 2.0, r.distribution().meanInput(), 1e-9);
        assertEquals((1000 + 12) / 2.0, r.distribution().meanOutput(), 1e-9);
    }

    @Test
    void quotedThousandsInCommaSeparatedTextAreRead() throws Exception {
        ImportResult r = paste("prompt_tokens,completion_tokens\n\"1,234\",\"56\"\n\"12,000\",7\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals((1234 + 12000) / 2.0, r.distribution().meanInput(), 1e-9);
    }

    @Test
    void commaAlwaysHoldingThreeDigitsIsOneColumnWithThousands() throws Exception {
        ImportResult r = TokenImport.importText("1,234\n5,678\n", ImportOptions.defaults().withOutputRatio(0.5));
        assertEquals((1234 + 5678) / 2.0, r.distribution().meanInput(), 1e-9);
    }

    @Test
    void badlyGroupedThousandsAreNotNumbers() throws Exception {
        ImportResult r = paste("in\tout\n12,34\t5\n1\t2\n3\t4\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals(List.of(2L), r.report().skipped().get(SkipReason.NON_NUMERIC).firstLines());
    }

    @Test
    void aPreviewShowsALogWhoseTokenColumnsWereNotRecognisedSoTheyCanBePicked() throws Exception {
        Preview p = TokenImport.preview("req_in;req_out;who\n100;10;a\n200;20;b\n", ImportOptions.defaults());
        assertEquals(java.util.List.of("req_in", "req_out", "who"), p.columns());
        assertTrue(!p.roles().contains(Role.INPUT) && !p.roles().contains(Role.OUTPUT), p.roles().toString());
        ImportException e = assertThrows(ImportException.class,
                () -> TokenImport.importText("req_in;req_out;who\n100;10;a\n", ImportOptions.defaults()));
        assertEquals(ImportException.Fix.INPUT_COLUMN, e.fix().orElseThrow());
        ImportResult r = TokenImport.importText("req_in;req_out;who\n100;10;a\n200;20;b\n",
                ImportOptions.defaults().withInputCol("req_in").withOutputCol("REQ_OUT"));
        assertEquals(150, r.distribution().meanInput(), 0);
        assertEquals(15, r.distribution().meanOutput(), 0);
    }

    @Test
    void anEmptyColumnNameMeansTheLogHasNoSuchColumn() throws Exception {
        String counted = "input_tokens,output_tokens,count\n100,10,3\n200,20,1\n";
        assertEquals(4, TokenImport.importText(counted, ImportOptions.defaults()).distribution().totalWeight(), 0);
        ImportResult r = TokenImport.importText(counted, ImportOptions.defaults().withWeightCol(""));
        assertEquals(2, r.distribution().totalWeight(), 0, "the count column is ignored: one request per row");
    }

    @Test
    void whitespaceSeparatedColumnsAreRead() throws Exception {
        ImportResult r = paste("  10   20\n30 40  \r\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals("space", r.report().delimiter());
        assertEquals(20, r.distribution().meanInput(), 0);
        assertEquals(30, r.distribution().meanOutput(), 0);
    }

    @Test
    void aSingleColumnNeedsAnOutputRatioOrMean() throws Exception {
        ImportException e = assertThrows(ImportException.class, () -> paste("100\n200\n"));
        assertTrue(e.getMessage().contains("no output-token column"), e.getMessage());
        assertEquals(ImportException.Fix.OUTPUT_COLUMN, e.fix().orElseThrow());
        ImportResult ratio = TokenImport.importText("100\n200\n", ImportOptions.defaults().withOutputRatio(0.25));
        assertEquals(37.5, ratio.distribution().meanOutput(), 0);
        ImportResult mean = TokenImport.importText("tokens\n100\n200\n", ImportOptions.defaults().withOutputMean(40.4));
        assertEquals(40, mean.distribution().meanOutput(), 0);
        assertEquals(150, mean.distribution().meanInput(), 0);
        assertTrue(mean.report().notes().get(0).contains("typed mean"));
    }

    @Test
    void preAggregatedRowsCarryTheirCountAsWeight() throws Exception {
        ImportResult r = paste("input,output,count\n100,10,3\n1000,100,1\n");
        assertEquals(2, r.report().rowsUsed());
        assertEquals(4, r.report().weight(), 0);
        assertEquals((300 + 1000) / 4.0, r.distribution().meanInput(), 1e-12);
    }

    @Test
    void headerlessThreeNumbersAreInputOutputCount() throws Exception {
        ImportResult r = paste("100,10,3\n1000,100,1\n");
        assertEquals(4, r.report().weight(), 0);
    }

    @Test
    void headerlessTimestampColumnIsRecognised() throws Exception {
        ImportResult r = paste("2023-11-16 18:17:03.97,10,1\n2023-11-16 18:17:05.97,20,2\n");
        assertEquals(2.0, r.traffic().spanSeconds(), 1e-9);
        assertEquals(15, r.distribution().meanInput(), 0);
    }

    @Test
    void explicitColumnsOverrideNamesAndNumbers() throws Exception {
        String text = "a;b;c\n5;100;7\n6;200;9\n";
        ImportResult r = TokenImport.importText(text, ImportOptions.defaults().withInputCol("b").withOutputCol("3"));
        assertEquals(150, r.distribution().meanInput(), 0);
        assertEquals(8, r.distribution().meanOutput(), 0);
        assertEquals("semicolon", r.report().delimiter());
        ImportResult noHeader = TokenImport.importText("5|100|7\n", ImportOptions.defaults().withHeader(false)
                .withDelimiter("pipe").withInputCol("2").withOutputCol("1"));
        assertEquals(100, noHeader.distribution().meanInput(), 0);
        assertEquals(5, noHeader.distribution().meanOutput(), 0);
    }

    @Test
    void anUnknownExplicitColumnIsOneClearError() {
        ImportException e = assertThrows(ImportException.class,
                () -> TokenImport.importText("a,b\n1,2\n", ImportOptions.defaults().withInputCol("nope")));
        assertEquals("pasted text: no column 'nope' for input (columns: a, b)", e.getMessage());
    }

    @Test
    void tokenCountsWrittenAsWholeFloatsAreAccepted() throws Exception {
        ImportResult r = paste("input_tokens,output_tokens\n100.0,20.00\n");
        assertEquals(100, r.distribution().meanInput(), 0);
    }

    @Test
    void aByteOrderMarkIsIgnoredAndBlankLinesAreCountedNotSkippedAsRows() throws Exception {
        ImportResult r = paste("\ufeffinput,output\n\n1,2\n   \n3,4\n\n");
        assertEquals(2, r.report().rowsRead());
        assertEquals(3, r.report().blankLines());
        assertEquals("input", r.report().columns().get(Role.INPUT));
    }

    @Test
    void previewShowsDetectedLayoutAndFirstRows() throws Exception {
        Preview p = TokenImport.preview("TIMESTAMP,ContextTokens,GeneratedTokens,model\n2023-11-16 18:17:03.97,10,1,gpt\n",
                ImportOptions.defaults());
        assertEquals("csv", p.format());
        assertEquals(List.of(Role.TIME, Role.INPUT, Role.OUTPUT, Role.MODEL), p.roles());
        assertEquals(List.of(List.of("2023-11-16 18:17:03.97", "10", "1", "gpt")), p.rows());
        assertNull(paste("in,out\n1,2\n").traffic());
    }
}
