package com.cp1ki.engine.uncertainty;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** The fast ranks (sorted primitives and binary searches) against the obvious version: sorted indexes, ties averaged. */
class RanksTest {

    /** The oracle: sort the indexes by value, give each run of equal values its average rank; NaN stays NaN. */
    static double[] obvious(double[] v) {
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

    @Test
    void ranksWithTiesNaNsInfinitiesAndSignedZerosEqualTheObviousVersion() {
        SplittableRandom rnd = new SplittableRandom(12);
        double[] specials = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e-300, -5};
        for (int t = 0; t < 300; t++) {
            int n = 1 + rnd.nextInt(300);
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                int kind = rnd.nextInt(10);
                v[i] = kind == 0 ? specials[rnd.nextInt(specials.length)]
                        : kind < 4 ? rnd.nextInt(5) : rnd.nextGaussian() * 1e3;
            }
            assertArrayEquals(obvious(v), Ranks.of(v), 0.0, Arrays.toString(v));
        }
    }
}
