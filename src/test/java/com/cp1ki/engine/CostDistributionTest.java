package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-request cost distributions: nearest-rank percentiles, tail share, and costs allocated per request. */
class CostDistributionTest {
    /** $1 per 1M input tokens, nothing else: a request of I input tokens costs I / 1e6. */
    static final Stack PER_INPUT = new Stack("api", true, ManagedApi.simple("P", "M", 1, 0), CommonCosts.NONE);

    static Workload tenRequests() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int i = 1; i <= 10; i++) {
            b.add(i * 100L, 0);
        }
        return new Workload("w", 1000, b.build(), null, 1);
    }

    @Test
    void percentilesAreWeightedNearestRank() {
        StackResult r = Fixtures.only(tenRequests(), PER_INPUT);
        assertEquals(500e-6, r.cost().p50(), 1e-15);
        assertEquals(900e-6, r.cost().p90(), 1e-15);
        assertEquals(1000e-6, r.cost().p95(), 1e-15);
        assertEquals(1000e-6, r.cost().max(), 1e-15);
        assertEquals(550e-6, r.cost().mean(), 1e-15);
        assertEquals(2.0, r.p95OverP50(), 1e-12);
        assertTrue(r.cost().exact());
    }

    @Test
    void theTailShareSplitsTheBoundaryRequest() {
        // the top 5% of ten requests is half of the most expensive one: 0.5 x 1000 / 5500
        StackResult r = Fixtures.only(tenRequests(), PER_INPUT);
        assertEquals(500.0 / 5500, r.tailShare(), 1e-12);
    }

    @Test
    void weightsCountAsRequests() {
        TokenDistribution d = new TokenDistribution.Builder().add(100, 0, 94).add(1000, 0, 6).build();
        StackResult r = Fixtures.only(new Workload("w", 1000, d, null, 1), PER_INPUT);
        assertEquals(100e-6, r.cost().p50(), 1e-15);
        assertEquals(1000e-6, r.cost().p95(), 1e-15);
        assertEquals(100, r.cost().count());
        assertEquals(5 * 1000.0 / (94 * 100 + 6 * 1000), r.tailShare(), 1e-12);
    }

    @Test
    void theLongContextTierIsAppliedPerRequestNotAtTheMean() {
        ManagedApi tiered = new ManagedApi("P", "M", 1, 0, 1, 1, 0, 0, 0, 0.5, new LongContextTier(1000, 2, 0, 2, 2), 0, 0,
                null, null);
        TokenDistribution d = new TokenDistribution.Builder().add(500, 0).add(1500, 0).build();
        StackResult r = Fixtures.only(new Workload("w", 1000, d, null, 1), new Stack("t", true, tiered, CommonCosts.NONE));
        // 500 at $1 and 1,500 at $2: (500 + 3000) / 2 / 1e6, while the mean request (1,000) would cost 1000 / 1e6
        assertEquals(1750e-6, r.costPerInference(), 1e-15);
    }

    @Test
    void gpuCostIsAllocatedByGpuSecondsAndAveragesToTheCostPerInference() {
        SelfHostedGpu g = new SelfHostedGpu("g", 1, 1.0, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 100, 0, 1, 0, 0,
                RateKind.RESERVED_1Y, null);
        TokenDistribution d = new TokenDistribution.Builder().add(0, 50).add(0, 150).build();
        StackResult r = Fixtures.only(new Workload("w", 10_000, d, null, 1), new Stack("g", true, g, Fixtures.G5_FIXED));
        double perInference = r.costPerInference();
        double fixedShare = 12.0 / 300_000;
        double gpuShare = perInference - fixedShare;
        // the 150-token request takes three times the GPU time of the 50-token one (mean: 100)
        assertEquals(1.5 * gpuShare + fixedShare, r.cost().max(), 1e-15);
        assertEquals(0.5 * gpuShare + fixedShare, r.cost().p50(), 1e-15);
        assertEquals(perInference, r.cost().mean(), 1e-15);
    }

    @Test
    void typedMeansHaveOneRequestCost() {
        StackResult r = Fixtures.only(new Workload("w", 1000, new TypedMeans(1000, 0), null, 1), PER_INPUT);
        assertEquals(r.cost().p50(), r.cost().max());
        assertEquals(1, r.p95OverP50());
        assertEquals(1000, r.input().p99());
    }

    @Test
    void aLargeDistributionIsReadFromBinsAndSaysSo() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int i = 0; i < 20_000; i++) {
            b.add(100 + i, i % 300);
        }
        StackResult r = Fixtures.only(new Workload("w", 1000, b.build(), null, 1), PER_INPUT);
        assertFalse(r.cost().exact());
        assertEquals(10_099e-6, r.cost().p50(), 10_099e-6 * 0.01);
    }

    @Test
    void exactRowsGiveExactNearestRankPercentilesAndTailShareAtAnySize() {
        java.util.Random rnd = new java.util.Random(7);
        int n = 6000;
        long[] in = new long[n];
        double[] w = new double[n];
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int k = 0; k < n; k++) {
            in[k] = (long) (1000 * Math.exp(rnd.nextGaussian()));
            w[k] = 1 + rnd.nextInt(3);
            b.add(in[k], 0, w[k]);
        }
        StackResult r = Fixtures.only(new Workload("w", 1000, b.build(), null, 1), PER_INPUT);
        Integer[] order = new Integer[n];
        double total = 0;
        double spend = 0;
        for (int k = 0; k < n; k++) {
            order[k] = k;
            total += w[k];
            spend += w[k] * in[k] / 1e6;
        }
        java.util.Arrays.sort(order, (x, y) -> Long.compare(in[x], in[y]));
        double[] ps = {0.5, 0.9, 0.95, 0.99};
        double[] got = {r.cost().p50(), r.cost().p90(), r.cost().p95(), r.cost().p99()};
        for (int j = 0; j < ps.length; j++) {
            double cum = 0;
            for (int k : order) {
                cum += w[k];
                if (cum >= ps[j] * total * (1 - 1e-12)) {
                    assertEquals(in[k] / 1e6, got[j], 1e-15, "p" + ps[j]);
                    break;
                }
            }
        }
        double tail = 0;
        double acc = 0;
        for (int i = n - 1; i >= 0 && acc < 0.05 * total; i--) {
            double take = Math.min(w[order[i]], 0.05 * total - acc);
            acc += take;
            tail += take * in[order[i]] / 1e6;
        }
        assertEquals(tail / spend, r.tailShare(), 1e-12);
        assertTrue(r.cost().exact());
        assertEquals(in[order[n - 1]] / 1e6, r.cost().max(), 1e-15);
    }
}
