package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reading thread's record ends must be where the parser ends records, or a block would start
 * inside a quote: parsing a text whole and parsing it cut in two at any end {@link RecordEnds}
 * finds must count the same rows, lines, skips (with the same line numbers) and open quote.
 */
class RecordEndsTest {

    private static Layout layout(String text) throws ImportException {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return Sniffer.detect(b, b.length, true, ImportOptions.defaults(), "t", false);
    }

    /** rows read, rows used, lines, blank lines, open quote, then each skipped reason with its first lines. */
    private static List<Object> parse(Layout l, byte[] b, int... cuts) {
        BlockParser p = BlockParser.of(l);
        List<Object> out = new ArrayList<>();
        long rows = 0;
        long used = 0;
        long lines = 0;
        long blank = 0;
        long open = 0;
        SkipTally skips = new SkipTally();
        int start = 0;
        for (int i = 0; i <= cuts.length; i++) {
            int end = i < cuts.length ? cuts[i] : b.length;
            BlockParser.Result r = new BlockParser.Result();
            Accumulator acc = new Accumulator();
            p.parse(b, start, end, 0, acc, r);
            rows += r.rowsRead;
            used += acc.rowsUsed;
            blank += r.blank;
            if (r.openQuote > 0 && open == 0) {
                open = lines + r.openQuote;
            }
            skips.mergeLater(r.skips, lines);
            lines += r.lines;
            start = end;
        }
        out.add(rows);
        out.add(used);
        out.add(lines);
        out.add(blank);
        out.add(open);
        out.add(skips.snapshot().toString());
        return out;
    }

    private static void check(Layout l, SplittableRandom rnd, byte[] alphabet, int cases) {
        for (int c = 0; c < cases; c++) {
            byte[] b = new byte[1 + rnd.nextInt(120)];
            for (int i = 0; i < b.length; i++) {
                b[i] = rnd.nextInt(3) == 0 ? (byte) ('0' + rnd.nextInt(10)) : alphabet[rnd.nextInt(alphabet.length)];
            }
            List<Object> whole = parse(l, b);
            int k = rnd.nextInt(b.length + 1);
            RecordEnds ends = RecordEnds.of(l);
            ends.reset();
            int cut = ends.last(b, 0, k);
            String text = new String(b, StandardCharsets.ISO_8859_1).replace("\n", "\\n").replace("\r", "\\r");
            if (cut >= 0) {
                assertEquals(whole, parse(l, b, cut), () -> "cut at " + cut + " of " + k + " in [" + text + "]");
                // the first end, found from the start, is a record end too
                ends.reset();
                int first = ends.first(b, 0, b.length);
                assertEquals(whole, parse(l, b, first), () -> "first end " + first + " in [" + text + "]");
            }
        }
    }

    @Test
    void everyEndTheReaderFindsIsAnEndTheParserFinds() throws Exception {
        SplittableRandom rnd = new SplittableRandom(9);
        byte[] csv = "ab,,,\"\"\"\n\n\r  x".getBytes(StandardCharsets.ISO_8859_1);
        check(layout("in,out,tag\n1,2,a\n"), rnd, csv, 12_000);
        byte[] tsv = "ab\t\t\"\"\"\n\n\r  ,".getBytes(StandardCharsets.ISO_8859_1);
        check(layout("in\tout\ttag\n1\t2\ta\n"), rnd, tsv, 6_000);
        byte[] blanks = "ab  \t\"\"\"\n\n\r,".getBytes(StandardCharsets.ISO_8859_1);
        check(layout("in out\n1 2\n"), rnd, blanks, 6_000);
    }

    @Test
    void aRecordIsFollowedAcrossReads() {
        RecordEnds ends = RecordEnds.delimited(',');
        ends.reset();
        byte[] a = "1,\"two\nlines\n".getBytes(StandardCharsets.UTF_8);
        byte[] b = "and more\"\", still\nmore\",3\nnext,1,2\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(-1, ends.last(a, 0, a.length));
        int k = ends.first(b, 0, b.length);
        assertEquals("and more\"\", still\nmore\",3\n".length(), k);
        assertEquals(3, ends.innerNewlines());
    }
}
