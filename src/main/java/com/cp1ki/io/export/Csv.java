package com.cp1ki.io.export;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one way we write CSV (RFC 4180: CRLF line ends; a cell with a comma, quote or line break is
 * quoted, quotes doubled), safe to open in a spreadsheet: a text cell that starts with
 * {@code = + - @}, a tab or a carriage return (or their full-width forms) is prefixed with an
 * apostrophe, as OWASP's CSV-injection advice says, so a project or workload named {@code =HYPERLINK(...)}
 * is shown as text instead of run as a formula. A cell that reads as a plain number ({@code -12.5},
 * {@code 3E-7}) is a number, not a formula, and is written as it is, so negative amounts stay numbers.
 * Every CSV writer (report, chart data, import outputs) goes through {@link #cell} or {@link #row}.
 */
public final class Csv {
    /** Line end of every CSV we write. */
    public static final String EOL = "\r\n";

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {
    }

    /**
     * One cell: null and non-finite numbers are empty, a {@code Double}/{@code Float} is written plain
     * and unrounded (no exponent), other numbers as they print, anything else as {@link #text}.
     */
    public static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double || v instanceof Float) {
            return number(((Number) v).doubleValue());
        }
        if (v instanceof Number) {
            return v.toString();
        }
        return text(v.toString());
    }

    /** A number, plain and unrounded ({@code 0.00304}, {@code 1200000}); empty when not finite. */
    public static String number(double d) {
        return Double.isFinite(d) ? BigDecimal.valueOf(d).stripTrailingZeros().toPlainString() : "";
    }

    /** A text cell, neutralised when a spreadsheet would read it as a formula, then quoted as needed. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String t = isFormula(s) ? "'" + s : s;
        if (t.indexOf(',') >= 0 || t.indexOf('"') >= 0 || t.indexOf('\n') >= 0 || t.indexOf('\r') >= 0) {
            return '"' + t.replace("\"", "\"\"") + '"';
        }
        return t;
    }

    /** Whether a spreadsheet would take this text for a formula (or DDE call) when it opens the file. */
    static boolean isFormula(String s) {
        char c = s.charAt(0);
        boolean trigger = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        return trigger && !PLAIN_NUMBER.matcher(s).matches();
    }

    /** One line: the cells (see {@link #cell}) joined by commas, ended by CRLF. */
    public static String row(List<?> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        return b.append(EOL).toString();
    }
}
