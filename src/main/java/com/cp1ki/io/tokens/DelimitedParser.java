package com.cp1ki.io.tokens;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses CSV, TSV and whitespace-separated text straight from bytes: no String per line, no
 * regex. A quoted cell ({@code "1,234"}) may hold delimiters, doubled quotes and line breaks
 * (RFC 4180): a record whose prompt cell spans lines is one row, reported at its first line, and
 * the lines it spans keep the line numbers after it exact ({@link Result#spanned}). Blocks are cut
 * at record ends by {@link RecordEnds}, which reads quotes the same way; a quote still open at
 * the end of the input is {@link Result#openQuote}, which the import refuses as a whole.
 * Lines end with LF or CRLF.
 */
final class DelimitedParser implements BlockParser {
    private final boolean blanks;
    private final byte delim;
    private final int cells;
    private final int inCol;
    private final int outCol;
    private final int weightCol;
    private final int timeCol;
    private final int tagCol;
    private final int lastRole;
    private final ImportOptions options;
    private final long delimWord;
    /** Per column, its {@link RowDetail} slot or -1 (read only for a sink that wants detail). */
    private final int[] detailSlot;

    DelimitedParser(Layout l) {
        blanks = l.delimiter() == Layout.WHITESPACE;
        delim = blanks ? (byte) ' ' : (byte) l.delimiter();
        cells = l.cells();
        inCol = l.column(Role.INPUT);
        outCol = l.column(Role.OUTPUT);
        weightCol = l.column(Role.WEIGHT);
        timeCol = l.column(Role.TIME);
        tagCol = l.column(Role.TAG);
        lastRole = Math.max(Math.max(inCol, outCol), Math.max(Math.max(weightCol, timeCol), tagCol));
        options = l.options();
        delimWord = ONES * (delim & 0xff);
        detailSlot = new int[l.roles().size()];
        for (int i = 0; i < detailSlot.length; i++) {
            detailSlot[i] = RowDetail.slot(l.roles().get(i));
        }
    }

    @Override
    public void parse(byte[] b, int off, int end, int skipLines, RowSink acc, Result r) {
        int p = off;
        long line = 0;
        int noTag = tagCol < 0 ? acc.tag(b, 0, 0) : -1;
        Timestamps.Cache times = acc.times;
        RowDetail d = acc.detail();
        if (d != null) {
            d.bytes = b;
        }
        while (p < end) {
            line++;
            if (line <= skipLines) {
                p = lineEnd(b, p, end);
                continue;
            }
            p = row(b, p, end, line, acc, r, noTag, times, d);
            line += r.spanned;
            r.spanned = 0;
        }
        r.lines = line;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NEWLINES = ONES * '\n';

    /** A mask with the high bit set in each zero byte of v (the lowest one is exact). */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGHS;
    }

    /** The first delimiter or newline at or after p (or end), eight bytes at a time. */
    private int cellEnd(byte[] b, int p, int end) {
        long delims = delimWord;
        while (p + 8 <= end) {
            long x = (long) LONGS.get(b, p);
            long m = zeroBytes(x ^ delims) | zeroBytes(x ^ NEWLINES);
            if (m != 0) {
                return p + (Long.numberOfTrailingZeros(m) >>> 3);
            }
            p += 8;
        }
        while (p < end && b[p] != delim && b[p] != '\n') {
            p++;
        }
        return p;
    }

    private static int lineEnd(byte[] b, int p, int end) {
        while (p < end && b[p] != '\n') {
            p++;
        }
        return p < end ? p + 1 : p;
    }

    private boolean isBlank(byte c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private int row(byte[] b, int start, int end, long line, RowSink acc, Result r, int noTag,
                    Timestamps.Cache times, RowDetail det) {
        int p = start;
        if (p < end && (isBlank(b[p]) || b[p] == '\n')) {
            int q = p;
            while (q < end && isBlank(b[q])) {
                q++;
            }
            if (q == end || b[q] == '\n') {
                r.blank++;
                return q < end ? q + 1 : q;
            }
            if (blanks) {
                p = q;
            }
        }
        r.rowsRead++;
        if (det != null) {
            det.reset();
        }
        SkipReason err = null;
        long in = -1;
        long out = -1;
        double w = 1;
        long ts = Timestamps.INVALID;
        int tagS = 0;
        int tagE = 0;
        int c = 0;
        while (true) {
            int s;
            int e;
            long parsed = -2; // a token count read while scanning, or -2
            if (p < end && b[p] == '"') {
                int q = p + 1;
                int inner = 0;
                while (q < end) {
                    byte ch = b[q];
                    if (ch == '"') {
                        if (q + 1 < end && b[q + 1] == '"') {
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    if (ch == '\n') {
                        inner++;
                    }
                    q++;
                }
                if (q >= end) {
                    // blocks end at record ends, so only the end of the input leaves a quote open
                    r.openQuote = line + r.spanned;
                    r.spanned += inner;
                    return end;
                }
                r.spanned += inner;
                s = p + 1;
                e = q;
                p = q + 1;
                while (p < end && b[p] == ' ' && !blanks) {
                    p++;
                }
                if (p < end && b[p] != delim && b[p] != '\n' && b[p] != '\r' && !(blanks && isBlank(b[p]))) {
                    r.skips.add(SkipReason.TEXT_AFTER_QUOTE, line);
                    return lineEnd(b, p, end);
                }
            } else {
                s = p;
                if (blanks) {
                    while (p < end && b[p] != ' ' && b[p] != '\t' && b[p] != '\n' && b[p] != '\r') {
                        p++;
                    }
                } else if (c == inCol || c == outCol) {
                    // the common case, plain digits, is parsed in the same pass that finds the cell's end
                    long v;
                    int q;
                    long digits = p + 8 <= end ? Numbers.shortDigits(b, p) : -1;
                    if (digits >= 0) {
                        v = digits >>> 8;
                        q = p + (int) (digits & 0xff);
                    } else {
                        v = 0;
                        q = p;
                        int lim = Math.min(end, p + 15);
                        while (q < lim) {
                            int d = b[q] - '0';
                            if (d < 0 || d > 9) {
                                break;
                            }
                            v = v * 10 + d;
                            q++;
                        }
                    }
                    if (q > p && (q == end || b[q] == delim || b[q] == '\n')) {
                        parsed = v;
                        p = q;
                    } else {
                        p = cellEnd(b, p, end);
                    }
                } else {
                    p = cellEnd(b, p, end);
                }
                e = p;
                if (e > s && b[e - 1] == '\r') {
                    e--;
                }
            }
            if (err == null && c <= lastRole) {
                if (c == inCol) {
                    in = parsed >= 0 ? parsed : Numbers.token(b, s, e);
                    if (in < 0) {
                        err = Numbers.reason(in);
                    }
                } else if (c == outCol) {
                    out = parsed >= 0 ? parsed : Numbers.token(b, s, e);
                    if (out < 0) {
                        err = Numbers.reason(out);
                    }
                } else if (c == weightCol) {
                    w = Numbers.weight(b, s, e);
                    if (Double.isNaN(w)) {
                        err = SkipReason.BAD_WEIGHT;
                    }
                } else if (c == timeCol) {
                    ts = Timestamps.parse(b, s, e, times);
                    if (ts == Timestamps.INVALID) {
                        err = det != null && trimStart(b, s, e) == e ? SkipReason.NO_TIMESTAMP : SkipReason.BAD_TIMESTAMP;
                    }
                } else if (c == tagCol) {
                    tagS = s;
                    tagE = e;
                }
            }
            if (det != null && c < detailSlot.length && detailSlot[c] >= 0) {
                det.start[detailSlot[c]] = s;
                det.end[detailSlot[c]] = e;
            }
            c++;
            if (blanks) {
                while (p < end && isBlank(b[p])) {
                    p++;
                }
                if (p >= end || b[p] == '\n') {
                    break;
                }
            } else {
                if (p >= end || b[p] == '\n' || b[p] == '\r') {
                    p = lineEnd(b, p, end) - 1;
                    break;
                }
                p++; // the delimiter
            }
        }
        p = p < end ? p + 1 : p;
        if (c != cells) {
            err = SkipReason.RAGGED;
        }
        if (err == null) {
            if (outCol < 0) {
                out = options.syntheticOutput(in);
                if (out > Numbers.MAX) {
                    r.skips.add(SkipReason.OVERFLOW, line);
                    return p;
                }
            }
            int tagStart = trimStart(b, tagS, tagE); // a cell of spaces is an empty tag
            int tag = tagCol < 0 ? noTag : acc.tag(b, tagStart, trimEnd(b, tagStart, tagE));
            if (det == null) {
                acc.add(tag, in, out, w, ts);
            } else {
                SkipReason why = acc.addDetailed(tag, in, out, w, ts, det, line);
                if (why != null) {
                    r.skips.add(why, line);
                }
            }
        } else {
            r.skips.add(err, line);
        }
        return p;
    }

    private static int trimStart(byte[] b, int s, int e) {
        while (s < e && b[s] == ' ') {
            s++;
        }
        return s;
    }

    private static int trimEnd(byte[] b, int s, int e) {
        while (e > s && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }
}
