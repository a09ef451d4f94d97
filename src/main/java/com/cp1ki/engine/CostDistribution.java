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
    private static final int COARSE_BITS = 4;
    private static final int COARSE_SHIFT = 52 - COARSE_BITS;
    private static final int FINE = 1 << (SUB_BITS - COARSE_BITS);
    private static final int LANES = 4;
    private static final int MAX_SORTED = 1 << 14;
    /** Exact profiles up to this many points are simply sorted. */
    private static final int SMALL = 512;
    private static final double[] PS = {0.50, 0.90, 0.95, 0.99};

    private double[] costs = new double[16];
    private long[] keys = new long[16];
    private double[] coarse = new double[32];
    private double[] fine = new double[32];
    private int[] slot = new int[0];

    record Result(Summary cost, double p95OverP50, double tailShare) {
    }

    Result of(TokenPoints p, RequestCost c) {
        if (costs.length < p.n) {
            costs = new double[p.n];
        }
        double[] range = c.fill(p, costs);
        boolean exact = p.exact && p.n <= MAX_SORTED;
        return exact && p.n <= SMALL ? sorted(p) : binned(p, range[0], range[1], exact);
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

    /**
     * Two passes over the points, both with small (L1-resident) histograms: a coarse one with 16
     * bins per power of two finds the bins holding each percentile and the tail boundary; a second
     * pass splits only those bins 64 ways, giving the 1,024-per-power-of-two resolution where it
     * is read.
     */
    private Result binned(TokenPoints p, double min, double max, boolean exact) {
        int n = p.n;
        double[] w = p.weight;
        double[] cs = costs;
        // costs below max x 1e-12 (in practice: zero) share coarse bin 0
        double floor = max * 1e-12;
        long lo = Double.doubleToRawLongBits(Math.max(Math.max(floor, min), Double.MIN_NORMAL)) >>> COARSE_SHIFT;
        long hi = Double.doubleToRawLongBits(Math.max(max, Double.MIN_NORMAL)) >>> COARSE_SHIFT;
        int bins = (int) (hi - lo) + 2;
        long base = lo - 1;
        // four interleaved histograms (one per lane of the unrolled loop) so that runs of points
        // in the same bin do not wait on each other's stores; merged into lane 0 afterwards
        int stride = 2 * bins;
        double[] cw = coarse(LANES * stride);
        double t0 = 0;
        double t1 = 0;
        double t2 = 0;
        double t3 = 0;
        int k = 0;
        for (; k + LANES <= n; k += LANES) {
            t0 += bin(cw, 0, cs[k], w[k], floor, base);
            t1 += bin(cw, stride, cs[k + 1], w[k + 1], floor, base);
            t2 += bin(cw, 2 * stride, cs[k + 2], w[k + 2], floor, base);
            t3 += bin(cw, 3 * stride, cs[k + 3], w[k + 3], floor, base);
        }
        for (; k < n; k++) {
            t0 += bin(cw, 0, cs[k], w[k], floor, base);
        }
        for (int i = 0; i < stride; i++) {
            cw[i] += cw[i + stride] + cw[i + 2 * stride] + cw[i + 3 * stride];
        }
        double spend = (t0 + t1) + (t2 + t3);
        double total = p.sumW;
        // which coarse bins hold each percentile, and the weight below them
        int targets = PS.length + 1;
        int[] binOf = new int[targets];
        double[] before = new double[targets];
        int j = 0;
        double cum = 0;
        for (int b = 0; b < bins && j < PS.length; b++) {
            double bw = cw[2 * b];
            while (j < PS.length && bw > 0 && cum + bw >= PS[j] * total * (1 - RANK_SLACK)) {
                binOf[j] = b;
                before[j++] = cum;
            }
            cum += bw;
        }
        for (; j < PS.length; j++) {
            binOf[j] = -1;
        }
        // the tail boundary: walking down from the top, the bin where 5% of the weight is reached
        double tailW = TAIL * total;
        double above = 0;
        double tailSpend = 0;
        int boundary = -1;
        for (int b = bins - 1; b >= 0; b--) {
            double bw = cw[2 * b];
            if (bw == 0) {
                continue;
            }
            if (above + bw >= tailW) {
                boundary = b;
                break;
            }
            above += bw;
            tailSpend += cw[2 * b + 1];
        }
        binOf[PS.length] = boundary;
        // second pass: split the target bins 64 ways
        int[] slot = slots(bins);
        int used = 0;
        for (int t = 0; t < targets; t++) {
            int b = binOf[t];
            if (b >= (exact ? 0 : 1) && slot[b] < 0) {
                slot[b] = used++;
            }
        }
        if (exact) {
            return exactInBins(p, binOf, before, above, tailSpend, total, spend, max, floor, base);
        }
        double[] fine = fine(used * FINE * 4);
        if (used > 0) {
            // two lanes, as above; lane 1 lives after lane 0's slots
            int lane = used * FINE * 2;
            int m = 0;
            for (; m + 2 <= n; m += 2) {
                refine(fine, 0, slot, cs[m], w[m], floor, base);
                refine(fine, lane, slot, cs[m + 1], w[m + 1], floor, base);
            }
            if (m < n) {
                refine(fine, 0, slot, cs[m], w[m], floor, base);
            }
            for (int i = 0; i < lane; i++) {
                fine[i] += fine[i + lane];
            }
        }
        double[] q = new double[PS.length];
        for (int t = 0; t < PS.length; t++) {
            int b = binOf[t];
            if (b < 0) {
                q[t] = max;
            } else if (b == 0) {
                q[t] = cw[1] / cw[0];
            } else {
                double target = PS[t] * total * (1 - RANK_SLACK);
                double acc = before[t];
                int off = slot[b] * FINE;
                q[t] = cw[2 * b + 1] / cw[2 * b];
                for (int f = 0; f < FINE; f++) {
                    double fw = fine[2 * (off + f)];
                    if (fw == 0) {
                        continue;
                    }
                    acc += fw;
                    if (acc >= target) {
                        q[t] = fine[2 * (off + f) + 1] / fw;
                        break;
                    }
                }
            }
        }
        if (boundary == 0) {
            tailSpend += (tailW - above) * (cw[1] / cw[0]);
        } else if (boundary > 0) {
            int off = slot[boundary] * FINE;
            for (int f = FINE - 1; f >= 0 && above < tailW; f--) {
                double fw = fine[2 * (off + f)];
                if (fw == 0) {
                    continue;
                }
                double take = Math.min(fw, tailW - above);
                above += take;
                tailSpend += take * (fine[2 * (off + f) + 1] / fw);
            }
        }
        for (int t = 0; t < targets; t++) {
            if (binOf[t] >= 0) {
                slot[binOf[t]] = -1;
            }
        }
        return result(total, spend, q, max, tailSpend, false);
    }

    /**
     * Exact nearest-rank values for an exact profile: only the points in the coarse bins that hold
     * a percentile or the tail boundary are sorted (bins are disjoint cost ranges, so one sort
     * orders them all).
     */
    private Result exactInBins(TokenPoints p, int[] binOf, double[] before, double above, double tailSpend,
                               double total, double spend, double max, double floor, long base) {
        int n = p.n;
        double[] w = p.weight;
        double[] cs = costs;
        if (keys.length < n) {
            keys = new long[n];
        }
        int m = 0;
        for (int k = 0; k < n; k++) {
            if (slot[coarseBin(cs[k], floor, base)] >= 0) {
                keys[m++] = (Double.doubleToRawLongBits(cs[k]) & ~(long) (MAX_SORTED - 1)) | k;
            }
        }
        Arrays.sort(keys, 0, m);
        double[] q = new double[PS.length];
        for (int t = 0; t < PS.length; t++) {
            int b = binOf[t];
            q[t] = max;
            if (b < 0) {
                continue;
            }
            double target = PS[t] * total * (1 - RANK_SLACK);
            double acc = before[t];
            for (int r = 0; r < m; r++) {
                int k = (int) (keys[r] & (MAX_SORTED - 1));
                if (coarseBin(cs[k], floor, base) == b) {
                    acc += w[k];
                    if (acc >= target) {
                        q[t] = cs[k];
                        break;
                    }
                }
            }
        }
        int boundary = binOf[PS.length];
        double tailW = TAIL * total;
        for (int r = m - 1; r >= 0 && boundary >= 0 && above < tailW; r--) {
            int k = (int) (keys[r] & (MAX_SORTED - 1));
            if (coarseBin(cs[k], floor, base) == boundary) {
                double take = Math.min(w[k], tailW - above);
                above += take;
                tailSpend += take * cs[k];
            }
        }
        for (int b : binOf) {
            if (b >= 0) {
                slot[b] = -1;
            }
        }
        return result(total, spend, q, max, tailSpend, true);
    }

    private static int coarseBin(double c, double floor, long base) {
        return c <= floor ? 0 : (int) ((Double.doubleToRawLongBits(c) >>> COARSE_SHIFT) - base);
    }

    /** Adds one point to a lane's fine histogram when its coarse bin is being refined. */
    private static void refine(double[] fine, int lane, int[] slot, double c, double wk, double floor, long base) {
        if (c <= floor) {
            return;
        }
        long bits = Double.doubleToRawLongBits(c);
        int sl = slot[(int) ((bits >>> COARSE_SHIFT) - base)];
        if (sl >= 0) {
            int f = lane + 2 * (sl * FINE + (int) ((bits >>> SHIFT) & (FINE - 1)));
            fine[f] += wk;
            fine[f + 1] += wk * c;
        }
    }

    /** Adds one point to a lane's coarse histogram; returns its weighted cost. */
    private static double bin(double[] cw, int lane, double c, double wk, double floor, long base) {
        int b = c <= floor ? 0 : (int) ((Double.doubleToRawLongBits(c) >>> COARSE_SHIFT) - base);
        double wc = wk * c;
        cw[lane + 2 * b] += wk;
        cw[lane + 2 * b + 1] += wc;
        return wc;
    }

    private double[] coarse(int size) {
        if (coarse.length < size) {
            coarse = new double[size];
        } else {
            Arrays.fill(coarse, 0, size, 0);
        }
        return coarse;
    }

    private double[] fine(int size) {
        if (fine.length < size) {
            fine = new double[size];
        } else {
            Arrays.fill(fine, 0, size, 0);
        }
        return fine;
    }

    /** Coarse bin -> refinement slot, all -1 (reset after each use). */
    private int[] slots(int size) {
        if (slot.length < size) {
            slot = new int[size];
            Arrays.fill(slot, -1);
        }
        return slot;
    }

    private static Result result(double total, double spend, double[] q, double max, double tailSpend, boolean exact) {
        Summary s = new Summary(total, spend / total, q[0], q[1], q[2], q[3], max, exact);
        double ratio = q[0] > 0 ? q[2] / q[0] : Double.NaN;
        double tail = spend > 0 ? tailSpend / spend : 0;
        return new Result(s, ratio, tail);
    }
}
