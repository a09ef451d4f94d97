package com.cp1ki.io.tokens;

/**
 * Parses CSV, TSV and whitespace-separated text straight from bytes: no String per line, no
 * regex. A quoted cell ({@code "1,234"}) may hold delimiters and doubled quotes but not a line
 * break: a quote still open at the end of its line is an unterminated quote, and the row is
 * skipped, so one stray quote cannot swallow the rest of the file. Lines end with LF or CRLF.
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
    }

    @Override
    public void parse(byte[] b, int off, int end, int skipLines, Accumulator acc, Result r) {
        int p = off;
        long line = 0;
        int noTag = tagCol < 0 ? acc.tag(b, 0, 0) : -1;
        while (p < end) {
            line++;
            if (line <= skipLines) {
                p = lineEnd(b, p, end);
                continue;
            }
            p = row(b, p, end, line, acc, r, noTag);
        }
        r.lines = line;
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

    private int row(byte[] b, int start, int end, long line, Accumulator acc, Result r, int noTag) {
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
            if (p < end && b[p] == '"') {
                int q = p + 1;
                while (q < end && b[q] != '\n') {
                    if (b[q] == '"') {
                        if (q + 1 < end && b[q + 1] == '"') {
                            q += 2;
                            continue;
                        }
                        break;
                    }
                    q++;
                }
                if (q >= end || b[q] == '\n') {
                    r.skips.add(SkipReason.UNTERMINATED_QUOTE, line);
                    return q < end ? q + 1 : q;
                }
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
                } else {
                    while (p < end && b[p] != delim && b[p] != '\n') {
                        p++;
                    }
                }
                e = p;
                if (e > s && b[e - 1] == '\r') {
                    e--;
                }
            }
            if (err == null && c <= lastRole) {
                if (c == inCol) {
                    in = Numbers.token(b, s, e);
                    if (in < 0) {
                        err = Numbers.reason(in);
                    }
                } else if (c == outCol) {
                    out = Numbers.token(b, s, e);
                    if (out < 0) {
                        err = Numbers.reason(out);
                    }
                } else if (c == weightCol) {
                    w = Numbers.weight(b, s, e);
                    if (Double.isNaN(w)) {
                        err = SkipReason.BAD_WEIGHT;
                    }
                } else if (c == timeCol) {
                    ts = Timestamps.parse(b, s, e);
                    if (ts == Timestamps.INVALID) {
                        err = SkipReason.BAD_TIMESTAMP;
                    }
                } else if (c == tagCol) {
                    tagS = s;
                    tagE = e;
                }
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
            }
            int tag = tagCol < 0 ? noTag : acc.tag(b, trimStart(b, tagS, tagE), trimEnd(b, tagS, tagE));
            acc.add(tag, in, out, w, ts);
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
