package com.cp1ki.engine.uncertainty;

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
        // the lists Stats.of builds are read-only views of its own arrays: kept as they are
        histogram = PrimitiveLists.immutable(histogram);
        cdf = PrimitiveLists.immutable(cdf);
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

    /**
     * Statistics of the values that are numbers, given them sorted ({@link Sorted#sort} of these
     * values, which also summed them); sums in index order so any run gives the same bits. The
     * histogram and the cumulative curve are read-only lists over primitive arrays (no boxing).
     */
    static Stats of(double[] values, Sorted sorted) {
        double[] v = sorted.values;
        int n = sorted.count;
        if (n == 0) {
            return NONE;
        }
        double mean = sorted.sum / n;
        double ss = 0;
        for (double x : values) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        double[] cdf = new double[101];
        for (int p = 0; p <= 100; p++) {
            cdf[p] = p == 0 ? v[0] : percentile(v, n, p / 100.0);
        }
        return new Stats(n, mean, sd, percentile(v, n, 0.05), percentile(v, n, 0.10), percentile(v, n, 0.50),
                percentile(v, n, 0.90), percentile(v, n, 0.95), v[0], v[n - 1], PrimitiveLists.of(bins(v, n)),
                PrimitiveLists.of(cdf));
    }

    /**
     * {@link #BINS} equal bins from the lowest to the highest of the first n sorted numbers. A number's
     * bin ({@link #bin}) never falls as the number rises, so each bin's end is found by a binary
     * search of the sorted numbers: the same counts as placing every number, in about 400 steps
     * instead of one per draw.
     */
    private static int[] bins(double[] v, int n) {
        double lo = v[0];
        double hi = v[n - 1];
        int[] bins = new int[BINS];
        int start = 0;
        for (int b = 0; b < BINS; b++) {
            // the first number after start whose bin is above b
            int low = start;
            int high = n;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (bin(v[mid], lo, hi) > b) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            bins[b] = low - start;
            start = low;
        }
        return bins;
    }

    /**
     * The bin of x between lo and hi: rising with x (each operation is monotonic), and 0 for every
     * number when hi - lo overflows (NaN or 0 quotients).
     */
    static int bin(double x, double lo, double hi) {
        return hi > lo ? (int) Math.min(BINS - 1, Math.floor((x - lo) / (hi - lo) * BINS)) : 0;
    }

    /** Nearest rank: the smallest value with at least share p of the sorted values at or below it. */
    public static double percentile(double[] sorted, double p) {
        return percentile(sorted, sorted.length, p);
    }

    /** As {@link #percentile(double[], double)} over the first n numbers of {@code sorted}. */
    static double percentile(double[] sorted, int n, double p) {
        int rank = (int) Math.ceil(p * n - 1e-9);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }
}
