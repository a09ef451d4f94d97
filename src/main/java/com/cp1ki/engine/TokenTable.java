package com.cp1ki.engine;

import com.cp1ki.engine.model.TokenProfile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A token profile read once for many draws: its points sorted by input tokens with the weighted
 * sums (w, w x I, w x O) below and above every point, so the mean of a long-context-tiered price
 * over the profile scaled by (fi, fo) is O(log n) instead of a walk over every point: the points
 * above the tier's threshold are those whose scaled input exceeds it, a suffix of the sorted
 * order, and the mean is the two parts' sums times the prices. The totals are summed in point
 * order, as {@link TokenPoints} sums them, so an unscaled untiered mean has the same bits.
 * Immutable; shared by every draw of a simulation.
 */
final class TokenTable {
    private final TokenProfile base;
    private final int n;
    /** input tokens of the points, ascending */
    private final double[] in;
    /** below[k]: sums over the first k sorted points; above[k]: over the rest (k = 0..n) */
    private final double[] belowW;
    private final double[] belowIn;
    private final double[] belowOut;
    private final double[] aboveW;
    private final double[] aboveIn;
    private final double[] aboveOut;
    private final double sumW;
    private final double sumWIn;
    private final double sumWOut;

    TokenTable(TokenProfile base) {
        this.base = base;
        TokenPoints p = new TokenPoints(base);
        n = p.n;
        sumW = p.sumW;
        sumWIn = p.sumWIn;
        sumWOut = p.sumWOut;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(k -> p.in[k]));
        in = new double[n];
        belowW = new double[n + 1];
        belowIn = new double[n + 1];
        belowOut = new double[n + 1];
        aboveW = new double[n + 1];
        aboveIn = new double[n + 1];
        aboveOut = new double[n + 1];
        for (int k = 0; k < n; k++) {
            int j = order[k];
            in[k] = p.in[j];
            belowW[k + 1] = belowW[k] + p.weight[j];
            belowIn[k + 1] = belowIn[k] + p.weight[j] * p.in[j];
            belowOut[k + 1] = belowOut[k] + p.weight[j] * p.out[j];
        }
        for (int k = n - 1; k >= 0; k--) {
            int j = order[k];
            aboveW[k] = aboveW[k + 1] + p.weight[j];
            aboveIn[k] = aboveIn[k + 1] + p.weight[j] * p.in[j];
            aboveOut[k] = aboveOut[k + 1] + p.weight[j] * p.out[j];
        }
    }

    /** The profile the table was read from. */
    TokenProfile base() {
        return base;
    }

    /** The profile with every request's input tokens x fi and output tokens x fo. */
    TokenMeans at(double fi, double fo) {
        return new Scaled(fi, fo);
    }

    /** The first sorted point whose scaled input exceeds the threshold (n when none does). */
    private int firstAbove(double fi, double threshold) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (in[mid] * fi > threshold) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private final class Scaled implements TokenMeans {
        private final double fi;
        private final double fo;

        Scaled(double fi, double fo) {
            this.fi = fi;
            this.fo = fo;
        }

        @Override
        public double meanIn() {
            return base.meanInput() * fi;
        }

        @Override
        public double meanOut() {
            return base.meanOutput() * fo;
        }

        @Override
        public double mean(LinearCost c) {
            if (!c.tiered()) {
                return (c.alpha() * (sumWIn * fi) + c.beta() * (sumWOut * fo)) / sumW + c.gamma();
            }
            int k = firstAbove(fi, c.threshold());
            double below = c.alpha() * fi * belowIn[k] + c.beta() * fo * belowOut[k] + c.gamma() * belowW[k];
            double above = c.tierAlpha() * fi * aboveIn[k] + c.tierBeta() * fo * aboveOut[k] + c.gamma() * aboveW[k];
            return (below + above) / sumW;
        }
    }
}
