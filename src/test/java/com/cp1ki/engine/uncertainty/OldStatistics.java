package com.cp1ki.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The statistics as main computed them at 5b7a545 (before the third pass), verbatim, as the oracle of
 * {@code StatisticsTest}: the faster code must give the same bits.
 */
final class OldStatistics {
    private OldStatistics() {
    }

    /** Statistics of the values that are numbers, given them sorted; sums in index order so any run gives the same bits. */
    static Stats stats(double[] values, Sorted sorted) {
        double[] v = sorted.values;
        int n = v.length;
        if (n == 0) {
            return Stats.NONE;
        }
        double sum = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                sum += x;
            }
        }
        double mean = sum / n;
        double ss = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        Double[] cdf = new Double[101];
        for (int p = 0; p <= 100; p++) {
            cdf[p] = p == 0 ? v[0] : Stats.percentile(v, p / 100.0);
        }
        Integer[] bins = new Integer[Stats.BINS];
        Arrays.fill(bins, 0);
        double lo = v[0];
        double hi = v[n - 1];
        for (double x : v) {
            int b = hi > lo ? (int) Math.min(Stats.BINS - 1, Math.floor((x - lo) / (hi - lo) * Stats.BINS)) : 0;
            bins[b]++;
        }
        return new Stats(n, mean, sd, Stats.percentile(v, 0.05), Stats.percentile(v, 0.10), Stats.percentile(v, 0.50),
                Stats.percentile(v, 0.90), Stats.percentile(v, 0.95), lo, hi, List.of(bins), List.of(cdf));
    }


    static final class Sorted {
        private static final int BITS = 11;
        private static final int DIGITS = 1 << BITS;

        /** the numbers, ascending */
        final double[] values;
        /** per draw: 1 for the lowest, ties sharing their average rank; NaN for a NaN draw */
        final double[] ranks;

        Sorted(double[] values, double[] ranks) {
            this.values = values;
            this.ranks = ranks;
        }

        static Sorted of(double[] v) {
            int n = v.length;
            long[] key = new long[n];
            int[] idx = new int[n];
            double[] ranks = new double[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(v[i])) {
                    ranks[i] = Double.NaN;
                } else {
                    long bits = Double.doubleToRawLongBits(v[i] + 0.0);
                    // negatives: every bit flipped; positives: the sign bit set; unsigned order is then numeric order
                    key[m] = bits ^ ((bits >> 63) | Long.MIN_VALUE);
                    idx[m++] = i;
                }
            }
            long[] k2 = new long[m];
            int[] i2 = new int[m];
            int[] count = new int[DIGITS];
            for (int shift = 0; shift < 64; shift += BITS) {
                java.util.Arrays.fill(count, 0);
                for (int r = 0; r < m; r++) {
                    count[(int) (key[r] >>> shift) & (DIGITS - 1)]++;
                }
                if (m == 0 || count[(int) (key[0] >>> shift) & (DIGITS - 1)] == m) {
                    continue;
                }
                int start = 0;
                for (int d = 0; d < DIGITS; d++) {
                    int c = count[d];
                    count[d] = start;
                    start += c;
                }
                for (int r = 0; r < m; r++) {
                    int pos = count[(int) (key[r] >>> shift) & (DIGITS - 1)]++;
                    k2[pos] = key[r];
                    i2[pos] = idx[r];
                }
                long[] tk = key;
                key = k2;
                k2 = tk;
                int[] ti = idx;
                idx = i2;
                i2 = ti;
            }
            double[] values = new double[m];
            int i = 0;
            while (i < m) {
                int j = i;
                while (j + 1 < m && key[j + 1] == key[i]) {
                    j++;
                }
                double avg = (i + 1 + j + 1) / 2.0;
                double x = v[idx[i]] + 0.0;
                for (int k = i; k <= j; k++) {
                    ranks[idx[k]] = avg;
                    values[k] = x;
                }
                i = j + 1;
            }
            return new Sorted(values, ranks);
        }
    }

    static final class Ranks {
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
        static List<Contribution> contributions(double[] outputRanks, Inputs inputs, List<String> fields) {
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
                    list.add(new Contribution(fields.get(j), rho[j], rho[j] * rho[j] / total));
                }
            }
            list.sort(Comparator.comparingDouble(Contribution::share).reversed().thenComparing(Contribution::field));
            return list;
        }
    }
}
