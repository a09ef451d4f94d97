package com.cp1ki.engine.uncertainty;

import java.util.Arrays;
import java.util.List;

/**
 * What the draws of one output come to: mean and spread, percentiles (nearest rank: the value
 * with at least that share of draws at or below it), a histogram and a cumulative curve. Computed
 * over the draws that give a number (a crossover may not exist in a draw; a draw the model refused
 * gives none).
 *
 * @param defined   how many draws gave a number
 * @param mean      their mean
 * @param sd        their standard deviation (n - 1)
 * @param p5        5th percentile
 * @param p10       10th percentile
 * @param p50       median
 * @param p90       90th percentile
 * @param p95       95th percentile
 * @param min       lowest draw
 * @param max       highest draw
 * @param histogram {@link #BINS} equal bins from min to max (counts)
 * @param cdf       the 0th, 1st, ..., 100th percentiles: the cumulative curve
 */
public record Stats(int defined, double mean, double sd, double p5, double p10, double p50, double p90, double p95,
                    double min, double max, List<Integer> histogram, List<Double> cdf) {

    /** Bins of the histogram. */
    public static final int BINS = 30;

    static final Stats NONE = new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
            Double.NaN, Double.NaN, Double.NaN, List.of(), List.of());

    public Stats {
        histogram = List.copyOf(histogram);
        cdf = List.copyOf(cdf);
    }

    /** The standard error of the mean, sd / sqrt(n). */
    public double standardError() {
        return sd / Math.sqrt(defined);
    }

    /** The share of all draws that gave a number. */
    public double definedShare(int draws) {
        return (double) defined / draws;
    }

    /** Statistics of the values that are numbers (sorted once). */
    static Stats of(double[] values) {
        return of(values, Sorted.of(values));
    }

    /** Statistics of the values that are numbers, given them sorted; sums in index order so any run gives the same bits. */
    static Stats of(double[] values, Sorted sorted) {
        double[] v = sorted.values;
        int n = v.length;
        if (n == 0) {
            return NONE;
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
            cdf[p] = p == 0 ? v[0] : percentile(v, p / 100.0);
        }
        Integer[] bins = new Integer[BINS];
        Arrays.fill(bins, 0);
        double lo = v[0];
        double hi = v[n - 1];
        for (double x : v) {
            int b = hi > lo ? (int) Math.min(BINS - 1, Math.floor((x - lo) / (hi - lo) * BINS)) : 0;
            bins[b]++;
        }
        return new Stats(n, mean, sd, percentile(v, 0.05), percentile(v, 0.10), percentile(v, 0.50),
                percentile(v, 0.90), percentile(v, 0.95), lo, hi, List.of(bins), List.of(cdf));
    }

    /** Nearest rank: the smallest value with at least share p of the sorted values at or below it. */
    public static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length - 1e-9);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
