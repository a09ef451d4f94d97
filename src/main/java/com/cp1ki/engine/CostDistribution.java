package com.cp1ki.engine;

import com.cp1ki.engine.dist.Summary;

import java.util.Arrays;

/**
 * The per-request cost distribution of a workload on a stack: weighted nearest-rank percentiles,
 * max, mean, and the tail share (spend of the most expensive 5% of requests, splitting the
 * boundary point's weight).
 *
 * <p>Exact profiles (typed means, or distributions that keep their rows) are sorted. Binned
 * profiles go through a log-spaced cost histogram read off the bits of each double (1,024 bins per
 * power of two, so 0.1% wide): O(n) and allocation-free after warm-up. A bin reports the weighted
 * mean cost of the points in it; with the token cells' own 0.78% width the value stays within 1%
 * of the exact nearest-rank request cost.
 *
 * <p>One instance reuses its buffers across calls: not thread-safe, owned by one report run.
 */
final class CostDistribution {
    static final double TAIL = 0.05;
    private static final double RANK_SLACK = 1e-12;
    private static final int SUB_BITS = 10;
    private static final int SHIFT = 52 - SUB_BITS;
    private static final int MAX_SORTED = 1 << 14;
    private static final double[] PS = {0.50, 0.90, 0.95, 0.99};

    private double[] costs = new double[16];
    private long[] keys = new long[16];
    private double[] binW = new double[16];
    private double[] binS = new double[16];

    record Result(Summary cost, double p95OverP50, double tailShare) {
    }

    Result of(TokenPoints p, LinearCost c) {
        if (costs.length < p.n) {
            costs = new double[p.n];
        }
        c.fill(p, costs);
        return p.exact && p.n <= MAX_SORTED ? sorted(p) : binned(p);
    }

    private Result sorted(TokenPoints p) {
        int n = p.n;
        double[] w = p.weight;
        if (keys.length < n) {
            keys = new long[n];
        }
        // non-negative doubles order like their bits; the low 14 bits carry the index (2^-38 relative)
        double total = 0;
        double spend = 0;
        for (int k = 0; k < n; k++) {
            keys[k] = (Double.doubleToRawLongBits(costs[k]) & ~(long) (MAX_SORTED - 1)) | k;
            total += w[k];
            spend += w[k] * costs[k];
        }
        Arrays.sort(keys, 0, n);
        double[] q = new double[PS.length];
        int j = 0;
        double cum = 0;
        for (int r = 0; r < n && j < PS.length; r++) {
            int k = (int) (keys[r] & (MAX_SORTED - 1));
            cum += w[k];
            while (j < PS.length && cum >= PS[j] * total * (1 - RANK_SLACK)) {
                q[j++] = costs[k];
            }
        }
        double max = costs[(int) (keys[n - 1] & (MAX_SORTED - 1))];
        while (j < PS.length) {
            q[j++] = max;
        }
        double tailW = TAIL * total;
        double acc = 0;
        double tailSpend = 0;
        for (int r = n - 1; r >= 0 && acc < tailW; r--) {
            int k = (int) (keys[r] & (MAX_SORTED - 1));
            double take = Math.min(w[k], tailW - acc);
            acc += take;
            tailSpend += take * costs[k];
        }
        return result(total, spend, q, max, tailSpend, true);
    }

    private Result binned(TokenPoints p) {
        int n = p.n;
        double[] w = p.weight;
        double max = 0;
        for (int k = 0; k < n; k++) {
            max = Math.max(max, costs[k]);
        }
        // costs below max x 1e-12 (in practice: zero) share one bucket at the bottom
        double floor = max * 1e-12;
        long lo = Double.doubleToRawLongBits(Math.max(floor, Double.MIN_NORMAL)) >>> SHIFT;
        long hi = Double.doubleToRawLongBits(Math.max(max, Double.MIN_NORMAL)) >>> SHIFT;
        int bins = (int) (hi - lo) + 2;
        if (binW.length < bins) {
            binW = new double[bins];
            binS = new double[bins];
        } else {
            Arrays.fill(binW, 0, bins, 0);
            Arrays.fill(binS, 0, bins, 0);
        }
        double total = 0;
        double spend = 0;
        for (int k = 0; k < n; k++) {
            double c = costs[k];
            int b = c <= floor ? 0 : (int) ((Double.doubleToRawLongBits(c) >>> SHIFT) - lo) + 1;
            double wc = w[k] * c;
            binW[b] += w[k];
            binS[b] += wc;
            total += w[k];
            spend += wc;
        }
        double[] q = new double[PS.length];
        int j = 0;
        double cum = 0;
        for (int b = 0; b < bins && j < PS.length; b++) {
            if (binW[b] == 0) {
                continue;
            }
            cum += binW[b];
            while (j < PS.length && cum >= PS[j] * total * (1 - RANK_SLACK)) {
                q[j++] = binS[b] / binW[b];
            }
        }
        while (j < PS.length) {
            q[j++] = max;
        }
        double tailW = TAIL * total;
        double acc = 0;
        double tailSpend = 0;
        for (int b = bins - 1; b >= 0 && acc < tailW; b--) {
            if (binW[b] == 0) {
                continue;
            }
            double take = Math.min(binW[b], tailW - acc);
            acc += take;
            tailSpend += take * (binS[b] / binW[b]);
        }
        return result(total, spend, q, max, tailSpend, false);
    }

    private static Result result(double total, double spend, double[] q, double max, double tailSpend, boolean exact) {
        Summary s = new Summary(total, spend / total, q[0], q[1], q[2], q[3], max, exact);
        double ratio = q[0] > 0 ? q[2] / q[0] : Double.NaN;
        double tail = spend > 0 ? tailSpend / spend : 0;
        return new Result(s, ratio, tail);
    }
}
