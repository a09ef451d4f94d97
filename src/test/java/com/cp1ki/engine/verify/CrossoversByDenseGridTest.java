package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Crossovers against the sign of (cost A - cost B) recomputed by brute force on a dense log grid
 * of 20,000 volumes: the number of reported crossings inside every grid cell has the parity of the
 * sign change across it, each reported crossing flips the sign just around it, and the curves the
 * engine solves on equal the brute-force monthly cost.
 */
class CrossoversByDenseGridTest {
    private static final int GRID = 20_000;

    @Test
    void randomApiAndGpuPairsCrossWhereTheBruteForceCostsCross() {
        Gen g = new Gen(606);
        int crossings = 0;
        for (int run = 0; run < 24; run++) {
            Stack a = run % 3 == 0 ? apiStack(g, "A") : gpuStack(g, "A");
            Stack b = gpuStack(g, "B");
            crossings += checkPair(g, a, b, run % 4 != 3);
        }
        assertTrue(crossings > 20, "the random pairs cross often enough to test something, crossed " + crossings);
    }

    @Test
    void twoStaircasesWithTheSameAverageSlopeCrossAtEveryStepTheGridSees() {
        // A steps every 10,000/day at $100/month, B every 25,000/day at $250/month: equal average slopes, so the
        // staircases interleave; with A's $20 of fixed cost, A - B per 50,000/day runs -130, -30, +70, -180, -80,
        // +20: four crossings every 50,000/day, all at steps.
        // 1 output token at 1 token/s is 3,600 requests/hour, 86,400/day; P = 8.64 makes it 10,000/day (A);
        // B at 2.5 tokens/s takes 25,000/day.
        SelfHostedGpu ga = new SelfHostedGpu("a", 1, 100.0 / 730, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 1, 0, 1.0, 0, 0,
                RateKind.RESERVED_1Y, null);
        SelfHostedGpu gb = new SelfHostedGpu("b", 1, 250.0 / 730, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 2.5, 0, 1.0, 0, 0,
                RateKind.RESERVED_1Y, null);
        Workload w = new Workload("w", 1000, new TypedMeans(0, 1), null, 8.64);
        Stack a = new Stack("A", true, ga, new CommonCosts(20, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0));
        Stack b = new Stack("B", true, gb, CommonCosts.NONE);
        Settings s = new Settings("USD", 1, null, null, 730, 30, 1e3, 1e6);
        Report r = CostEngine.report(Gen.project(s, List.of(w), List.of(a, b)));
        Crossover c = r.crossovers().get(0);
        assertTrue(c.crossings().size() > 70, "about 80 crossings, found " + c.crossings().size());
        checkAgainstGrid(c, s, v -> gpuCost(a, 0, 1, 8.64, v, s, true), v -> gpuCost(b, 0, 1, 8.64, v, s, true));
    }

