package com.cp1ki.app.form;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Number text as people type and paste it: thousands separators ("10,000", "10 000", "10_000"),
 * a leading currency sign or a trailing percent sign are accepted. The decimal separator is a
 * point (the app's number format is English, as the file format and CSV exports are).
 */
public final class Numbers {

    private Numbers() {
    }

    /** The number in {@code text}, or empty when it is not one (blank included). */
    public static OptionalDouble parse(String text) {
        if (text == null) {
            return OptionalDouble.empty();
        }
        String s = text.strip()
                .replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("_", "").replace(",", "");
        if (s.startsWith("$") || s.startsWith("€") || s.startsWith("£") || s.startsWith("₹")) {
            s = s.substring(1);
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || !s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return OptionalDouble.empty();
        }
        double v = Double.parseDouble(s);
        return Double.isFinite(v) ? OptionalDouble.of(v) : OptionalDouble.empty();
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
