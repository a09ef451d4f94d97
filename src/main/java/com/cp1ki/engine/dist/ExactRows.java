package com.cp1ki.engine.dist;

import java.util.Arrays;

/**
 * The first requests of a distribution, kept one by one up to a cap, so that a small log keeps
 * exact percentiles (see {@code TokenDistribution.MAX_EXACT_ROWS}). Shared by the engine's
 * distribution builder and the importer's per-tag accumulators. Not thread-safe.
 */
public final class ExactRows {
    private final int cap;
    private long[] in = new long[16];
    private long[] out = new long[16];
    private double[] weight = new double[16];
    private int size;

    public ExactRows(int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, was " + cap);
        }
        this.cap = cap;
    }

    public int size() {
        return size;
    }

    /** Appends a row; returns false, adding nothing, when the buffer already holds {@code cap} rows. */
    public boolean add(long i, long o, double w) {
        if (size == cap) {
            return false;
        }
        ensure(size + 1);
        in[size] = i;
        out[size] = o;
        weight[size] = w;
        size++;
        return true;
    }

    /** Appends every row of {@code other}; returns false, adding nothing, when they would not fit. */
    public boolean addAll(ExactRows other) {
        if (size + other.size > cap) {
            return false;
        }
        ensure(size + other.size);
        System.arraycopy(other.in, 0, in, size, other.size);
        System.arraycopy(other.out, 0, out, size, other.size);
        System.arraycopy(other.weight, 0, weight, size, other.size);
        size += other.size;
        return true;
    }

    private void ensure(int n) {
        if (n > in.length) {
            int len = Math.min(cap, Math.max(n, in.length * 2));
            in = Arrays.copyOf(in, len);
            out = Arrays.copyOf(out, len);
            weight = Arrays.copyOf(weight, len);
        }
    }

    public long input(int k) {
        return in[k];
    }

    public long output(int k) {
        return out[k];
    }

    public double weight(int k) {
        return weight[k];
    }

    /** Copies of the rows' input counts, output counts and weights, {@link #size()} each. */
    public long[] inputs() {
        return Arrays.copyOf(in, size);
    }

    public long[] outputs() {
        return Arrays.copyOf(out, size);
    }

    public double[] weights() {
        return Arrays.copyOf(weight, size);
    }
}
