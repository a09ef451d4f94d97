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
        // the numbers' indexes merge-sorted by value (primitives, no boxing), then each run of equal values
        // gets its average rank: the ranks of sorting boxed indexes, several times faster
        int n = v.length;
        double[] key = new double[n];
        int[] idx = new int[n];
        int m = 0;
        double[] rank = new double[n];
        for (int i = 0; i < n; i++) {
            key[i] = v[i] + 0.0; // -0.0 and 0.0 tie, as == says
            if (Double.isNaN(v[i])) {
                rank[i] = Double.NaN;
            } else {
                idx[m++] = i;
            }
        }
        sort(idx, m, key);
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && key[idx[j + 1]] == key[idx[i]]) {
                j++;
            }
            double avg = (i + 1 + i + 1 + (j - i)) / 2.0;
            for (int k = i; k <= j; k++) {
                rank[idx[k]] = avg;
            }
            i = j + 1;
        }
        return rank;
    }

    /** Sorts {@code idx[0..m)} by {@code key[idx]} ascending: a bottom-up merge sort. */
    private static void sort(int[] idx, int m, double[] key) {
        int[] a = idx;
        int[] b = new int[m];
        for (int width = 1; width < m; width *= 2) {
            for (int lo = 0; lo < m; lo += 2 * width) {
                int mid = Math.min(lo + width, m);
                int hi = Math.min(lo + 2 * width, m);
                int x = lo;
                int y = mid;
                int o = lo;
                while (x < mid && y < hi) {
                    b[o++] = key[a[y]] < key[a[x]] ? a[y++] : a[x++];
                }
                while (x < mid) {
                    b[o++] = a[x++];
                }
                while (y < hi) {
                    b[o++] = a[y++];
                }
            }
            int[] t = a;
            a = b;
            b = t;
        }
        if (a != idx) {
            System.arraycopy(a, 0, idx, 0, m);
        }
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
