package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Numbers that must not move: reordering workloads, stacks or plans changes no per-pair number; a
 * disabled stack leaves results, curves and crossovers and changes nothing else; the display
 * currency and FX rate change no USD number, only a plan's USD price through the conversion.
 */
class ReportInvarianceTest {

    private static Project randomProject(Gen g, Settings s) {
        List<Workload> ws = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            TokenProfile t = k == 0 ? new TypedMeans(Math.round(g.logUniform(100, 5000)), Math.round(g.logUniform(20, 900)))
                    : Gen.distribution(g.rows(k == 1 ? 3000 : 12_000, g.logUniform(300, 4000), 250, 0, true));
            ws.add(new Workload("w" + k, g.logUniform(1e3, 1e6), t, g.coin(0.7) ? g.logUniform(1e-3, 0.1) : null,
                    g.uniform(1, 3)));
        }
        List<Stack> st = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            st.add(k < 2 ? new Stack("s" + k, true, g.api(g.coin(0.5) ? (long) g.logUniform(1000, 8000) : 0), g.common(true))
                    : new Stack("s" + k, true, g.gpu(), g.common(g.coin(0.5))));
        }
        List<Plan> plans = List.of(
                new Plan("p0", 20 * s.fxRate(), null, 0, List.of("w0"), "s0", new LognormalUsage(800, 4000), null),
                new Plan("p1", 12 * s.fxRate(), 900.0, 4 * s.fxRate(), List.of("w1", "w2"), "s3",
                        new LognormalUsage(300, 2500), 9000.0));
        return new Project("inv", s, ws, st, plans);
    }

    @Test
    void reorderingWorkloadsStacksAndPlansChangesNoNumber() {
        for (long seed = 1; seed <= 4; seed++) {
            Gen g = new Gen(1200 + seed);
            Project p = randomProject(g, Settings.DEFAULT);
            Report a = CostEngine.report(p);
            List<Workload> ws = new ArrayList<>(p.workloads());
            List<Stack> st = new ArrayList<>(p.stacks());
            List<Plan> pl = new ArrayList<>(p.plans());
            Random r = new Random(seed);
            Collections.shuffle(ws, r);
            Collections.shuffle(st, r);
            Collections.reverse(pl);
            Report b = CostEngine.report(new Project("inv", p.settings(), ws, st, pl));
            sameResults(a, b, 0);
            samePlans(a, b, 0);
            sameCrossovers(a, b);
        }
    }

    @Test
    void aDisabledStackLeavesEveryListAndChangesNothingElse() {
        Gen g = new Gen(1300);
        Project p = randomProject(g, Settings.DEFAULT);
        Report all = CostEngine.report(p);
        List<Stack> st = new ArrayList<>(p.stacks());
        st.set(2, st.get(2).withEnabled(false));
        Report less = CostEngine.report(p.withStacks(st));
        assertTrue(less.results().stream().noneMatch(x -> x.stack().equals("s2")));
        assertTrue(less.curves().stream().noneMatch(x -> x.stack().equals("s2")));
        assertTrue(less.crossovers().stream().noneMatch(x -> x.a().equals("s2") || x.b().equals("s2")));
        assertEquals(all.results().size() - 3, less.results().size());
        assertEquals(4 * 3 * 3 * 2 / 2, less.crossovers().size(), "C(4,2) pairs x 3 workloads x with/without ops");
        assertTrue(less.warnings().stream().anyMatch(w -> w.code().equals("stack-disabled") && w.subject().equals("s2")));
        sameResults(less, all, 0);
        sameCrossovers(less, all);
    }

    @Test
    void displayCurrencyAndFxRateChangeNoUsdNumber() {
        Settings usd = Settings.DEFAULT;
        Settings inr = new Settings("INR", 83.0, "2026-11-01", "test rate", 730, 30, 1e2, 1e8);
        Report a = CostEngine.report(randomProject(new Gen(1400), usd));
        Report b = CostEngine.report(randomProject(new Gen(1400), inr));
        sameResults(a, b, 0);
        sameCrossovers(a, b);
        // plan prices were typed as USD x rate in the display currency: the same USD plan
        samePlans(a, b, 1e-12);
        // the same display price at another rate is another USD price
        Settings eur = new Settings("EUR", 0.5, "2026-11-01", "test rate", 730, 30, 1e2, 1e8);
        Project p = randomProject(new Gen(1400), usd);
        PlanResult half = CostEngine.report(p.withSettings(eur)).plans().get(0);
        close(2 * a.plans().get(0).priceUsd(), half.priceUsd(), 1e-12, "20 EUR at 0.5 EUR/USD is $40");
        assertEquals(a.plans().get(0).costPerInference(), half.costPerInference(), "cost per inference stays USD");
    }

    private static void sameResults(Report a, Report b, double tol) {
        for (StackResult x : a.results()) {
            StackResult y = Gen.result(b, x.workload(), x.stack());
            String what = x.stack() + " / " + x.workload();
            assertEquals(x.monthly(), y.monthly(), what + " breakdown");
            assertEquals(x.costPerInference(), y.costPerInference(), what);
            assertEquals(x.cp1ki(), y.cp1ki(), what);
            assertEquals(x.dailyCost(), y.dailyCost(), what);
            assertEquals(x.monthlyCost(), y.monthlyCost(), what);
            assertEquals(x.instances(), y.instances(), what);
            assertEquals(x.utilisation(), y.utilisation(), what);
            assertEquals(x.roiMultiple(), y.roiMultiple(), what);
            assertEquals(x.roiBand(), y.roiBand(), what);
            assertEquals(x.roiMultipleP95(), y.roiMultipleP95(), what);
            assertEquals(x.roiBandP95(), y.roiBandP95(), what);
            assertEquals(x.cost(), y.cost(), what + " cost distribution");
            assertEquals(x.p95OverP50(), y.p95OverP50(), what);
            assertEquals(x.tailShare(), y.tailShare(), what);
            assertEquals(x.input(), y.input(), what);
            assertEquals(x.output(), y.output(), what);
        }
    }

    private static void samePlans(Report a, Report b, double tol) {
        assertEquals(a.plans().size(), b.plans().size());
        for (PlanResult x : a.plans()) {
            PlanResult y = b.plans().stream().filter(q -> q.plan().equals(x.plan())).findFirst().orElseThrow();
            String what = "plan " + x.plan();
            double[] xs = numbers(x);
            double[] ys = numbers(y);
            for (int k = 0; k < xs.length; k++) {
                if (tol == 0 || xs[k] == 0) {
                    assertEquals(xs[k], ys[k], what + " number " + k);
                } else {
                    close(xs[k], ys[k], tol, what + " number " + k);
                }
            }
            assertEquals(x.breakEvenUsage() == null, y.breakEvenUsage() == null, what + " break-even");
            assertEquals(x.powerUserWipeout() == null, y.powerUserWipeout() == null, what + " wipe-out");
        }
    }

    private static double[] numbers(PlanResult p) {
        return new double[]{p.costPerInference(), p.priceUsd(), p.overagePer1000Usd(), p.meanUsage(), p.medianUsage(),
                p.meanRevenuePerUser(), p.meanCostPerUser(), p.meanMarginPerUser(), p.grossMarginPct(),
                p.unprofitableShare(), p.breakEvenUsage() == null ? -1 : p.breakEvenUsage(), p.marginAtMedian(),
                p.powerUserUsage(), p.marginAtPowerUser(), p.powerUserWipeout() == null ? -1 : p.powerUserWipeout()};
    }

    /** Every crossover of a is in b for the same unordered pair, with the same crossings and winners. */
    private static void sameCrossovers(Report a, Report b) {
        for (Crossover x : a.crossovers()) {
            Crossover y = b.crossovers().stream().filter(c -> c.workload().equals(x.workload()) && c.withOps() == x.withOps()
                            && (c.a().equals(x.a()) && c.b().equals(x.b()) || c.a().equals(x.b()) && c.b().equals(x.a())))
                    .findFirst().orElseThrow(() -> new AssertionError("no crossover for " + x.a() + "/" + x.b()));
            String what = x.a() + "/" + x.b() + "/" + x.workload() + " ops=" + x.withOps();
            assertEquals(x.crossings().size(), y.crossings().size(), what + " crossings " + x.crossings() + " vs " + y.crossings());
            for (int k = 0; k < x.crossings().size(); k++) {
                close(x.crossings().get(k), y.crossings().get(k), 1e-12, what + " crossing " + k);
            }
            assertEquals(x.stableAbove() == null, y.stableAbove() == null, what);
            assertEquals(x.cheaperAbove(), y.cheaperAbove(), what);
            assertEquals(x.cheaperBelow(), y.cheaperBelow(), what);
        }
        assertFalse(a.crossovers().isEmpty());
    }
}
