package com.cp1ki.engine;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties over seeded random projects. */
class EnginePropertiesTest {

    static double cp1ki(Workload w, Stack s) {
        return Fixtures.only(w, s).cp1ki();
    }

    static ManagedApi scaleApi(ManagedApi a, int which, double f) {
        double[] p = {a.inputPrice(), a.outputPrice(), a.cacheReadPrice(), a.cacheWritePrice(), a.platformFeePct(),
                a.feePerRequest()};
        p[which] *= f;
        p[which] += which >= 4 ? 1e-4 : 0;
        return new ManagedApi("P", "M", p[0], p[1], p[2], p[3], a.cacheReadShare(), a.cacheWriteShare(), a.batchShare(),
                a.batchDiscount(), a.longContext(), p[4], p[5], null, null);
    }

    static ManagedApi scaleTier(ManagedApi a, double f) {
        LongContextTier t = a.longContext();
        return new ManagedApi("P", "M", a.inputPrice(), a.outputPrice(), a.cacheReadPrice(), a.cacheWritePrice(),
                a.cacheReadShare(), a.cacheWriteShare(), a.batchShare(), a.batchDiscount(),
                new LongContextTier(t.thresholdTokens(), t.inputPrice() * f, t.outputPrice() * f, t.cacheReadPrice() * f,
                        t.cacheWritePrice() * f), a.platformFeePct(), a.feePerRequest(), null, null);
    }

    static SelfHostedGpu scaleGpu(SelfHostedGpu g, double f) {
        return new SelfHostedGpu("g", 1, g.onDemandRate() * f, g.reserved1yRate() * f, g.reserved1yDiscount(),
                g.reserved3yRate() * f, g.reserved3yDiscount(), g.spotRate() * f, g.rate(), g.outputTokensPerSecond(),
                g.inputTokensPerSecond(), g.utilisationCeiling(), g.minInstances(), g.reservedInstances(),
                g.reservedTerm(), null);
    }

    @Test
    void raisingAnyPriceNeverLowersCp1ki() {
        RandomProjects r = new RandomProjects(1);
        for (int trial = 0; trial < 300; trial++) {
            Workload w = r.workload("w", trial % 3 == 0 ? 200 : 0);
            Stack s = r.stack("s", true);
            double f = 1 + r.between(0.001, 1);
            double base = cp1ki(w, s);
            List<Stack> raised = new ArrayList<>();
            if (s.serving() instanceof ManagedApi a) {
                for (int k = 0; k < 6; k++) {
                    raised.add(s.withServing(scaleApi(a, k, f)));
                }
                raised.add(s.withServing(scaleTier(a, f)));
            } else {
                raised.add(s.withServing(scaleGpu((SelfHostedGpu) s.serving(), f)));
            }
            for (Stack t : raised) {
                assertTrue(cp1ki(w, t) >= base * (1 - 1e-12), "trial " + trial + ": " + t.serving());
            }
        }
    }

    @Test
    void raisingAnyTokenCountNeverLowersCp1ki() {
        RandomProjects r = new RandomProjects(2);
        for (int trial = 0; trial < 150; trial++) {
            Workload w = r.workload("w", 0);
            Stack s = r.stack("s", true);
            TypedMeans t = (TypedMeans) w.tokens();
            double f = 1 + r.between(0.001, 1);
            double base = cp1ki(w, s);
            assertTrue(cp1ki(w.withTokens(new TypedMeans(t.input() * f, t.output())), s) >= base * (1 - 1e-12));
            assertTrue(cp1ki(w.withTokens(new TypedMeans(t.input(), t.output() * f)), s) >= base * (1 - 1e-12));
        }
    }

