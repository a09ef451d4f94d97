package com.cp1ki.engine.uncertainty;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statistics of a simulation (sorted working arrays reused from output to output, the histogram
 * by binary search, primitive lists, row-major input ranks and one-pass correlations) give the same
 * bits as the code they replaced ({@link OldStatistics}), on random series with NaN draws, ties,
 * signed zeros and infinities, a single draw, all draws equal, no number at all.
 */
class StatisticsTest {
    private static final double[] SPECIALS = {Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, 1e-300, -5, Double.MAX_VALUE, -Double.MAX_VALUE};

    /** A random series of one of several shapes (kind), n draws. */
    static double[] series(SplittableRandom rnd, int n, int kind) {
        double[] v = new double[n];
        double constant = rnd.nextGaussian() * 100;
        for (int i = 0; i < n; i++) {
            v[i] = switch (kind) {
                case 0 -> Math.exp(rnd.nextGaussian());                                // lognormal, no NaN
                case 1 -> rnd.nextInt(8) == 0 ? Double.NaN : rnd.nextGaussian() * 1e3;  // some NaN draws
                case 2 -> rnd.nextInt(5);                                               // ties
                case 3 -> constant;                                                     // all draws equal
                case 4 -> Double.NaN;                                                   // no number
                case 5 -> rnd.nextInt(6) == 0 ? SPECIALS[rnd.nextInt(SPECIALS.length)] : rnd.nextGaussian();
                default -> rnd.nextInt(3) == 0 ? Double.NaN : 1e6 + rnd.nextInt(1000) * 0.25;
            };
        }
        return v;
    }

    @Test
    void statsAndRanksEqualTheOldCodeBitForBitWithWorkingArraysReused() {
        SplittableRandom rnd = new SplittableRandom(2026);
        for (int n : new int[]{1, 2, 3, 5, 31, 300, 2_000}) {
            Sorted reused = new Sorted(n);
            for (int t = 0; t < 60; t++) {
                double[] v = series(rnd, n, t % 7);
                Stats expected = OldStatistics.stats(v, OldStatistics.Sorted.of(v));
                String what = n + " draws, kind " + t % 7 + ": " + (n < 40 ? Arrays.toString(v) : "");
                assertEquals(expected, Stats.of(v, reused.sort(v)), what);
                assertArrayEquals(OldStatistics.Sorted.of(v).ranks, reused.ranks, 0.0, what);
                assertEquals(expected, Stats.of(v), what);
                assertEquals(expected.histogram(), List.copyOf(Stats.of(v).histogram()), what);
                assertEquals(expected.hashCode(), Stats.of(v).hashCode(), what);
            }
        }
    }

