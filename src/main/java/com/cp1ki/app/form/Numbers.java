package com.cp1ki.app.form;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Number text as people type and paste it: thousands separators ("10,000", "10 000", "10_000")
 * in groups of three, a leading currency sign or a trailing percent sign are accepted. The decimal
 * separator is a point (the app's number format is English, as the file format and CSV exports
 * are). A separator that does not group thousands, such as the decimal comma of {@code 2,5}, is
 * refused rather than guessed, as the log importer does: {@link #problem} says why.
 */
public final class Numbers {

    private Numbers() {
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    /** Whole part with thousands separators (already written as commas): 1 to 3 digits, then groups of 3. */
    private static final java.util.regex.Pattern GROUPED =
            java.util.regex.Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?([eE][+-]?\\d+)?");

    /** The number in {@code text}, or empty when it is not one (blank and ambiguous text included). */
    public static OptionalDouble parse(String text) {
        String s = bare(text);
        if (s == null || s.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (s.indexOf(',') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                return OptionalDouble.empty();
            }
            s = s.replace(",", "");
        }
        if (!NUMBER.matcher(s).matches()) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
    }

    /**
     * What is wrong with {@code text} as a number, for a message after "{@code <label>} ...", or
     * null when it parses: a separator that does not group thousands ({@code 2,5},
     * {@code 12,34}) is named as ambiguous, with both readings shown; anything else "must be a number".
     */
    public static String problem(String text) {
        if (parse(text).isPresent()) {
            return null;
        }
        String s = bare(text);
        String shown = text == null ? "" : text.strip();
        if (s != null && s.indexOf(',') >= 0 && s.replace(",", "").matches("[+-]?\\d+(\\.\\d*)?")) {
            int comma = s.indexOf(',');
            if (comma == s.lastIndexOf(',') && s.indexOf('.') < 0) {
                String point = s.substring(0, comma) + "." + s.substring(comma + 1);
                return "is ambiguous: \"" + shown + "\" could be " + point + " or " + s.replace(",", "")
                        + "; type " + point + " for a decimal (the decimal separator is a point, a comma groups thousands: 1,234.5)";
            }
            return "is ambiguous: \"" + shown + "\" separates digits in groups other than three; the decimal separator "
                    + "is a point and a comma groups thousands in threes (1,234,567.5)";
        }
        return "must be a number, not \"" + shown + "\"";
    }

    /**
     * {@code text} without surrounding space, currency sign or percent sign, with every
     * thousands separator written as a comma; null for null.
     */
    private static String bare(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.startsWith("$") || s.startsWith("€") || s.startsWith("£") || s.startsWith("₹")) {
            s = s.substring(1);
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.strip().replace('\u00a0', ',').replace('\u202f', ',').replace(' ', ',').replace('_', ',');
    }

    /** A value for a text field: grouped thousands, up to 6 decimals, no trailing zeros. */
    public static String format(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        DecimalFormat f = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(v);
    }

    /**
     * Money for tables: whole units from 1,000, 2 decimals from 1, else 4 significant digits
     * (a cost per inference of a fraction of a cent stays readable).
     */
    public static String money(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        String pattern = a >= 1000 ? "#,##0" : a >= 1 || v == 0 ? "#,##0.00"
                : "0." + "0".repeat(Math.max(2, 3 - (int) Math.floor(Math.log10(a)))) ;
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
