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
        int n = v.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> v[i]));
        double[] rank = new double[n];
        int i = 0;
        int r = 0;
        while (i < n && !Double.isNaN(v[order[i]])) {
            int j = i;
            while (j + 1 < n && v[order[j + 1]] == v[order[i]]) {
                j++;
            }
            double avg = (r + 1 + r + 1 + (j - i)) / 2.0;
            for (int k = i; k <= j; k++) {
                rank[order[k]] = avg;
            }
            r += j - i + 1;
            i = j + 1;
        }
        for (; i < n; i++) {
            rank[order[i]] = Double.NaN;
        }
        return rank;
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
