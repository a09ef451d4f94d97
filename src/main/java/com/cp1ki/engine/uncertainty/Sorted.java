package com.cp1ki.engine.uncertainty;

/**
 * Series of draws sorted one after another in the same working arrays, for both what needs the
 * order: the numbers in ascending order (percentiles, the histogram, the cumulative curve;
 * {@link Stats}) and each draw's rank (rank correlations; {@link Ranks}). NaN draws (no number) are
 * left out of the order and keep a NaN rank; -0.0 counts as 0.0, as {@code ==} says.
 *
 * <p>The order is a least-significant-digit radix sort of the numbers' bits (a double's bits, with
 * the sign handled, order as the numbers do) carrying each draw's index: the digits of every pass
 * are counted in one read of the draws, then one scatter a pass, a pass skipped where every draw has
 * the same digit (the sign and exponent of numbers of one magnitude).
 *
 * <p>One instance sorts many series of the same length (a simulation's outputs, one after another):
 * {@link #sort} overwrites the previous series' {@link #values} and {@link #ranks}, so a block of
 * outputs allocates its working arrays once instead of once per output. Not thread-safe: one per
 * thread or block.
 */
final class Sorted {
    private static final int BITS = 11;
    private static final int DIGITS = 1 << BITS;
    private static final int PASSES = (64 + BITS - 1) / BITS;

    /** the numbers, ascending: the first {@link #count} are the series' */
    final double[] values;
    /** per draw: 1 for the lowest, ties sharing their average rank; NaN for a NaN draw */
    final double[] ranks;
    /** how many draws of the series are numbers */
    int count;
    /** the numbers' sum in draw order (the mean's sum, read in the same pass) */
    double sum;
    private final long[] key;
    private final long[] key2;
    private final int[] index;
    private final int[] index2;
    /** counts[pass * DIGITS + digit] */
    private final int[] counts = new int[PASSES * DIGITS];

    /** Working arrays for series of {@code draws} draws. */
    Sorted(int draws) {
        values = new double[draws];
        ranks = new double[draws];
        key = new long[draws];
        key2 = new long[draws];
        index = new int[draws];
        index2 = new int[draws];
    }

    /** One series sorted in its own working arrays. */
    static Sorted of(double[] v) {
        return new Sorted(v.length).sort(v);
    }

    /** Sorts a series of this length, replacing the previous one's order; returns this. */
    Sorted sort(double[] v) {
        int n = v.length;
        if (n != ranks.length) {
            throw new IllegalArgumentException(n + " draws, sorted in arrays of " + ranks.length);
        }
        java.util.Arrays.fill(counts, 0);
        long[] k = key;
        int[] idx = index;
        int m = 0;
        double s = 0;
        for (int i = 0; i < n; i++) {
            double x = v[i];
            if (Double.isNaN(x)) {
                ranks[i] = Double.NaN;
            } else {
                s += x;
                long bits = Double.doubleToRawLongBits(x + 0.0);
                // negatives: every bit flipped; positives: the sign bit set; unsigned order is then numeric order
                long kk = bits ^ ((bits >> 63) | Long.MIN_VALUE);
                k[m] = kk;
                idx[m++] = i;
                for (int p = 0; p < PASSES; p++) {
                    counts[p * DIGITS + ((int) (kk >>> (p * BITS)) & (DIGITS - 1))]++;
                }
            }
        }
        count = m;
        sum = s;
        long[] k2 = key2;
        int[] i2 = index2;
        for (int p = 0; p < PASSES && m > 0; p++) {
            int shift = p * BITS;
            int base = p * DIGITS;
            if (counts[base + ((int) (k[0] >>> shift) & (DIGITS - 1))] == m) {
                continue;
            }
            int start = 0;
            for (int d = 0; d < DIGITS; d++) {
                int c = counts[base + d];
                counts[base + d] = start;
                start += c;
            }
            for (int r = 0; r < m; r++) {
                int pos = counts[base + ((int) (k[r] >>> shift) & (DIGITS - 1))]++;
                k2[pos] = k[r];
                i2[pos] = idx[r];
            }
            long[] tk = k;
            k = k2;
            k2 = tk;
            int[] ti = idx;
            idx = i2;
            i2 = ti;
        }
        int i = 0;
        while (i < m) {
            int j = i;
            while (j + 1 < m && k[j + 1] == k[i]) {
                j++;
            }
            double avg = (i + 1 + j + 1) / 2.0;
            double x = v[idx[i]] + 0.0;
            for (int r = i; r <= j; r++) {
                ranks[idx[r]] = avg;
                values[r] = x;
            }
            i = j + 1;
        }
        return this;
    }
}
