package com.cp1ki.engine.uncertainty;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Spearman rank correlation and the contribution to variance it gives (rho squared, normalised). */
final class Ranks {
    private Ranks() {
    }

    /**
     * The ranks of the values (1 = lowest; ties share their average rank); NaN values keep NaN.
     */
    static double[] of(double[] v) {
        // sorted primitives and a binary search per value: the same ranks as sorting boxed indexes, several times faster
        int n = v.length;
        double[] sorted = new double[n];
        int m = 0;
        for (double x : v) {
            if (!Double.isNaN(x)) {
                sorted[m++] = x + 0.0; // -0.0 and 0.0 tie, as == says
            }
        }
        Arrays.sort(sorted, 0, m);
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            double x = v[i] + 0.0;
            if (Double.isNaN(x)) {
                rank[i] = Double.NaN;
                continue;
            }
            int lo = first(sorted, m, x);
            int hi = x == Double.POSITIVE_INFINITY ? m - 1 : first(sorted, m, Math.nextUp(x)) - 1;
            rank[i] = (lo + hi + 2) / 2.0;
        }
        return rank;
    }

    /** The first index of {@code sorted[0..m)} holding a value at or above {@code x}. */
    private static int first(double[] sorted, int m, double x) {
        int lo = 0;
        int hi = m;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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

    /** Each ranged input's share of the output's spread, largest first; empty when the output does not vary. */
    static List<Contribution> contributions(double[] output, double[][] inputRanks, Ranged ranged) {
        if (inputRanks.length == 0) {
            return List.of();
        }
        double[] ro = of(output);
        double[] rho = new double[inputRanks.length];
        double total = 0;
        for (int j = 0; j < rho.length; j++) {
            rho[j] = correlation(inputRanks[j], ro);
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
