package com.cp1ki.io.tokens;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Timestamps parsed from bytes into microseconds since 1970-01-01T00:00Z, without allocation.
 *
 * <p>Accepted: ISO-8601 dates and times {@code 2023-11-16T18:17:03Z}, with a space instead of the
 * {@code T} ({@code 2023-11-16 18:17:03.9799600}), any number of fraction digits (beyond six are
 * truncated), optional seconds, and an optional zone {@code Z}, {@code +01:00}, {@code -0500} or
 * {@code +01}; a date alone is midnight. A time without a zone is read as UTC: only differences
 * between timestamps matter for span and rate, and hourly buckets then follow the log's own clock.
 * Epoch numbers, with an optional fraction, are read by magnitude: below 10^11 seconds, below
 * 10^14 milliseconds, below 10^17 microseconds, else nanoseconds.
 */
final class Timestamps {
    /** Returned when a cell is not a timestamp. */
    static final long INVALID = Long.MIN_VALUE;

    private Timestamps() {
    }

    /**
     * Remembers the last date, hour and minute seen ("2023-11-16 18:17"), so that a time-ordered
     * log parses only seconds and fraction per row. One per thread.
     */
    static final class Cache {
        private long w0;
        private long w1;
        private boolean valid;
        private long micros;
        private int w2;
        private boolean secondValid;
        private long secondMicros;
    }

