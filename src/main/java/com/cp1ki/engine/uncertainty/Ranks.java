package com.cp1ki.engine.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Spearman rank correlation and the contribution to variance it gives (rho squared, normalised). */
final class Ranks {
    private Ranks() {
    }

    /** The ranks of the values (1 = lowest; ties share their average rank); NaN values keep NaN. */
    static double[] of(double[] v) {
        return Sorted.of(v).ranks;
    }

    /** Pearson correlation of two rank vectors over the indexes where both are numbers (NaN if either is constant). */
    static double correlation(double[] a, double[] b) {
        double sa = 0;
        double sb = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                sa += a[i];
                sb += b[i];
                n++;
            }
        }
        if (n < 3) {
            return Double.NaN;
        }
        double ma = sa / n;
        double mb = sb / n;
        double cab = 0;
        double caa = 0;
        double cbb = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                double da = a[i] - ma;
                double db = b[i] - mb;
                cab += da * db;
                caa += da * da;
                cbb += db * db;
            }
        }
        return caa > 0 && cbb > 0 ? cab / Math.sqrt(caa * cbb) : Double.NaN;
    }

    /**
     * The ranks of every input's draws centred once over the draws that gave numbers (the same for
     * every input: a refused draw gives none), so that the correlation with an output defined on
     * those same draws is one pass: the same sums in the same order as {@link #correlation}, so
     * the same bits.
     */
    static final class Inputs {
        final double[][] ranks;
        /** ranks minus their mean where defined, 0 elsewhere */
        private final double[][] centred;
        /** sum of squares of {@link #centred} */
        private final double[] squares;
        private final boolean[] defined;
        private final int n;

        Inputs(double[][] ranks, boolean[] defined) {
            this.ranks = ranks;
            this.defined = defined;
            int count = 0;
            for (boolean d : defined) {
                count += d ? 1 : 0;
            }
            n = count;
            centred = new double[ranks.length][];
            squares = new double[ranks.length];
            for (int j = 0; j < ranks.length; j++) {
                double[] r = ranks[j];
                double sum = 0;
                for (int i = 0; i < r.length; i++) {
                    if (defined[i]) {
                        sum += r[i];
                    }
                }
                double mean = sum / n;
                double[] c = new double[r.length];
                double ss = 0;
                for (int i = 0; i < r.length; i++) {
                    if (defined[i]) {
                        c[i] = r[i] - mean;
                        ss += c[i] * c[i];
                    }
                }
                centred[j] = c;
                squares[j] = ss;
            }
        }

        /** The rank correlation of every input with an output's ranks. */
        double[] correlations(double[] out) {
            double[] rho = new double[ranks.length];
            boolean same = true;
            for (int i = 0; i < out.length && same; i++) {
                same = Double.isNaN(out[i]) != defined[i];
            }
            if (!same) {
                // the output has no number in some draws that gave numbers (a crossover that did not exist)
                for (int j = 0; j < rho.length; j++) {
                    rho[j] = correlation(ranks[j], out);
                }
                return rho;
            }
            if (n < 3) {
                java.util.Arrays.fill(rho, Double.NaN);
                return rho;
            }
            double sum = 0;
            for (int i = 0; i < out.length; i++) {
                if (defined[i]) {
                    sum += out[i];
                }
            }
            double mean = sum / n;
            double[] d = new double[out.length];
            double ss = 0;
            for (int i = 0; i < out.length; i++) {
                if (defined[i]) {
                    d[i] = out[i] - mean;
                    ss += d[i] * d[i];
                }
            }
            for (int j = 0; j < rho.length; j++) {
                double[] c = centred[j];
                double cab = 0;
                if (ss > 0 && squares[j] > 0) {
                    for (int i = 0; i < c.length; i++) {
                        cab += c[i] * d[i];
                    }
                }
                rho[j] = squares[j] > 0 && ss > 0 ? cab / Math.sqrt(squares[j] * ss) : Double.NaN;
            }
            return rho;
        }
    }

    /** Each ranged input's share of the output's spread, largest first; empty when the output does not vary. */
    static List<Contribution> contributions(double[] outputRanks, Inputs inputs, Ranged ranged) {
        if (inputs.ranks.length == 0) {
            return List.of();
        }
        double[] rho = inputs.correlations(outputRanks);
        double total = 0;
        for (int j = 0; j < rho.length; j++) {
            if (!Double.isNaN(rho[j])) {
                total += rho[j] * rho[j];
            }
        }
        List<Contribution> list = new ArrayList<>();
        if (!(total > 0)) {
            return list;
        }
        for (int j = 0; j < rho.length; j++) {
            if (!Double.isNaN(rho[j])) {
                list.add(new Contribution(ranged.inputs().get(j).path().toString(), rho[j], rho[j] * rho[j] / total));
            }
        }
        list.sort(Comparator.comparingDouble(Contribution::share).reversed().thenComparing(Contribution::field));
        return list;
    }
}
