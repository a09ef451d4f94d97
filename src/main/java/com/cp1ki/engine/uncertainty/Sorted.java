package com.cp1ki.engine.uncertainty;

/**
 * One series of draws sorted once, for both what needs the order: the numbers in ascending order
 * (percentiles, the histogram, the cumulative curve; {@link Stats}) and each draw's rank (rank
 * correlations; {@link Ranks}). NaN draws (no number) are left out of the order and keep a NaN
 * rank; -0.0 counts as 0.0, as {@code ==} says.
 *
 * <p>The order is a least-significant-digit radix sort of the numbers' bits (a double's bits, with
 * the sign handled, order as the numbers do) carrying each draw's index: a few passes over the
 * draws instead of a comparison sort, with a pass skipped where every draw has the same digit (the
 * sign and exponent of numbers of one magnitude).
 */
final class Sorted {
    private static final int BITS = 11;
    private static final int DIGITS = 1 << BITS;

    /** the numbers, ascending */
    final double[] values;
    /** per draw: 1 for the lowest, ties sharing their average rank; NaN for a NaN draw */
    final double[] ranks;

    private Sorted(double[] values, double[] ranks) {
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
