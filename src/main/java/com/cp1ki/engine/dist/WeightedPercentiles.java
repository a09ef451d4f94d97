package com.cp1ki.engine.dist;

import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TokenProfile;

import java.util.Arrays;

/** Weighted nearest-rank percentiles and token summaries. */
public final class WeightedPercentiles {
    /** Relative slack when comparing a running weight with a rank, against rounding in sums. */
    private static final double RANK_SLACK = 1e-12;

    private WeightedPercentiles() {
    }

    /**
     * Nearest-rank percentiles of weighted values: for each p, the smallest value whose cumulative
     * weight reaches p x total weight. Values need not be sorted; the arrays are not modified.
     */
    public static double[] of(double[] values, double[] weights, int n, double... ps) {
        if (n > 0 && n <= PACKED_MAX && nonNegative(values, n)) {
            return packed(values, weights, n, ps);
        }
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double total = 0;
        for (int k = 0; k < n; k++) {
            total += weights[k];
        }
        double[] out = new double[ps.length];
        for (int j = 0; j < ps.length; j++) {
            double target = ps[j] * total * (1 - RANK_SLACK);
            double cum = 0;
            double v = n == 0 ? Double.NaN : values[order[n - 1]];
            for (int k = 0; k < n; k++) {
                cum += weights[order[k]];
                if (cum >= target) {
                    v = values[order[k]];
                    break;
                }
            }
            out[j] = v;
        }
        return out;
    }

    /** Up to this many values are sorted as primitive keys (index in the low 20 bits). */
    private static final int PACKED_MAX = 1 << 20;

    private static boolean nonNegative(double[] values, int n) {
        for (int k = 0; k < n; k++) {
            if (!(values[k] >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Non-negative doubles order like their IEEE bits, so one primitive sort of
     * (bits with the low 20 mantissa bits replaced by the index) orders the values. Integers below
     * 2^32 (token counts) keep every bit; other values tie-break within 2^-32 relative, and the
     * reported value is always read back exactly.
     */
    private static double[] packed(double[] values, double[] weights, int n, double[] ps) {
        long mask = PACKED_MAX - 1;
        long[] keys = new long[n];
        double total = 0;
        for (int k = 0; k < n; k++) {
            keys[k] = (Double.doubleToRawLongBits(values[k]) & ~mask) | k;
            total += weights[k];
        }
        Arrays.sort(keys);
        double[] out = new double[ps.length];
        for (int j = 0; j < ps.length; j++) {
            double target = ps[j] * total * (1 - RANK_SLACK);
            double cum = 0;
            double v = values[(int) (keys[n - 1] & mask)];
            for (int r = 0; r < n; r++) {
                int k = (int) (keys[r] & mask);
                cum += weights[k];
                if (cum >= target) {
                    v = values[k];
                    break;
                }
            }
            out[j] = v;
        }
        return out;
    }

    /** Summary of input tokens ({@code input = true}) or output tokens of a profile. */
    public static Summary tokens(TokenProfile profile, boolean input) {
        double mean = input ? profile.meanInput() : profile.meanOutput();
        if (profile instanceof ScaledTokens s) {
            // nearest-rank percentiles scale with the tokens
            double f = input ? s.inputScale() : s.outputScale();
            Summary b = tokens(s.base(), input);
            return new Summary(b.count(), mean, b.p50() * f, b.p90() * f, b.p95() * f, b.p99() * f, b.max() * f,
                    b.exact());
        }
        if (profile instanceof TokenDistribution d && !d.hasRows()) {
            return fromBins(d, input, mean);
        }
        int n = profile.pointCount();
        double[] v = new double[n];
        double[] w = new double[n];
        double max = 0;
        for (int k = 0; k < n; k++) {
            v[k] = input ? profile.pointInput(k) : profile.pointOutput(k);
            w[k] = profile.pointWeight(k);
            max = Math.max(max, v[k]);
        }
        double[] p = of(v, w, n, 0.50, 0.90, 0.95, 0.99);
        return new Summary(profile.totalWeight(), mean, p[0], p[1], p[2], p[3], max, true);
    }

    private static Summary fromBins(TokenDistribution d, boolean input, double mean) {
        int top = 0;
        for (int k = 0; k < d.cellCount(); k++) {
            top = Math.max(top, input ? d.cellInBin(k) : d.cellOutBin(k));
        }
        int bins = top + 1;
        double[] w = new double[bins];
        double[] s = new double[bins];
        for (int k = 0; k < d.cellCount(); k++) {
            int b = input ? d.cellInBin(k) : d.cellOutBin(k);
            w[b] += d.cellWeight(k);
            s[b] += input ? d.cellSumInput(k) : d.cellSumOutput(k);
        }
        double total = d.totalWeight();
        double[] ps = {0.50, 0.90, 0.95, 0.99};
        double[] out = new double[ps.length];
        int j = 0;
        double cum = 0;
        for (int b = 0; b < bins && j < ps.length; b++) {
            if (w[b] == 0) {
                continue;
            }
            cum += w[b];
            while (j < ps.length && cum >= ps[j] * total * (1 - RANK_SLACK)) {
                // token counts are whole numbers: the bin's mean, rounded, and kept inside the bin
                long r = Math.round(s[b] / w[b]);
                out[j++] = Math.max(TokenBins.lowerBound(b), Math.min(TokenBins.upperBoundExclusive(b) - 1, r));
            }
        }
        double max = input ? d.maxInput() : d.maxOutput();
        while (j < ps.length) {
            out[j++] = max;
        }
        return new Summary(total, mean, out[0], out[1], out[2], out[3], max, false);
    }
}