    private static final long[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INTS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    static long parse(byte[] b, int s, int e) {
        return parse(b, s, e, null);
    }

    static long parse(byte[] b, int s, int e, Cache cache) {
        while (s < e && (b[s] == ' ' || b[s] == '"')) {
            s++;
        }
        while (e > s && (b[e - 1] == ' ' || b[e - 1] == '"')) {
            e--;
        }
        if (e - s >= 10 && b[s + 4] == '-' && b[s + 7] == '-') {
            return iso(b, s, e, cache);
        }
        return epoch(b, s, e);
    }

    private static int digits(byte[] b, int i, int n) {
        int v = 0;
        for (int k = 0; k < n; k++) {
            int d = b[i + k] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static long iso(byte[] b, int s, int e, Cache cache) {
        if (e - s == 10) {
            return date(b, s);
        }
        if (e - s < 16) {
            return INVALID;
        }
        if (cache == null || e - s < 19 || b[s + 13] != ':' || b[s + 16] != ':') {
            return rest(b, s + 13, e, dateHour(b, s));
        }
        // "YYYY-MM-DD HH:MM" is compared as two 8-byte words with the last row's, and ":SS" (with
        // the minute's last digit) as a 4-byte word: a busy log repeats its second many times
        long w0 = (long) LONGS.get(b, s);
        long w1 = (long) LONGS.get(b, s + 8);
        if (!cache.valid || w0 != cache.w0 || w1 != cache.w1) {
            long m = rest(b, s + 13, s + 16, dateHour(b, s));
            if (m == INVALID) {
                return INVALID;
            }
            cache.w0 = w0;
            cache.w1 = w1;
            cache.micros = m;
            cache.valid = true;
            cache.secondValid = false;
        }
        int w2 = (int) INTS.get(b, s + 15);
        if (!cache.secondValid || w2 != cache.w2) {
            int second = digits(b, s + 17, 2);
            if (second < 0 || second > 60) {
                return INVALID;
            }
            cache.w2 = w2;
            cache.secondMicros = cache.micros + second * 1_000_000L;
            cache.secondValid = true;
        }
        return afterSeconds(b, s + 19, e, cache.secondMicros);
    }

    private static long date(byte[] b, int s) {
        int year = digits(b, s, 4);
        int month = digits(b, s + 5, 2);
        int day = digits(b, s + 8, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) {
            return INVALID;
        }
        return daysFromCivil(year, month, day) * 86_400_000_000L;
    }

    /** "YYYY-MM-DDTHH" (or a space for the T) at s. */
    private static long dateHour(byte[] b, int s) {
        long micros = date(b, s);
        int i = s + 10;
        if (micros == INVALID || (b[i] != 'T' && b[i] != ' ' && b[i] != 't')) {
            return INVALID;
        }
        int hour = digits(b, i + 1, 2);
        if (hour < 0 || hour > 23) {
            return INVALID;
        }
        return micros + hour * 3_600_000_000L;
    }

    /** Parses ":MM[:SS[.fff]][zone]" at i onto the micros of the date and hour. */
    private static long rest(byte[] b, int i, int e, long micros) {
        if (micros == INVALID || e - i < 3 || b[i] != ':') {
            return INVALID;
        }
        int minute = digits(b, i + 1, 2);
        if (minute < 0 || minute > 59) {
            return INVALID;
        }
        return seconds(b, i + 3, e, micros + minute * 60_000_000L);
    }

    /** Parses "[:SS[.fff]][zone]" at i onto the micros of the date, hour and minute. */
    private static long seconds(byte[] b, int i, int e, long micros) {
        if (i < e && b[i] == ':') {
            if (e - i < 3) {
                return INVALID;
            }
            int second = digits(b, i + 1, 2);
            if (second < 0 || second > 60) {
                return INVALID;
            }
            return afterSeconds(b, i + 3, e, micros + second * 1_000_000L);
        }
        return zone(b, i, e, micros);
    }

    /** Parses "[.fff][zone]" at i, just after the seconds. */
    private static long afterSeconds(byte[] b, int i, int e, long micros) {
        {
            if (i < e && (b[i] == '.' || b[i] == ',')) {
                i++;
                long quick = i + 8 <= b.length ? Numbers.shortDigits(b, i) : -1;
                int n = (int) (quick & 0xff);
                if (quick >= 0 && i + n <= e) { // 1 to 7 digits, read at once
                    i += n;
                    long frac = quick >>> 8;
                    micros += n > 6 ? frac / 10 : frac * POW10[6 - n];
                } else {
                    int start = i;
                    long frac = 0;
                    while (i < e && b[i] >= '0' && b[i] <= '9') {
                        if (i - start < 6) {
                            frac = frac * 10 + (b[i] - '0');
                        }
                        i++;
                    }
                    if (i == start) {
                        return INVALID;
                    }
                    for (int k = i - start; k < 6; k++) {
                        frac *= 10;
                    }
                    micros += frac;
                }
            }
        }
        return zone(b, i, e, micros);
    }

    /** Parses "[zone]" at i: nothing, Z, +01:00, -0500, +01 or UTC (optionally after a space). */
    private static long zone(byte[] b, int i, int e, long micros) {
        if (i == e) {
            return micros;
        }
        if (b[i] == ' ' && i + 1 < e) {
            i++;
        }
        if ((b[i] == 'Z' || b[i] == 'z') && i + 1 == e) {
            return micros;
        }
        if ((b[i] == '+' || b[i] == '-') && e - i >= 3) {
            int sign = b[i] == '-' ? -1 : 1;
            int oh = digits(b, i + 1, 2);
            int om = 0;
            int rest = e - i - 3;
            if (rest == 3 && b[i + 3] == ':') {
                om = digits(b, i + 4, 2);
            } else if (rest == 2) {
                om = digits(b, i + 3, 2);
            } else if (rest != 0) {
                return INVALID;
            }
            if (oh < 0 || oh > 18 || om < 0 || om > 59) {
                return INVALID;
            }
            return micros - sign * (oh * 3_600_000_000L + om * 60_000_000L);
        }
        if (e - i == 3 && b[i] == 'U' && b[i + 1] == 'T' && b[i + 2] == 'C') {
            return micros;
        }
        return INVALID;
    }

    private static long epoch(byte[] b, int s, int e) {
        if (s == e || e - s > 30) {
            return INVALID;
        }
        long whole = 0;
        int i = s;
        while (i < e && b[i] >= '0' && b[i] <= '9') {
            whole = whole * 10 + (b[i] - '0');
            i++;
            if (i - s > 19) {
                return INVALID;
            }
        }
        if (i == s) {
            return INVALID;
        }
        double frac = 0;
        if (i < e && b[i] == '.') {
            i++;
            double scale = 0.1;
            int start = i;
            while (i < e && b[i] >= '0' && b[i] <= '9') {
                frac += (b[i] - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start) {
                return INVALID;
            }
        }
        if (i != e) {
            return INVALID;
        }
        return fromEpochNumber(whole, frac);
    }

    /** Microseconds from an epoch number whose unit is chosen by magnitude. */
    static long fromEpochNumber(long whole, double frac) {
        if (whole < 100_000_000_000L) {
            return whole * 1_000_000L + Math.round(frac * 1e6);
        }
        if (whole < 100_000_000_000_000L) {
            return whole * 1_000L + Math.round(frac * 1e3);
        }
        if (whole < 100_000_000_000_000_000L) {
            return whole;
        }
        return whole / 1_000L;
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
    static long daysFromCivil(int y, int m, int d) {
        y -= m <= 2 ? 1 : 0;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + doe - 719468;
    }
}
