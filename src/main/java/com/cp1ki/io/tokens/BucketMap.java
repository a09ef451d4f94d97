package com.cp1ki.io.tokens;

import java.util.Arrays;

/** Open-addressing map from a bucket index (long) to a weight (double), with a size cap. */
final class BucketMap {
    private long[] keys;
    private double[] values;
    private boolean[] used;
    private int size;
    private final int cap;

    BucketMap(int cap) {
        this.cap = cap;
        keys = new long[64];
        values = new double[64];
        used = new boolean[64];
    }

    /** Adds weight to a bucket; false when that would exceed the cap (nothing is added then). */
    boolean add(long key, double w) {
        int mask = keys.length - 1;
        int h = mix(key) & mask;
        while (used[h]) {
            if (keys[h] == key) {
                values[h] += w;
                return true;
            }
            h = (h + 1) & mask;
        }
        if (size >= cap) {
            return false;
        }
        used[h] = true;
        keys[h] = key;
        values[h] = w;
        size++;
        if (size * 2 > keys.length) {
            grow();
        }
        return true;
    }

    int size() {
        return size;
    }

    /** Calls {@code f} for every bucket. */
    void forEach(Entry f) {
        for (int k = 0; k < keys.length; k++) {
            if (used[k]) {
                f.accept(keys[k], values[k]);
            }
        }
    }

    double get(long key) {
        int mask = keys.length - 1;
        int h = mix(key) & mask;
        while (used[h]) {
            if (keys[h] == key) {
                return values[h];
            }
            h = (h + 1) & mask;
        }
        return 0;
    }

    interface Entry {
        void accept(long key, double value);
    }

    private void grow() {
        long[] ok = keys;
        double[] ov = values;
        boolean[] ou = used;
        keys = new long[ok.length * 2];
        values = new double[ok.length * 2];
        used = new boolean[ok.length * 2];
        int mask = keys.length - 1;
        for (int k = 0; k < ok.length; k++) {
            if (ou[k]) {
                int h = mix(ok[k]) & mask;
                while (used[h]) {
                    h = (h + 1) & mask;
                }
                used[h] = true;
                keys[h] = ok[k];
                values[h] = ov[k];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    @Override
    public String toString() {
        return "BucketMap" + Arrays.toString(new int[] {size});
    }
}
