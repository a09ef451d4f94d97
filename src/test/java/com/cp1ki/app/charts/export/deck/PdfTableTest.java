package com.cp1ki.app.charts.export.deck;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table layout on a PDF page: columns never overlap, headers wrap at words, names left and numbers right. */
class PdfTableTest {

    /** A monospaced measure: 0.5 em per character. */
    private static final BiFunction<String, Double, Double> MONO = (s, size) -> s.length() * size * 0.5;

    private static final DeckFacts.Table PLANS = new DeckFacts.Table(List.of("Plan", "Price per user (INR)",
            "Mean margin per user (INR)", "Gross margin", "Break-even usage", "Users below zero"),
            List.of(List.of("Pro (unlimited)", "₹299.00", "₹153.26", "51.3%", "1,526 inferences", "11.5%"),
                    List.of("Free", "₹0.00", "-₹0.45", "n/a", "none", "100.0%")));

    @Test
    void columnsNeverOverlapAndEachHeaderLineFitsItsColumn() {
        for (double width : new double[]{515, 300, 200}) {
            PdfTable t = PdfTable.of(PLANS, width, 8, MONO);
            for (int c = 0; c < 6; c++) {
                double right = t.left().get(c) + t.widths().get(c);
                if (c < 5) {
                    assertTrue(right < t.left().get(c + 1), "column " + c + " ends before the next at width " + width);
                }
                for (String line : t.header().get(c)) {
                    assertTrue(MONO.apply(line, t.size()) <= t.widths().get(c) + 1e-9 || !line.contains(" "),
                            "'" + line + "' fits column " + c + " at width " + width);
                }
                for (List<String> row : PLANS.rows()) {
                    assertTrue(MONO.apply(row.get(c), t.size()) <= t.widths().get(c) + 1e-9, row.get(c));
                }
            }
            assertTrue(t.left().get(5) + t.widths().get(5) <= width + 1e-9, "inside the width " + width);
        }
    }

    @Test
    void roomyTablesKeepHeadersOnOneLineAndNarrowOnesWrapThemOrShrink() {
        PdfTable roomy = PdfTable.of(PLANS, 1000, 8, MONO);
        assertEquals(1, roomy.headerLines());
        assertEquals(8, roomy.size());
        PdfTable narrow = PdfTable.of(PLANS, 300, 8, MONO);
        assertTrue(narrow.headerLines() > 1);
        List<String> wrapped = PdfTable.of(PLANS, 240, 8, MONO).header().get(2);
        assertTrue(wrapped.size() > 1, wrapped.toString());
        assertEquals("Mean margin per user (INR)", String.join(" ", wrapped), "wrapping loses no word");
        assertTrue(PdfTable.of(PLANS, 150, 8, MONO).size() < 8, "too narrow for 8 pt: a smaller font");
    }

    @Test
    void namesAreLeftAlignedAndNumbersRightAligned() {
        DeckFacts.Table results = new DeckFacts.Table(List.of("Workload", "Stack", "CP1Ki (USD)"),
                List.of(List.of("chat", "GPT-4o", "$5.04"), List.of("chat", "4o-mini", "$0.50"),
                        List.of("Code completion", "Llama 3.1 8B", "$0.99")));
        PdfTable t = PdfTable.of(results, 400, 8, MONO);
        assertEquals(2, t.textColumns(), "a stack whose name starts with a digit is still a name");
        assertEquals(t.left().get(1), t.x(1, 10));
        assertEquals(t.left().get(2) + t.widths().get(2) - 10, t.x(2, 10), 1e-9);
        assertEquals(1, PdfTable.textColumns(PLANS));
    }
}
