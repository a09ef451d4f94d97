package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;

/**
 * A log's cost cell, USD: a plain decimal ({@code 0.000412}) is read from its digits without a
 * String; anything else (an exponent as in {@code 1.2e-05}, a leading {@code $}) goes through
 * {@link Double#parseDouble}. Negative, NaN and infinite amounts are not costs.
 */
final class Money {
    static final double ABSENT = -1;
    static final double INVALID = -2;
    private static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15, 1e16, 1e17, 1e18};

    private Money() {
    }

    /** The amount in {@code b[s, e)}, {@link #ABSENT} for an empty cell, {@link #INVALID} when not an amount. */
    static double parse(byte[] b, int s, int e) {
        while (s < e && (b[s] == ' ' || b[s] == '"')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '"' || b[e - 1] == '\r')) {
            e--;
        }
        if (s == e) {
            return ABSENT;
        }
        long m = 0;
        int digits = 0;
        int frac = -1;
        int i = s;
        for (; i < e; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                if (digits == 18) {
                    break;
                }
                m = m * 10 + d;
                digits++;
                if (frac >= 0) {
                    frac++;
                }
            } else if (b[i] == '.' && frac < 0) {
                frac = 0;
            } else {
                break;
            }
        }
        if (i == e && digits > 0) {
            return frac > 0 ? m / POW10[frac] : m;
        }
        String t = new String(b, s, e - s, StandardCharsets.ISO_8859_1).strip();
        if (t.startsWith("$")) {
            t = t.substring(1).strip();
        }
        if (t.equalsIgnoreCase("null") || t.equalsIgnoreCase("nan") || t.equalsIgnoreCase("none")) {
            return ABSENT;
        }
        try {
            double v = Double.parseDouble(t);
            return v >= 0 && v < Double.POSITIVE_INFINITY ? v : INVALID;
        } catch (NumberFormatException ex) {
            return INVALID;
        }
    }
}
