package com.cp1ki.io.tokens;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A CSV token log made up on the fly, row by row, never held whole: TIMESTAMP,ContextTokens,GeneratedTokens
 * with timestamps 10 ms apart from 2023-11-16 00:00:00 and (input, output) pairs drawn with a fixed
 * seed from the real Azure traces, so the histogram has the cells real traffic has.
 */
final class SyntheticLog extends InputStream {
    private static final long[][] PAIRS = pairs();
    private final long rows;
    private long row = -1;
    private final byte[] line = new byte[64];
    private int pos;
    private int len;
    private long seed = 42;

    SyntheticLog(long rows) {
        this.rows = rows;
        byte[] h = "TIMESTAMP,ContextTokens,GeneratedTokens\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(h, 0, line, 0, h.length);
        len = h.length;
    }

    private int next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) (seed >>> 33);
    }

    private boolean fill() {
        row++;
        if (row >= rows) {
            return false;
        }
        long centis = row; // 10 ms apart
        long secs = centis / 100;
        int p = 0;
        p = put(line, p, "2023-11-");
        p = digits(line, p, 16 + secs / 86400, 2);
        line[p++] = ' ';
        p = digits(line, p, secs / 3600 % 24, 2);
        line[p++] = ':';
        p = digits(line, p, secs / 60 % 60, 2);
        line[p++] = ':';
        p = digits(line, p, secs % 60, 2);
        line[p++] = '.';
        p = digits(line, p, centis % 100, 2);
        p = put(line, p, "00000,");
        long[] pair = PAIRS[(next() & 0x7fffffff) % PAIRS.length];
        p = digits(line, p, pair[0], Long.toString(pair[0]).length());
        line[p++] = ',';
        p = digits(line, p, pair[1], Long.toString(pair[1]).length());
        line[p++] = '\n';
        len = p;
        pos = 0;
        return true;
    }

    private static int put(byte[] b, int p, String s) {
        for (int i = 0; i < s.length(); i++) {
            b[p++] = (byte) s.charAt(i);
        }
        return p;
    }

    private static int digits(byte[] b, int p, long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            b[p + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return p + width;
    }

    /** Every (input, output) pair of both Azure traces. */
    static long[][] pairs() {
        try {
            java.util.List<long[]> all = new java.util.ArrayList<>();
            for (String name : new String[] {"AzureLLMInferenceTrace_code.csv", "AzureLLMInferenceTrace_conv.csv"}) {
                all.addAll(java.util.Arrays.asList(RealTracesTest.readIndependently(RealTracesTest.trace(name))));
            }
            return all.toArray(new long[0][]);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        if (pos == len && !fill()) {
            return -1;
        }
        return line[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int n) {
        int done = 0;
        while (done < n) {
            if (pos == len && !fill()) {
                return done == 0 ? -1 : done;
            }
            int k = Math.min(n - done, len - pos);
            System.arraycopy(line, pos, b, off + done, k);
            pos += k;
            done += k;
        }
        return done;
    }
}
