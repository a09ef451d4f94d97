package com.cp1ki.io.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "\tTab", "\rCR", "=HYPERLINK(\"x\")",
            "\uFF1D1+2", "\uFF0B1", "\uFF0D1", "\uFF20SUM(1)", "-", "+", "-Infinity", "- 5", "--5"})
    void aTextCellThatASpreadsheetWouldRunIsPrefixedWithAnApostrophe(String s) {
        String cell = Csv.text(s);
        String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
        assertEquals("'" + s, unquoted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-12.5", "-0.00304", "-3E-7", "-1e+10", "42", "-.5", "0", "Claude Haiku 3.5", "GPT-4o", "a=b",
            "a-b", " =not first", "(paren)", "'already quoted"})
    void numbersAndTextThatCannotRunAreWrittenAsTheyAre(String s) {
        assertEquals(s, Csv.text(s));
    }

    @Test
    void cellsAreQuotedAsRfc4180Asks() {
        assertEquals("\"a, b\"", Csv.text("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.text("say \"hi\""));
        assertEquals("\"two\nlines\"", Csv.text("two\nlines"));
        assertEquals("\"'=1,2\"", Csv.text("=1,2"));
        assertEquals("\"'\r=1\"", Csv.text("\r=1"));
    }

    @Test
    void numbersArePlainUnroundedAndNonFiniteOnesEmpty() {
        assertEquals("0.0000001", Csv.cell(1e-7));
        assertEquals("-2550", Csv.cell(-2550.0));
        assertEquals("1200000", Csv.cell(1.2e6));
        assertEquals("", Csv.cell(Double.NaN));
        assertEquals("", Csv.cell(Double.NEGATIVE_INFINITY));
        assertEquals("-3", Csv.cell(-3));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aRowJoinsItsCellsAndEndsWithCrLf() {
        assertEquals("a,'=b,-1.5,,\"c,d\"\r\n", Csv.row(Arrays.asList("a", "=b", -1.5, null, "c,d")));
        assertEquals("\r\n", Csv.row(List.of()));
    }
}
