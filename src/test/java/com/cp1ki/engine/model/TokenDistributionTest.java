package com.cp1ki.engine.model;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.dist.WeightedPercentiles;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenDistributionTest {

    @Test
    void meansAreExactWeightedSums() {
        TokenDistribution d = new TokenDistribution.Builder()
                .add(1000, 100, 3).add(2000, 300, 1).add(5, 7).build();
        assertEquals((3000 + 2000 + 5) / 5.0, d.meanInput(), 0);
        assertEquals((300 + 300 + 7) / 5.0, d.meanOutput(), 0);
        assertEquals(5, d.totalWeight(), 0);
        assertEquals(3, d.rows());
        assertEquals(2000, d.maxInput());
        assertTrue(d.exact());
    }

    @Test
    void smallDistributionsKeepRowsAndLargeOnesDropThem() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int k = 0; k < TokenDistribution.MAX_EXACT_ROWS; k++) {
            b.add(k, k);
        }
        assertTrue(b.build().hasRows());
        b.add(1, 1);
        TokenDistribution d = b.build();
        assertFalse(d.hasRows());
        assertEquals(TokenDistribution.MAX_EXACT_ROWS + 1, d.rows());
    }

    @Test
    void binnedPercentilesAreWithinOnePercentOfExactNearestRank() {
        Random r = new Random(42);
        int n = 50_000;
        long[] in = new long[n];
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int k = 0; k < n; k++) {
            in[k] = (long) Math.exp(4 + 3 * r.nextGaussian() * 0.7);
            b.add(in[k], 10);
        }
        TokenDistribution d = b.build();
        assertFalse(d.hasRows());
        Summary s = WeightedPercentiles.tokens(d, true);
        long[] sorted = in.clone();
        Arrays.sort(sorted);
        double[] ps = {0.5, 0.9, 0.95, 0.99};
        double[] got = {s.p50(), s.p90(), s.p95(), s.p99()};
        for (int j = 0; j < ps.length; j++) {
            long exact = sorted[(int) Math.ceil(ps[j] * n) - 1];
            assertEquals(exact, got[j], exact * 0.01, "p" + ps[j]);
        }
        assertEquals(sorted[n - 1], s.max(), 0);
    }

    @Test
    void mergingBuildersEqualsAddingEverythingToOne() {
        Random r = new Random(1);
        TokenDistribution.Builder all = new TokenDistribution.Builder();
        TokenDistribution.Builder a = new TokenDistribution.Builder();
        TokenDistribution.Builder c = new TokenDistribution.Builder();
        for (int k = 0; k < 30_000; k++) {
            long i = r.nextInt(20_000);
            long o = r.nextInt(2_000);
            all.add(i, o);
            (k % 2 == 0 ? a : c).add(i, o);
        }
        TokenDistribution merged = a.merge(c).build();
        TokenDistribution single = all.build();
        assertEquals(single.cellCount(), merged.cellCount());
        assertEquals(single.meanInput(), merged.meanInput(), 1e-9);
        assertEquals(single.rows(), merged.rows());
    }

    @Test
    void restoreRebuildsTheSameDistributionAndRejectsInconsistentCells() {
        TokenDistribution d = new TokenDistribution.Builder().add(1000, 100, 2).add(300_000, 5).build();
        int n = d.cellCount();
        int[] ib = new int[n];
        int[] ob = new int[n];
        double[] w = new double[n];
        double[] si = new double[n];
        double[] so = new double[n];
        for (int k = 0; k < n; k++) {
            ib[k] = d.cellInBin(k);
            ob[k] = d.cellOutBin(k);
            w[k] = d.cellWeight(k);
            si[k] = d.cellSumInput(k);
            so[k] = d.cellSumOutput(k);
        }
        TokenDistribution back = TokenDistribution.restore(d.rows(), d.maxInput(), d.maxOutput(), ib, ob, w, si, so,
                null, null, null);
        assertEquals(d.meanInput(), back.meanInput(), 0);
        assertFalse(back.hasRows());
        si[0] = si[0] * 10;
        InvalidInputException e = assertThrows(InvalidInputException.class, () ->
                TokenDistribution.restore(d.rows(), d.maxInput(), d.maxOutput(), ib, ob, w, si, so, null, null, null));
        assertTrue(e.getMessage().contains("histogram cell 1"), e.getMessage());
    }

    @Test
    void negativeCountsAndBadWeightsAreRejected() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        assertThrows(IllegalArgumentException.class, () -> b.add(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> b.add(1, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> b.add(1, 3, Double.NaN));
        assertThrows(IllegalStateException.class, b::build);
    }
}
