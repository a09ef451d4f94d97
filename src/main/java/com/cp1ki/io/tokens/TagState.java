package com.cp1ki.io.tokens;

import com.cp1ki.engine.model.TokenDistribution;

import java.util.Arrays;

/**
 * The rows of one tag value in one worker: the first rows exactly (so a small log keeps exact
 * percentiles, as {@link TokenDistribution} does up to {@link TokenDistribution#MAX_EXACT_ROWS}
 * rows), then binned cells in a {@link CellTable}.
 */
final class TagState {
    private static final int MAX_EXACT = TokenDistribution.MAX_EXACT_ROWS;
    final String name;
    long rows;
    double weight;
    private long[] exIn = new long[16];
    private long[] exOut = new long[16];
    private double[] exW = new double[16];
    private int exCount;
    private boolean exact = true;
    private final CellTable cells = new CellTable();

    TagState(String name) {
        this.name = name;
    }

    int exactCount() {
        return exact ? exCount : 0;
    }

    /** Adds a row; {@code keepExact} is false when the worker's budget of exact rows is spent. */
    void add(long in, long out, double w, boolean keepExact) {
        rows++;
        weight += w;
        if (exact) {
            if (exCount < MAX_EXACT && keepExact) {
                if (exCount == exIn.length) {
                    int n = Math.min(MAX_EXACT, exCount * 2);
                    exIn = Arrays.copyOf(exIn, n);
                    exOut = Arrays.copyOf(exOut, n);
                    exW = Arrays.copyOf(exW, n);
                }
                exIn[exCount] = in;
                exOut[exCount] = out;
                exW[exCount] = w;
                exCount++;
                return;
            }
            dropExact();
        }
        cells.add(in, out, w);
    }

    /** Moves the exact rows into the cells; returns how many there were. */
    int dropExact() {
        if (!exact) {
            return 0;
        }
        for (int k = 0; k < exCount; k++) {
            cells.add(exIn[k], exOut[k], exW[k]);
        }
        int n = exCount;
        exact = false;
        exIn = null;
        exOut = null;
        exW = null;
        exCount = 0;
        return n;
    }

    /** Adds everything {@code o} holds (o is not changed). */
    void merge(TagState o) {
        rows += o.rows;
        weight += o.weight;
        if (exact && o.exact && exCount + o.exCount <= MAX_EXACT) {
            for (int k = 0; k < o.exCount; k++) {
                if (exCount == exIn.length) {
                    int n = Math.min(MAX_EXACT, Math.max(exCount * 2, exCount + o.exCount));
                    exIn = Arrays.copyOf(exIn, n);
                    exOut = Arrays.copyOf(exOut, n);
                    exW = Arrays.copyOf(exW, n);
                }
                exIn[exCount] = o.exIn[k];
                exOut[exCount] = o.exOut[k];
                exW[exCount] = o.exW[k];
                exCount++;
            }
            return;
        }
        dropExact();
        if (o.exact) {
            for (int k = 0; k < o.exCount; k++) {
                cells.add(o.exIn[k], o.exOut[k], o.exW[k]);
            }
        }
        cells.merge(o.cells);
    }

    boolean isEmpty() {
        return rows == 0;
    }

    TokenDistribution build() {
        if (exact) {
            TokenDistribution.Builder b = new TokenDistribution.Builder();
            for (int k = 0; k < exCount; k++) {
                b.add(exIn[k], exOut[k], exW[k]);
            }
            return b.build();
        }
        return cells.build();
    }
}