    /** Both crossover records of the pair (with and without ops) and both curves, against brute force. */
    private static int checkPair(Gen g, Stack a0, Stack b0, boolean meet) {
        double meanIn = Math.round(g.logUniform(50, 8000));
        double meanOut = Math.round(g.logUniform(20, 1500));
        double p = g.uniform(1, 4);
        Settings s = new Settings("USD", 1, null, null, g.coin(0.5) ? 730 : g.uniform(672, 744), 28 + g.rnd.nextInt(4),
                g.logUniform(10, 1e3), g.logUniform(1e6, 1e8));
        Stack a = a0;
        Stack b = b0;
        if (meet) {
            // raise the cheaper stack's fixed cost so the two (nearly) meet at a random volume inside the range
            double v = s.volumeMin() * Math.pow(s.volumeMax() / s.volumeMin(), g.uniform(0.1, 0.9));
            double gap = cost(a, meanIn, meanOut, p, v, s, true) - cost(b, meanIn, meanOut, p, v, s, true);
            if (gap > 0) {
                b = b.withCommon(plusFixed(b.common(), gap * g.uniform(0.9, 1.1)));
            } else {
                a = a.withCommon(plusFixed(a.common(), -gap * g.uniform(0.9, 1.1)));
            }
        }
        final Stack sa = a;
        final Stack sb = b;
        Workload w = new Workload("w", 5000, new TypedMeans(meanIn, meanOut), null, p);
        Report r = CostEngine.report(Gen.project(s, List.of(w), List.of(a, b)));
        int n = 0;
        for (boolean withOps : new boolean[]{true, false}) {
            DoubleUnaryOperator ca = v -> cost(sa, meanIn, meanOut, p, v, s, withOps);
            DoubleUnaryOperator cb = v -> cost(sb, meanIn, meanOut, p, v, s, withOps);
            Crossover c = r.crossovers().stream().filter(x -> x.withOps() == withOps).findFirst().orElseThrow();
            assertEquals("A", c.a());
            checkAgainstGrid(c, s, ca, cb);
            checkCurve(curve(r, "A", withOps), ca, a, meanIn, meanOut, p, s);
            checkCurve(curve(r, "B", withOps), cb, b, meanIn, meanOut, p, s);
            n += c.crossings().size();
        }
        // the report at a few volumes costs what its curve says
        for (int k = 0; k < 12; k++) {
            double v = s.volumeMin() * Math.pow(s.volumeMax() / s.volumeMin(), g.rnd.nextDouble());
            Report at = CostEngine.report(Gen.project(s, List.of(w.withVolume(v)), List.of(a, b)));
            for (String st : new String[]{"A", "B"}) {
                close(curve(r, st, true).costAt(v), Gen.result(at, "w", st).monthlyCost(), 1e-9, st + " at " + v);
            }
        }
        return n;
    }

    private static CostCurve curve(Report r, String stack, boolean withOps) {
        return r.curves().stream().filter(c -> c.stack().equals(stack) && c.withOps() == withOps).findFirst().orElseThrow();
    }

    static void checkAgainstGrid(Crossover c, Settings s, DoubleUnaryOperator ca, DoubleUnaryOperator cb) {
        assertTrue(c.crossings().size() < 1000, "not truncated");
        List<Double> xs = c.crossings();
        for (int k = 1; k < xs.size(); k++) {
            assertTrue(xs.get(k) >= xs.get(k - 1), "crossings in increasing order");
        }
        double lo = s.volumeMin();
        double hi = s.volumeMax();
        double prev = lo;
        int prevSign = sign(ca, cb, lo);
        int next = 0;
        for (int i = 1; i <= GRID; i++) {
            double v = i == GRID ? hi : lo * Math.pow(hi / lo, (double) i / GRID);
            int count = 0;
            boolean nearEdge = false;
            while (next < xs.size() && xs.get(next) <= v) {
                double x = xs.get(next);
                nearEdge |= Math.abs(x - v) <= 1e-9 * v || Math.abs(x - prev) <= 1e-9 * prev;
                count++;
                next++;
            }
            int sign = sign(ca, cb, v);
            if (!nearEdge && sign != 0 && prevSign != 0 && (sign != prevSign) != (count % 2 == 1)) {
                boolean flipped = sign != prevSign;
                fail(c.a() + "/" + c.b() + " ops=" + c.withOps() + ": cell (" + prev + ", "
                        + v + "] has " + count + " reported crossings but the costs " + (flipped ? "do" : "do not")
                        + " change order across it");
            }
            prev = v;
            prevSign = sign;
        }
        for (double x : xs) {
            int left = sign(ca, cb, x * (1 - 1e-9));
            int right = sign(ca, cb, x * (1 + 1e-9));
            assertTrue(left == 0 || right == 0 || left != right,
                    "the order of " + c.a() + " and " + c.b() + " flips at the reported crossing " + x);
        }
        int atMin = sign(ca, cb, lo);
        int atMax = sign(ca, cb, hi);
        assertEquals(name(c, atMin), c.cheaperBelow(), "cheaper at the range start");
        assertEquals(name(c, atMax), c.cheaperAbove(), "cheaper at the range end");
        if (xs.isEmpty()) {
            assertNull(c.stableAbove());
        } else if (c.cheaperAbove() != null) {
            assertNotNull(c.stableAbove());
            assertEquals(xs.get(xs.size() - 1), c.stableAbove());
            for (int i = 0; i <= GRID; i++) {
                double v = lo * Math.pow(hi / lo, (double) i / GRID);
                int sg = v > c.stableAbove() * (1 + 1e-9) ? sign(ca, cb, v) : 0;
                if (sg != 0 && sg != atMax) {
                    fail(c.cheaperAbove() + " stays cheaper above " + c.stableAbove()
                            + " but not at " + v);
                }
            }
        }
    }

