package com.cp1ki.bench;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Byte-level formatting for the generated benchmark files. */
final class Text {
    private Text() {
    }

    static int ascii(byte[] b, int n, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[n++] = (byte) s.charAt(i);
        }
        return n;
    }

    static int number(byte[] b, int n, long v) {
        String s = Long.toString(v);
        return ascii(b, n, s);
    }

    private static int two(byte[] b, int n, int v) {
        b[n] = (byte) ('0' + v / 10);
        b[n + 1] = (byte) ('0' + v % 10);
        return n + 2;
    }

    /** {@code 2023-11-16 18:17:03.9799600}, the Azure trace's form. */
    static int timestamp(byte[] b, int n, long micros) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(micros / 1_000_000L, 0, ZoneOffset.UTC);
        n = number(b, n, t.getYear());
        b[n++] = '-';
        n = two(b, n, t.getMonthValue());
        b[n++] = '-';
        n = two(b, n, t.getDayOfMonth());
        b[n++] = ' ';
        n = two(b, n, t.getHour());
        b[n++] = ':';
        n = two(b, n, t.getMinute());
        b[n++] = ':';
        n = two(b, n, t.getSecond());
        b[n++] = '.';
        long frac = micros % 1_000_000L;
        for (long d = 100_000; d >= 1; d /= 10) {
            b[n++] = (byte) ('0' + frac / d % 10);
        }
        b[n++] = '0';
        return n;
    }
}
