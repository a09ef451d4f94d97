package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.TokenBins;
import com.cp1ki.engine.model.TokenDistribution;

import java.util.Arrays;

/**
 * The importer's own histogram accumulator, laid out for speed: one open-addressing table whose
 * slot holds the cell key and its three sums side by side (32 bytes), so adding a row touches one
 * slot instead of five arrays. It holds exactly what {@link TokenDistribution} holds (per cell:
 * weight and weighted input and output sums; rows and maxima overall) and hands it over through
 * {@link TokenDistribution#restore}, which checks every cell again.
 */
final class CellTable {
    private static final long EMPTY = -1L;
    private long[] t = new long[4 * 256];
    private int size;
    long rows;
    long maxIn;
    long maxOut;

    CellTable() {
        fillEmpty(t);
    }

    private static void fillEmpty(long[] a) {
        for (int i = 0; i < a.length; i += 4) {
            a[i] = EMPTY;
        }
    }

    /*
     * Rows are queued and added to the table in batches: the table is larger than a core's cache,
     * so each add is a cache miss, and a tight loop of independent adds lets the processor wait
     * for several misses at once instead of one per parsed row.
     */
    private static final int BATCH = 256;
    private final long[] qIn = new long[BATCH];
    private final long[] qOut = new long[BATCH];
    private final double[] qW = new double[BATCH];
    private int queued;

    void add(long in, long out, double w) {
        int q = queued;
        qIn[q] = in;
        qOut[q] = out;
        qW[q] = w;
        if (++queued == BATCH) {
            drain();
        }
        rows++;
        if (in > maxIn) {
            maxIn = in;
        }
        if (out > maxOut) {
            maxOut = out;
        }
    }

    private void drain() {
        for (int k = 0; k < queued; k++) {
            long in = qIn[k];
            long out = qOut[k];
            double w = qW[k];
            addCell(((long) TokenBins.binOf(in) << 32) | TokenBins.binOf(out), w, in * w, out * w);
        }
        queued = 0;
    }

    private void addCell(long key, double w, double si, double so) {
        long[] a = t;
        int mask = a.length - 1;
        int h = (mix(key) << 2) & mask;
        while (true) {
            long k = a[h];
            if (k == key) {
                a[h + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(a[h + 1]) + w);
                a[h + 2] = Double.doubleToRawLongBits(Double.longBitsToDouble(a[h + 2]) + si);
                a[h + 3] = Double.doubleToRawLongBits(Double.longBitsToDouble(a[h + 3]) + so);
                return;
            }
            if (k == EMPTY) {
                a[h] = key;
                a[h + 1] = Double.doubleToRawLongBits(w);
                a[h + 2] = Double.doubleToRawLongBits(si);
                a[h + 3] = Double.doubleToRawLongBits(so);
                if (++size * 8 > a.length) { // load factor 1/2
                    grow();
                }
                return;
            }
            h = (h + 4) & mask;
        }
    }

    private void grow() {
        long[] old = t;
        t = new long[old.length * 2];
        fillEmpty(t);
        size = 0;
        for (int i = 0; i < old.length; i += 4) {
            if (old[i] != EMPTY) {
                addCell(old[i], Double.longBitsToDouble(old[i + 1]), Double.longBitsToDouble(old[i + 2]),
                        Double.longBitsToDouble(old[i + 3]));
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40);
    }

    boolean isEmpty() {
        return rows == 0;
    }

    void merge(CellTable o) {
        drain();
        o.drain();
        for (int i = 0; i < o.t.length; i += 4) {
            if (o.t[i] != EMPTY) {
                addCell(o.t[i], Double.longBitsToDouble(o.t[i + 1]), Double.longBitsToDouble(o.t[i + 2]),
                        Double.longBitsToDouble(o.t[i + 3]));
            }
        }
        rows += o.rows;
        maxIn = Math.max(maxIn, o.maxIn);
        maxOut = Math.max(maxOut, o.maxOut);
    }

    TokenDistribution build() {
        drain();
        int[] ib = new int[size];
        int[] ob = new int[size];
        double[] w = new double[size];
        double[] si = new double[size];
        double[] so = new double[size];
        long[] keys = new long[size];
        int n = 0;
        for (int i = 0; i < t.length; i += 4) {
            if (t[i] != EMPTY) {
                keys[n++] = t[i];
            }
        }
        Arrays.sort(keys);
        for (int k = 0; k < n; k++) {
            long key = keys[k];
            ib[k] = (int) (key >>> 32);
            ob[k] = (int) key;
            int h = find(key);
            w[k] = Double.longBitsToDouble(t[h + 1]);
            si[k] = Double.longBitsToDouble(t[h + 2]);
            so[k] = Double.longBitsToDouble(t[h + 3]);
        }
        return TokenDistribution.restore(rows, maxIn, maxOut, ib, ob, w, si, so, null, null, null);
    }

    private int find(long key) {
        int mask = t.length - 1;
        int h = (mix(key) << 2) & mask;
        while (t[h] != key) {
            h = (h + 4) & mask;
        }
        return h;
    }
}