    @Test
    void theHistogramsBinarySearchCountsEveryNumberInItsBin() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int t = 0; t < 200; t++) {
            double[] v = series(rnd, 1 + rnd.nextInt(500), t % 7);
            Stats s = Stats.of(v);
            if (s.defined() == 0) {
                assertEquals(List.of(), s.histogram());
                continue;
            }
            int[] count = new int[Stats.BINS];
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    count[Stats.bin(x + 0.0, s.min(), s.max())]++;
                }
            }
            assertEquals(Arrays.stream(count).boxed().toList(), s.histogram(), Arrays.toString(v));
        }
    }

    @Test
    void contributionsEqualTheOldCodeBitForBit() {
        SplittableRandom rnd = new SplittableRandom(77);
        for (int t = 0; t < 120; t++) {
            int n = new int[]{1, 2, 3, 4, 50, 700}[t % 6];
            int m = t % 13 == 0 ? 0 : 1 + rnd.nextInt(25);
            boolean[] ok = new boolean[n];
            for (int i = 0; i < n; i++) {
                ok[i] = t % 3 == 0 || rnd.nextInt(10) > 0;
            }
            double[][] values = new double[m][];
            List<String> fields = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                values[j] = series(rnd, n, j % 4 == 3 ? 3 : j % 3);
                for (int i = 0; i < n; i++) {
                    values[j][i] = Double.isNaN(values[j][i]) ? j : values[j][i];
                }
                fields.add("input" + j);
            }
            double[][] oldRanks = new double[m][];
            for (int j = 0; j < m; j++) {
                double[] masked = values[j].clone();
                for (int i = 0; i < n; i++) {
                    masked[i] = ok[i] ? masked[i] : Double.NaN;
                }
                oldRanks[j] = OldStatistics.Ranks.of(masked);
            }
            OldStatistics.Ranks.Inputs old = new OldStatistics.Ranks.Inputs(oldRanks, ok);
            Ranks.Inputs now = new Ranks.Inputs(values, ok);
            Sorted sorted = new Sorted(n);
            double[] scratch = new double[n];
            for (int k = 0; k < 8; k++) {
                double[] out = new double[n];
                for (int i = 0; i < n; i++) {
                    // an output follows an input with noise; some draws give no number even where the inputs did
                    double x = m == 0 ? rnd.nextGaussian() : values[k % m][i] + rnd.nextGaussian() * (k % 3);
                    out[i] = !ok[i] || (k % 2 == 1 && rnd.nextInt(6) == 0) ? Double.NaN : k == 4 ? 1.5 : x;
                }
                double[] outRanks = OldStatistics.Ranks.of(out);
                assertEquals(OldStatistics.Ranks.contributions(outRanks, old, fields),
                        Ranks.contributions(sorted.sort(out).ranks, now, fields, scratch), "t " + t + ", output " + k);
            }
        }
    }

    /**
     * A simulation whose draws break a rule half the time (two cache shares adding up to more than 1):
     * the draws kept a few at a time as rows and moved to the outputs' arrays give, in any blocks,
     * the same numbers as one draw per block; a refused draw has no number anywhere; each output's
     * statistics are the old code's over its draws.
     */
    @Test
    void drawsStoredInChunksGiveTheSameNumbersInAnyBlocksWithRefusedDraws() throws Exception {
        String read = "stacks[Claude Haiku 3.5].serving.cacheReadShare";
        String write = "stacks[Claude Haiku 3.5].serving.cacheWriteShare";
        com.cp1ki.engine.model.Project p = SimulationTest.ranged(SimulationTest.seed(), 150,
                new String[]{read, write, SimulationTest.GPT_OUT}, com.cp1ki.engine.model.Range.uniform(0.2, 0.8),
                com.cp1ki.engine.model.Range.uniform(0.2, 0.8), com.cp1ki.engine.model.Range.lognormal(7, 14));
        Simulator whole = UncertaintyEngine.simulator(p);
        whole.run(0, 150);
        Simulator single = UncertaintyEngine.simulator(p);
        for (int i = 149; i >= 0; i--) {
            single.run(i, i + 1);
        }
        Simulator uneven = UncertaintyEngine.simulator(p);
        int[] cuts = {0, 31, 32, 33, 97, 150};
        for (int c = cuts.length - 1; c > 0; c--) {
            uneven.run(cuts[c - 1], cuts[c]);
        }
        uneven.run(40, 40);
        int refused = 0;
        for (int i = 0; i < 150; i++) {
            assertArrayEquals(whole.drawRow(i), single.drawRow(i), 0.0, "draw " + i);
            assertArrayEquals(whole.drawRow(i), uneven.drawRow(i), 0.0, "draw " + i);
            boolean none = Arrays.stream(whole.drawRow(i)).allMatch(Double::isNaN);
            refused += none ? 1 : 0;
        }
        Simulation s = whole.result();
        assertEquals(refused, s.refused());
        assertTrue(refused > 20 && refused < 130, refused + " refused draws");
        assertEquals(s, single.result());
        assertEquals(s, uneven.result());
        for (int k = 0; k < whole.outputCount(); k++) {
            double[] column = new double[150];
            for (int i = 0; i < 150; i++) {
                column[i] = whole.drawRow(i)[k];
            }
            assertEquals(OldStatistics.stats(column, OldStatistics.Sorted.of(column)), s.outputs().get(k).stats());
        }
    }

    @Test
    void aSimulationOfOneDrawHasThatDrawsNumberForEveryStatistic() throws Exception {
        com.cp1ki.engine.model.Project p = SimulationTest.ranged(SimulationTest.seed(), 1,
                new String[]{SimulationTest.GPT_OUT}, com.cp1ki.engine.model.Range.lognormal(7, 14));
        Simulator sim = UncertaintyEngine.simulator(p);
        sim.run(0, 1);
        Simulation s = sim.result();
        for (int k = 0; k < s.outputs().size(); k++) {
            Stats st = s.outputs().get(k).stats();
            double x = sim.drawRow(0)[k];
            if (Double.isNaN(x)) {
                assertEquals(Stats.NONE, st);
                continue;
            }
            assertEquals(1, st.defined());
            assertEquals(0.0, st.sd());
            for (double v : new double[]{st.mean(), st.p5(), st.p50(), st.p95(), st.min(), st.max(), st.cdf().get(100)}) {
                assertEquals(x + 0.0, v, 0.0);
            }
            assertEquals(1, st.histogram().get(0));
            assertEquals(List.of(), s.outputs().get(k).contributions(), "one draw says nothing about what drives it");
        }
    }

    @Test
    void aSortOfAnotherLengthIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Sorted(3).sort(new double[4]));
    }
}
