package com.cp1ki.io.tokens;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A drift log made up on the fly, never held whole: {@code timestamp,feature,model,input_tokens,
 * output_tokens,cached_tokens,cost,status} over 30 days from 2024-05-01, ten features, three
 * models, token pairs drawn with a fixed seed from the real Azure traces (as {@link SyntheticLog}).
 */
final class SyntheticDriftLog extends InputStream {
    static final String[] MODELS = {"gpt-4o-mini", "gpt-4o", "claude-3-5-haiku-20241022"};
    private static final long[][] PAIRS = SyntheticLog.pairs();
    private final long rows;
    private final long stepMicros;
    private long row = -1;
    private final byte[] line = new byte[160];
    private int pos;
    private int len;
    private long seed = 7;

    SyntheticDriftLog(long rows) {
        this.rows = rows;
        this.stepMicros = 30L * 86_400_000_000L / rows;
        byte[] h = "timestamp,feature,model,input_tokens,output_tokens,cached_tokens,cost,status\n"
                .getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(h, 0, line, 0, h.length);
        len = h.length;
    }

    private int next() {
        seed = seed * 6364136223846793005L + 1442695040888963407L;
        return (int) (seed >>> 33) & 0x7fffffff;
    }

    private boolean fill() {
        row++;
        if (row >= rows) {
            return false;
        }
        long micros = row * stepMicros;
        long secs = micros / 1_000_000;
        int p = put(line, 0, "2024-05-");
        p = digits(line, p, 1 + secs / 86400, 2);
        line[p++] = 'T';
        p = digits(line, p, secs / 3600 % 24, 2);
        line[p++] = ':';
        p = digits(line, p, secs / 60 % 60, 2);
        line[p++] = ':';
        p = digits(line, p, secs % 60, 2);
        line[p++] = '.';
        p = digits(line, p, micros / 1000 % 1000, 3);
        p = put(line, p, "Z,feature-");
        int r = next();
        line[p++] = (byte) ('0' + r % 10);
        line[p++] = ',';
        p = put(line, p, MODELS[(r >>> 4) % 3]);
        line[p++] = ',';
        long[] pair = PAIRS[next() % PAIRS.length];
        p = number(line, p, pair[0]);
        line[p++] = ',';
        p = number(line, p, pair[1]);
        line[p++] = ',';
        p = number(line, p, (r >>> 8) % 4 == 0 ? pair[0] / 2 : 0);
        line[p++] = ',';
        p = put(line, p, "0.000");
        p = digits(line, p, (pair[0] + 4 * pair[1]) % 1000, 3);
        p = put(line, p, (r >>> 12) % 50 == 0 ? ",failure\n" : ",success\n");
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

    private static int number(byte[] b, int p, long v) {
        return digits(b, p, v, Long.toString(v).length());
    }

    private static int digits(byte[] b, int p, long v, int width) {
        for (int i = width - 1; i >= 0; i--) {
            b[p + i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return p + width;
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