    @Test
    void atEveryCrossingThatIsNotAStepBothMonthlyCostsAgree() {
        RandomProjects r = new RandomProjects(3);
        int checked = 0;
        for (int trial = 0; trial < 100; trial++) {
            List<Stack> stacks = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                stacks.add(r.stack("s" + k, true));
            }
            Report rep = CostEngine.report(Fixtures.project(List.of(r.workload("w", 0)), stacks, List.of()));
            for (Crossover c : rep.crossovers()) {
                CostCurve a = curve(rep, c.a(), c.withOps());
                CostCurve b = curve(rep, c.b(), c.withOps());
                for (var x : c.details()) {
                    if (!x.atStep()) {
                        assertEquals(x.costA(), x.costB(), 1e-9 * Math.max(Math.abs(x.costA()), Math.abs(x.costB())));
                        assertEquals(a.costAt(x.volume()), x.costA(), 1e-9 * Math.abs(x.costA()) + 1e-9);
                        checked++;
                    } else {
                        assertTrue((x.costA() - x.costB()) * (a.costAt(x.volume() * (1 + 1e-9)) - b.costAt(x.volume() * (1 + 1e-9))) < 0);
                    }
                }
                assertSignChangesAreAllReported(a, b, c);
            }
        }
        assertTrue(checked > 50, "only " + checked + " crossings checked");
    }

    /** Samples both curves on a fine log grid: every sign change must lie at or next to a reported crossing. */
    private static void assertSignChangesAreAllReported(CostCurve a, CostCurve b, Crossover c) {
        if (c.truncated()) {
            return;
        }
        int n = 400;
        double prev = Double.NaN;
        double prevV = 0;
        for (int i = 0; i <= n; i++) {
            double v = 1e2 * Math.pow(1e6, (double) i / n);
            double d = a.costAt(v) - b.costAt(v);
            if (Math.abs(d) < 1e-9 * Math.abs(a.costAt(v))) {
                continue;
            }
            if (!Double.isNaN(prev) && (d > 0) != (prev > 0)) {
                double lo = prevV;
                double hi = v;
                assertTrue(c.crossings().stream().anyMatch(x -> x >= lo * (1 - 1e-9) && x <= hi * (1 + 1e-9)),
                        "sign change between " + lo + " and " + hi + " not reported: " + c);
            }
            prev = d;
            prevV = v;
        }
    }

    private static CostCurve curve(Report r, String stack, boolean withOps) {
        return r.curves().stream().filter(c -> c.stack().equals(stack) && c.withOps() == withOps).findFirst().orElseThrow();
    }

    @Test
    void aDistributionsMeanCostEqualsTheCostAtItsMeanWithoutTiers() {
        RandomProjects r = new RandomProjects(4);
        for (int trial = 0; trial < 100; trial++) {
            Workload w = r.workload("w", 500 + trial * 10);
            Stack s = r.stack("s", false);
            Workload atMean = w.withTokens(new TypedMeans(w.tokens().meanInput(), w.tokens().meanOutput()));
            StackResult dist = Fixtures.only(w, s);
            double typed = Fixtures.only(atMean, s).costPerInference();
            assertEquals(typed, dist.costPerInference(), 1e-9 * typed);
            assertEquals(dist.costPerInference(), dist.cost().mean(), 1e-9 * typed);
        }
    }

    @Test
    void binnedPercentilesAreWithinOnePercentOfExactNearestRank() {
        RandomProjects r = new RandomProjects(5);
        for (int trial = 0; trial < 6; trial++) {
            int n = 30_000;
            long[] in = new long[n];
            long[] out = new long[n];
            TokenDistribution.Builder b = new TokenDistribution.Builder();
            double mi = r.logBetween(50, 5000);
            double mo = r.logBetween(10, 500);
            for (int k = 0; k < n; k++) {
                in[k] = (long) (mi * Math.exp(r.between(-2, 2)));
                out[k] = (long) (mo * Math.exp(r.between(-2, 2)));
                b.add(in[k], out[k]);
            }
            Stack s = r.stack("s", false);
            Workload w = new Workload("w", 1e5, b.build(), null, 1);
            StackResult res = Fixtures.only(w, s);
            LinearCost perRequest = new Pairing(w, s, com.cp1ki.engine.model.Settings.DEFAULT,
                    new TokenPoints(w.tokens())).perRequest();
            double[] exact = new double[n];
            for (int k = 0; k < n; k++) {
                exact[k] = perRequest.at(in[k], out[k]);
            }
            Arrays.sort(exact);
            double[] ps = {0.5, 0.9, 0.95, 0.99};
            double[] got = {res.cost().p50(), res.cost().p90(), res.cost().p95(), res.cost().p99()};
            for (int j = 0; j < ps.length; j++) {
                double e = exact[(int) Math.ceil(ps[j] * n) - 1];
                assertEquals(e, got[j], 0.01 * e, "p" + ps[j] + " of trial " + trial);
            }
        }
    }


}
