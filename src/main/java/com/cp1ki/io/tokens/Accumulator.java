package com.cp1ki.io.tokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one worker thread has read: a distribution builder per tag value, the traffic buckets and
 * the row counts. Tag values are looked up by their bytes (no String per row). At most
 * {@link #MAX_TAGS} distinct tag values are kept; further values are pooled under {@link #OTHER}
 * (their rows are kept, and the report notes it). Not thread-safe: one per thread, then merged.
 */
final class Accumulator extends RowSink {
    static final int MAX_TAGS = 1000;
    static final String UNTAGGED = "(untagged)";
    static final String OTHER = "(other)";
    private static final byte[] NO_BYTES = new byte[0];

    /** Exact rows a worker keeps over all its tags before binning the rest (bounds memory with many tags). */
    static final int EXACT_BUDGET = 100_000;

    private final List<String> names = new ArrayList<>();
    private TagState[] tags = new TagState[8];
    private int exactHeld;
    private byte[][] keyBytes = new byte[64][];
    private int[] keySlot = new int[64];
    private int lastSlot = -1;
    private int keyCount;
    private boolean pooled;
    private final TrafficBuckets traffic = new TrafficBuckets();
    long rowsUsed;

    /** Index of the tag whose UTF-8 bytes are {@code b[s, e)}. */
    @Override
    int tag(byte[] b, int s, int e) {
        if (lastSlot >= 0) {
            byte[] k = keyBytes[lastSlot];
            if (k.length == e - s && Arrays.equals(k, 0, k.length, b, s, e)) {
                return keySlot[lastSlot];
            }
        }
        int mask = keyBytes.length - 1;
        int h = hash(b, s, e) & mask;
        while (keyBytes[h] != null) {
            byte[] k = keyBytes[h];
            if (k.length == e - s && Arrays.equals(k, 0, k.length, b, s, e)) {
                lastSlot = h;
                return keySlot[h];
            }
            h = (h + 1) & mask;
        }
        String name = e == s ? UNTAGGED : new String(b, s, e - s, StandardCharsets.UTF_8);
        int idx;
        if (names.size() >= MAX_TAGS && !names.contains(name)) {
            pooled = true;
            idx = index(OTHER);
        } else {
            idx = index(name);
        }
        if (keyCount >= 4 * MAX_TAGS) {
            return idx; // pooled values are not remembered, so memory stays bounded
        }
        keyBytes[h] = Arrays.copyOfRange(b, s, e);
        keySlot[h] = idx;
        lastSlot = h;
        keyCount++;
        if (keyCount * 2 > keyBytes.length) {
            rehash();
        }
        return idx;
    }

    /** Index of a tag given as a String (JSON logs). */
    @Override
    int tag(String name) {
        if (name == null || name.isEmpty()) {
            return tag(NO_BYTES, 0, 0);
        }
        byte[] b = name.getBytes(StandardCharsets.UTF_8);
        return tag(b, 0, b.length);
    }

    private int index(String name) {
        int i = names.indexOf(name);
        if (i >= 0) {
            return i;
        }
        names.add(name);
        if (names.size() > tags.length) {
            tags = Arrays.copyOf(tags, tags.length * 2);
        }
        tags[names.size() - 1] = new TagState(name);
        return names.size() - 1;
    }

    private void rehash() {
        byte[][] ok = keyBytes;
        int[] os = keySlot;
        keyBytes = new byte[ok.length * 2][];
        keySlot = new int[ok.length * 2];
        int mask = keyBytes.length - 1;
        for (int k = 0; k < ok.length; k++) {
            if (ok[k] != null) {
                int h = hash(ok[k], 0, ok[k].length) & mask;
                while (keyBytes[h] != null) {
                    h = (h + 1) & mask;
                }
                keyBytes[h] = ok[k];
                keySlot[h] = os[k];
            }
        }
        lastSlot = -1;
    }

    private static int hash(byte[] b, int s, int e) {
        int h = 1;
        for (int i = s; i < e; i++) {
            h = 31 * h + b[i];
        }
        return h ^ (h >>> 16);
    }

    /*
     * Good rows are queued and routed to their tag's state in batches. Besides letting the cell
     * table's cache misses overlap, this keeps the branches that flip once per import (a tag's exact
     * rows running out after its first 10,000, the first timestamp) out of the parsers' hot method:
     * the JIT compiles a branch never seen taken as a trap, and each such flip inside the parser threw
     * away its compiled code and compiled it again (five times per cold 10M-row import, about a
     * third of that command's CPU). Here they flip in {@link #drain()}, a small separate method.
     */
    private static final int BATCH = 256;
    private final int[] qTag = new int[BATCH];
    private final long[] qIn = new long[BATCH];
    private final long[] qOut = new long[BATCH];
    private final double[] qW = new double[BATCH];
    private final long[] qTime = new long[BATCH];
    private int queued;

    /** Adds a good row. {@code micros} is {@link Timestamps#INVALID} when the log has no times. */
    @Override
    void add(int tag, long in, long out, double w, long micros) {
        int q = queued;
        qTag[q] = tag;
        qIn[q] = in;
        qOut[q] = out;
        qW[q] = w;
        qTime[q] = micros;
        rowsUsed++;
        if (++queued == BATCH) {
            drain();
        }
    }

    /** Routes the queued rows to their tags and the traffic buckets. */
    private void drain() {
        int n = queued;
        queued = 0;
        for (int k = 0; k < n; k++) {
            TagState s = tags[qTag[k]];
            double w = qW[k];
            boolean keep = exactHeld < EXACT_BUDGET;
            int before = s.exactCount();
            s.add(qIn[k], qOut[k], w, keep);
            exactHeld += s.exactCount() - before;
            long micros = qTime[k];
            if (micros != Timestamps.INVALID) {
                traffic.add(micros, w);
            }
        }
    }

    /** The traffic buckets, with every queued row in them. */
    TrafficBuckets traffic() {
        drain();
        return traffic;
    }

    boolean pooled() {
        return pooled;
    }

    /** Merges another accumulator into this one. */
    void merge(Accumulator o) {
        drain();
        o.drain();
        for (int k = 0; k < o.names.size(); k++) {
            String name = o.names.get(k);
            int idx;
            if (names.size() >= MAX_TAGS && !names.contains(name)) {
                pooled = true;
                idx = index(OTHER);
            } else {
                idx = index(name);
            }
            tags[idx].merge(o.tags[k]);
        }
        pooled |= o.pooled;
        rowsUsed += o.rowsUsed;
        traffic.merge(o.traffic);
    }

    /** Per-tag states in first-seen order (empty ones included). */
    List<TagState> tags() {
        drain();
        return Arrays.asList(tags).subList(0, names.size());
    }
}