    /** The engine's curve equals the brute-force monthly cost away from the fleet's steps. */
    private static void checkCurve(CostCurve curve, DoubleUnaryOperator cost, Stack st, double meanIn, double meanOut,
                                   double p, Settings s) {
        double lo = s.volumeMin();
        double hi = s.volumeMax();
        double[] q = new double[1];
        for (int i = 0; i <= GRID; i += 4) {
            double v = lo * Math.pow(hi / lo, (double) i / GRID);
            if (st.serving() instanceof SelfHostedGpu gpu) {
                Brute.instances(gpu, meanIn, meanOut, p, Brute.retry(st.common()), v, q);
                if (Math.abs(q[0] - Math.rint(q[0])) < 1e-9 * Math.max(1, q[0])) {
                    continue;
                }
            }
            double expected = cost.applyAsDouble(v);
            if (Math.abs(expected - curve.costAt(v)) > 1e-9 * expected) {
                close(expected, curve.costAt(v), 1e-9, curve.stack() + " curve at " + v);
            }
        }
    }

    private static String name(Crossover c, int sign) {
        return sign > 0 ? c.b() : sign < 0 ? c.a() : null;
    }

    private static int sign(DoubleUnaryOperator ca, DoubleUnaryOperator cb, double v) {
        double a = ca.applyAsDouble(v);
        double b = cb.applyAsDouble(v);
        double d = a - b;
        return Math.abs(d) <= 1e-12 * (Math.abs(a) + Math.abs(b)) ? 0 : d > 0 ? 1 : -1;
    }

    static double cost(Stack st, double meanIn, double meanOut, double p, double v, Settings s, boolean withOps) {
        if (st.serving() instanceof ManagedApi api) {
            return Brute.apiMonthly(st, Brute.request(api, meanIn, meanOut), v, s.daysPerMonth(), withOps);
        }
        return gpuCost(st, meanIn, meanOut, p, v, s, withOps);
    }

    static double gpuCost(Stack st, double meanIn, double meanOut, double p, double v, Settings s, boolean withOps) {
        return Brute.gpuStackMonthly(st, meanIn, meanOut, p, v, s.daysPerMonth(), s.hoursPerMonth(), withOps);
    }

    static CommonCosts plusFixed(CommonCosts c, double more) {
        return new CommonCosts(c.storagePerMonth(), c.transferPerMonth(), c.monitoringPerMonth(),
                c.otherFixedPerMonth() + more, c.engineerHoursPerMonth(), c.engineerHourlyRate(), c.onCallPerMonth(),
                c.oneOffCost(), c.amortisationMonths(), c.retrievalQueriesPerInference(), c.costPerRetrievalQuery(),
                c.guardrailEvalsPerInference(), c.costPerGuardrailEval(), c.processingPer1000(), c.failureRate());
    }

    static Stack apiStack(Gen g, String name) {
        return new Stack(name, true, g.api(0), g.common(true));
    }

    static Stack gpuStack(Gen g, String name) {
        return new Stack(name, true, g.gpu(), g.common(true));
    }
}
