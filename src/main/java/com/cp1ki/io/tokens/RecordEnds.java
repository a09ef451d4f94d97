package com.cp1ki.io.tokens;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Where records end in delimited text, exactly as {@link DelimitedParser} reads it (RFC 4180): at
 * a newline outside a quoted cell. A quote opens a cell only at the start of a cell (after a
 * delimiter or a line break); inside, a doubled quote is a quote and a single one closes the cell,
 * which may hold delimiters and line breaks. After a closing quote (and spaces), anything but a
 * delimiter or a line break ends the record at the next newline, as the parser skips it.
 *
 * <p>The reading thread uses it to cut blocks at record boundaries ({@link #last}), so a worker
 * always starts a block outside a quote, and to skip a record longer than a block ({@link #first},
 * resumable across reads). Logs without quotes are scanned eight bytes at a time for a quote; the
 * state machine runs only from one quote to the next. Not thread-safe: one per reading thread.
 */
final class RecordEnds {
    /** Outside quoted cells; {@link #cellStart} says whether the next byte starts a cell. */
    private static final int OUT = 0;
    /** Inside a quoted cell. */
    private static final int QUOTED = 1;
    /** Inside a quoted cell just after a quote: a second quote escapes it, anything else closed the cell. */
    private static final int QUOTE = 2;
    /** After a closing quote (and, in CSV, the spaces after it). */
    private static final int CLOSED = 3;
    /** The rest of the line is not read: the next newline ends the record. */
    private static final int SKIP = 4;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';

    /** False for JSON Lines: every newline ends a record. */
    private final boolean quotes;
    private final boolean blanks;
    /** Bytes after which a cell starts (delimiters and the newline). */
    private final boolean[] separator = new boolean[256];

    private int state = OUT;
    private boolean cellStart = true;
    /** Newlines passed inside quoted cells since {@link #reset()}. */
    private long innerNewlines;

    private RecordEnds(boolean quotes, boolean blanks, int... separators) {
        this.quotes = quotes;
        this.blanks = blanks;
        for (int s : separators) {
            separator[s & 0xff] = true;
        }
        separator['\n'] = true;
    }

    /** For the layout's parser: quote-aware for delimited text, plain newlines for JSON Lines. */
    static RecordEnds of(Layout l) {
        if (l.format() == ImportOptions.Format.JSONL) {
            return new RecordEnds(false, false);
        }
        return delimited(l.delimiter());
    }

    /** For delimited text with this delimiter (or {@link Layout#WHITESPACE}). */
    static RecordEnds delimited(int delimiter) {
        return delimiter == Layout.WHITESPACE ? new RecordEnds(true, true, ' ', '\t', '\r')
                : new RecordEnds(true, false, delimiter);
    }

    /**
     * For sniffing, before the delimiter is known: a quote opens a cell after any delimiter the
     * sniffer could choose ({@code delimiter} 0), or after the given one.
     */
    static RecordEnds sniffing(int delimiter) {
        return delimiter != 0 ? delimited(delimiter) : new RecordEnds(true, false, ',', ';', '|', '\t');
    }

    /** Starts again at the start of a record. */
    void reset() {
        state = OUT;
        cellStart = true;
        innerNewlines = 0;
    }

    /** Whether the bytes fed since {@link #reset()} end inside a quoted cell (at end of input: a quote never closed). */
    boolean inQuote() {
        return state == QUOTED;
    }

    /** Newlines inside quoted cells since {@link #reset()}: the lines a record spans beyond its first. */
    long innerNewlines() {
        return innerNewlines;
    }

    /**
     * Feeds {@code b[from, end)}, from the start of a record (after {@link #reset()}) or from where
     * the previous call stopped, and returns the index just past the last record end in it, or -1.
     */
    int last(byte[] b, int from, int end) {
        return scan(b, from, end, false);
    }

    /**
     * As {@link #last}, but stops at the first record end and returns the index just past it, or -1;
     * {@link #innerNewlines()} then counts the lines that record spans beyond its first.
     */
    int first(byte[] b, int from, int end) {
        return scan(b, from, end, true);
    }

    private int scan(byte[] b, int p, int end, boolean stopAtFirst) {
        if (!quotes) {
            int nl = stopAtFirst ? indexOf(b, p, end, (byte) '\n') : lastNewline(b, p, end);
            return nl < 0 ? -1 : nl + 1;
        }
        int lastEnd = -1;
        while (p < end) {
            switch (state) {
                case OUT -> {
                    int q = stopAtFirst ? quoteOrNewline(b, p, end) : quote(b, p, end);
                    if (q < 0) {
                        q = end;
                    }
                    if (stopAtFirst && q < end && b[q] == '\n') {
                        cellStart = true;
                        return q + 1;
                    }
                    if (q > p) {
                        if (!stopAtFirst) {
                            int nl = lastNewline(b, p, q);
                            if (nl >= 0) {
                                lastEnd = nl + 1;
                            }
                        }
                        cellStart = separator[b[q - 1] & 0xff];
                    }
                    if (q == end) {
                        return lastEnd;
                    }
                    if (cellStart) {
                        state = QUOTED;
                    }
                    cellStart = false;
                    p = q + 1;
                }
                case QUOTED -> {
                    int q = quote(b, p, end);
                    int stop = q < 0 ? end : q;
                    for (int i = p; i < stop; i++) {
                        if (b[i] == '\n') {
                            innerNewlines++;
                        }
                    }
                    if (q < 0) {
                        return lastEnd;
                    }
                    state = QUOTE;
                    p = q + 1;
                }
                case QUOTE -> {
                    if (b[p] == '"') {
                        state = QUOTED;
                        p++;
                    } else {
                        state = CLOSED;
                    }
                }
                case CLOSED -> {
                    byte c = b[p];
                    if (c == '\n') {
                        lastEnd = p + 1;
                        p++;
                        state = OUT;
                        cellStart = true;
                        if (stopAtFirst) {
                            return lastEnd;
                        }
                    } else if (blanks ? c == ' ' || c == '\t' || c == '\r' : c != '\r' && separator[c & 0xff]) {
                        state = OUT;
                        cellStart = true;
                        p++;
                    } else if (!blanks && c == ' ') {
                        p++;
                    } else {
                        state = SKIP;
                    }
                }
                default -> { // SKIP
                    int nl = indexOf(b, p, end, (byte) '\n');
                    if (nl < 0) {
                        return lastEnd;
                    }
                    lastEnd = nl + 1;
                    p = nl + 1;
                    state = OUT;
                    cellStart = true;
                    if (stopAtFirst) {
                        return lastEnd;
                    }
                }
            }
        }
        return lastEnd;
    }

    /** The first quote in b[p, end), 32 bytes at a time while there is none, then eight; or -1. */
    private static int quote(byte[] b, int p, int end) {
        while (p + 32 <= end) {
            long w = (long) LONGS.get(b, p) ^ QUOTES;
            long x = (long) LONGS.get(b, p + 8) ^ QUOTES;
            long y = (long) LONGS.get(b, p + 16) ^ QUOTES;
            long z = (long) LONGS.get(b, p + 24) ^ QUOTES;
            if (((((w - ONES) & ~w) | ((x - ONES) & ~x) | ((y - ONES) & ~y) | ((z - ONES) & ~z)) & HIGHS) != 0) {
                break;
            }
            p += 32;
        }
        while (p + 8 <= end) {
            long x = (long) LONGS.get(b, p) ^ QUOTES;
            long m = (x - ONES) & ~x & HIGHS;
            if (m != 0) {
                return p + (Long.numberOfTrailingZeros(m) >>> 3);
            }
            p += 8;
        }
        return indexOf(b, p, end, (byte) '"');
    }

    /** The first quote or newline in b[p, end), or -1. */
    private static int quoteOrNewline(byte[] b, int p, int end) {
        for (int i = p; i < end; i++) {
            if (b[i] == '"' || b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] b, int p, int end, byte c) {
        for (int i = p; i < end; i++) {
            if (b[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private static int lastNewline(byte[] b, int p, int end) {
        for (int i = end - 1; i >= p; i--) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
