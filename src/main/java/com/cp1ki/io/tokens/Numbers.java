package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.TokenBins;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Token counts and weights parsed straight from bytes, without a String per cell.
 *
 * <p>A token count is a whole number in [0, {@link TokenBins#MAX_VALUE}]. Accepted forms: plain
 * digits ({@code 1234}), an optional leading {@code +}, surrounding spaces, a trailing {@code .0}
 * ({@code 1234.0}, as pandas writes integers stored as floats), and thousands separators in
 * well-formed groups of three: comma ({@code 1,234}; in comma-separated files only inside quotes),
 * space, apostrophe, underscore, no-break space or narrow no-break space ({@code 1 234}; not when
 * the file is whitespace-separated). A period is always a decimal point, so {@code 1.234} is a
 * fractional count, not 1234.
 *
 * <p>Results: a value {@code >= 0}, or a negative error code, see {@link #reason(long)}.
 */
final class Numbers {
    static final long MAX = TokenBins.MAX_VALUE;

    private Numbers() {
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * The 1 to 7 ASCII digits at {@code b[p]} read eight bytes at once, without a branch per
     * digit: returns {@code value << 8 | digitCount}, or -1 when the cell does not start with
     * 1 to 7 digits (the caller then reads it byte by byte). Needs {@code p + 8 <= b.length}.
     */
    static long shortDigits(byte[] b, int p) {
        long x = (long) LONGS.get(b, p);
        // a digit byte 0x3n (n <= 9) gives 0x33 here; any other byte does not. Carries out of a
        // byte >= 0xFA only reach later bytes, so the first non-digit is always found exactly
        long t = (x & 0xF0F0F0F0F0F0F0F0L) | (((x + 0x0606060606060606L) & 0xF0F0F0F0F0F0F0F0L) >>> 4);
        long nonDigit = t ^ 0x3333333333333333L;
        if (nonDigit == 0) {
            return -1;
        }
        int n = Long.numberOfTrailingZeros(nonDigit) >>> 3;
        if (n == 0) {
            return -1;
        }
        // the n digits move to the top bytes, zeros (leading zero digits) fill the bottom
        long d = (x & 0x0F0F0F0F0F0F0F0FL) << (8 * (8 - n));
        d = (d * 10 + (d >>> 8)) & 0x00FF00FF00FF00FFL;
        d = (d * 100 + (d >>> 16)) & 0x0000FFFF0000FFFFL;
        d = (d * 10000 + (d >>> 32)) & 0xFFFFFFFFL;
        return d << 8 | n;
    }

    static long error(SkipReason r) {
        return -1L - r.ordinal();
    }

    static SkipReason reason(long code) {
        return SkipReason.values()[(int) (-1L - code)];
    }

    /** Parses a token count from {@code b[s, e)}. */
    static long token(byte[] b, int s, int e) {
        int n = e - s;
        if (n > 0 && n <= 15) {
            long v = 0;
            int i = s;
            for (; i < e; i++) {
                int d = b[i] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                v = v * 10 + d;
            }
            if (i == e) {
                return v;
            }
        }
        return tokenSlow(b, s, e);
    }

    private static boolean isSpace(byte[] b, int i, int e) {
        return b[i] == ' ' || b[i] == '\t';
    }

    /** Length of a thousands separator at i, or 0. */
    private static int separator(byte[] b, int i, int e) {
        byte c = b[i];
        if (c == ',' || c == ' ' || c == '\'' || c == '_') {
            return 1;
        }
        if (c == (byte) 0xC2 && i + 1 < e && b[i + 1] == (byte) 0xA0) {
            return 2;
        }
        if (c == (byte) 0xE2 && i + 2 < e && b[i + 1] == (byte) 0x80 && b[i + 2] == (byte) 0xAF) {
            return 3;
        }
        return 0;
    }

    static long tokenSlow(byte[] b, int s, int e) {
        while (s < e && (isSpace(b, s, e) || separator(b, s, e) > 1)) {
            s += isSpace(b, s, e) ? 1 : separator(b, s, e);
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '\t')) {
            e--;
        }
        if (s == e) {
            return error(SkipReason.EMPTY_CELL);
        }
        boolean negative = false;
        if (b[s] == '+' || b[s] == '-') {
            negative = b[s] == '-';
            s++;
        }
        long v = 0;
        boolean overflow = false;
        int digits = 0;
        int group = -1; // digits since the last separator, -1 before any separator
        byte sep = 0;
        int i = s;
        for (; i < e; i++) {
            int d = b[i] - '0';
            if (d >= 0 && d <= 9) {
                digits++;
                if (group >= 0) {
                    group++;
                }
                if (!overflow) {
                    v = v * 10 + d;
                    if (v > MAX) {
                        overflow = true;
                    }
                }
                continue;
            }
            int len = separator(b, i, e);
            if (len > 0 && digits > 0) {
                if ((group < 0 && digits > 3) || (group >= 0 && group != 3) || (sep != 0 && sep != b[i])) {
                    return error(SkipReason.NON_NUMERIC);
                }
                sep = b[i];
                group = 0;
                i += len - 1;
                continue;
            }
            break;
        }
        if (digits == 0 || (group >= 0 && group != 3)) {
            return error(SkipReason.NON_NUMERIC);
        }
        if (i < e) {
            if (b[i] != '.') {
                return error(SkipReason.NON_NUMERIC);
            }
            boolean fraction = false;
            for (int k = i + 1; k < e; k++) {
                int d = b[k] - '0';
                if (d < 0 || d > 9) {
                    return error(SkipReason.NON_NUMERIC);
                }
                fraction |= d != 0;
            }
            if (fraction) {
                return error(negative ? SkipReason.NEGATIVE : SkipReason.FRACTIONAL);
            }
        }
        if (negative && v != 0) {
            return error(SkipReason.NEGATIVE);
        }
        return overflow ? error(SkipReason.OVERFLOW) : v;
    }

    /** Parses a positive weight (count) from {@code b[s, e)}; NaN when it is not a positive number up to {@link #MAX}. */
    static double weight(byte[] b, int s, int e) {
        long v = token(b, s, e);
        if (v > 0) {
            return v;
        }
        if (v == 0) {
            return Double.NaN;
        }
        while (s < e && b[s] == ' ') {
            s++;
        }
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        if (e - s == 0 || e - s > 40) {
            return Double.NaN;
        }
        try {
            double d = Double.parseDouble(new String(b, s, e - s, java.nio.charset.StandardCharsets.ISO_8859_1));
            return d > 0 && d <= MAX ? d : Double.NaN;
        } catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

    /** Whether a whole cell reads as a token count (used when sniffing headers). */
    static boolean isNumber(String cell) {
        byte[] b = cell.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long v = token(b, 0, b.length);
        return v >= 0 || v == error(SkipReason.NEGATIVE) || v == error(SkipReason.FRACTIONAL)
                || v == error(SkipReason.OVERFLOW);
    }
}
