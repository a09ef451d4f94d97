package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.UsageDistribution;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans on a stack that costs exactly $0.002 per inference. Lognormal usage with median 1,000 and
 * sigma 1 (p95 = 1,000 x e^1.6449). Expectations are checked against a numerical integral.
 */
class PlanMarginsTest {
    static final Workload W = new Workload("w", 1000, new TypedMeans(10, 10), null, 1);
    static final Stack FLAT = new Stack("flat", true, Fixtures.api(0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0.002), CommonCosts.NONE);
    static final LognormalUsage SIGMA_ONE = new LognormalUsage(1000, 1000 * Math.exp(LognormalUsage.Z95));

    static PlanResult plan(double price, Double quota, double overagePer1000, UsageDistribution u, Double power) {
        Plan p = new Plan("pro", price, quota, overagePer1000, List.of("w"), "flat", u, power);
        return CostEngine.report(Fixtures.project(List.of(W), List.of(FLAT), List.of(p))).plans().get(0);
    }

    /** E[g(x)] for the lognormal, by the trapezoid rule over z in [-12, 12]. */
    static double expect(DoubleUnaryOperator g) {
        int n = 200_000;
        double h = 24.0 / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double z = -12 + i * h;
            double f = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            s += (i == 0 || i == n ? 0.5 : 1) * f * g.applyAsDouble(1000 * Math.exp(z));
        }
        return s * h;
    }

    @Test
    void theSeedsRupeePlanLeavesFiftySixCentsAtAThousandInferences() {
        Settings inr = new Settings("INR", 83, "2026-11-01", "seed 004", 730, 30, 1e2, 1e8);
        Plan p = new Plan("starter", 299, null, 0, List.of("document_summariser"), "Claude Haiku 3.5",
                new LognormalUsage(1000, 3000), null);
        Project project = new Project("seed", inr, List.of(Fixtures.summariser()), List.of(Fixtures.haiku()), List.of(p));
        PlanResult r = CostEngine.report(project).plans().get(0);
        assertEquals(3.60, Math.round(r.priceUsd() * 100) / 100.0);
        assertEquals(0.00304, r.costPerInference(), 1e-12);
        assertEquals(0.56, Math.round(r.marginAtMedian() * 100) / 100.0);
        assertTrue(r.explanations().stream().anyMatch(e -> e.substituted().equals("299.00 INR / 83.00 = $3.60")));
        assertTrue(r.explanations().stream().anyMatch(e -> e.substituted().equals("$3.60 - 1,000 x $0.00304 = $0.56")));
    }

    @Test
    void overageAboveCostMeansNoUserLosesMoney() {
        PlanResult r = plan(10, 1000.0, 5, SIGMA_ONE, null);
        double revenue = expect(x -> 10 + Math.max(0, x - 1000) * 0.005);
        assertEquals(revenue, r.meanRevenuePerUser(), 1e-6);
        assertEquals(expect(x -> 0.002 * x), r.meanCostPerUser(), 1e-6);
        assertEquals(revenue - expect(x -> 0.002 * x), r.meanMarginPerUser(), 1e-6);
        assertEquals(100 * r.meanMarginPerUser() / r.meanRevenuePerUser(), r.grossMarginPct(), 1e-9);
        assertEquals(0, r.unprofitableShare());
        assertNull(r.breakEvenUsage());
        assertEquals(1000 * Math.exp(0.5), r.meanUsage(), 1e-9);
    }

    @Test
    void overageBelowCostLosesMoneyBeyondTheBreakEven() {
        PlanResult r = plan(10, 1000.0, 1, SIGMA_ONE, null);
        // M(x) = 10 - 2 - 0.001 (x - 1000) for x > 1000: zero at 9,000
        assertEquals(9000, r.breakEvenUsage(), 1e-9);
        assertEquals(expect(x -> x > 9000 ? 1 : 0), r.unprofitableShare(), 2e-5);
    }

    @Test
    void anUnlimitedPlanBreaksEvenAtPriceOverCost() {
        PlanResult r = plan(10, null, 0, SIGMA_ONE, null);
        assertEquals(5000, r.breakEvenUsage(), 1e-9);
        assertEquals(expect(x -> x > 5000 ? 1 : 0), r.unprofitableShare(), 2e-5);
        assertEquals(10, r.meanRevenuePerUser(), 1e-12);
        assertEquals(8, r.marginAtMedian(), 1e-9);
    }

    @Test
    void aPowerUserWipesOutTheMarginOfSeveralMedianUsers() {
        PlanResult r = plan(10, null, 0, SIGMA_ONE, 20_000.0);
        assertEquals(-30, r.marginAtPowerUser(), 1e-9);
        assertEquals(30 / 8.0, r.powerUserWipeout(), 1e-9);
    }

    @Test
    void thePowerUserDefaultsToTheUsageP99() {
        PlanResult r = plan(10, null, 0, SIGMA_ONE, null);
        assertEquals(1000 * Math.exp(2.326347874), r.powerUserUsage(), 1e-3);
    }

    @Test
    void aPlanWhoseMedianUserLosesMoneyIsWarnedAboutAndHasNoWipeout() {
        Plan p = new Plan("cheap", 1, null, 0, List.of("w"), "flat", SIGMA_ONE, null);
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(FLAT), List.of(p)));
        assertNull(r.plans().get(0).powerUserWipeout());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("plan-median-unprofitable")));
    }

    @Test
    void aPlanOnADisabledStackIsStillComputedAndWarnedAbout() {
        Plan p = new Plan("pro", 10, null, 0, List.of("w"), "flat", SIGMA_ONE, null);
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(FLAT.withEnabled(false)), List.of(p)));
        assertEquals(0.002, r.plans().get(0).costPerInference(), 1e-15);
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("plan-stack-disabled")));
    }

    @Test
    void importedUserCountsGiveEmpiricalMargins() {
        UserCounts u = new UserCounts(new double[]{100, 1000, 10_000}, new double[]{50, 40, 10});
        PlanResult r = plan(10, null, 0, u, null);
        assertEquals(1450, r.meanUsage(), 1e-9);
        assertEquals(100, r.medianUsage());
        assertEquals(0.1, r.unprofitableShare(), 1e-12);
        assertEquals(10 - 2.9, r.meanMarginPerUser(), 1e-9);
        assertEquals(71, r.grossMarginPct(), 1e-9);
        assertEquals(10_000, r.powerUserUsage());
        assertEquals(10 / 9.8, r.powerUserWipeout(), 1e-9);
    }

    @Test
    void theMarginCurveSpansTheUsageRangeWithItsDensity() {
        PlanResult r = plan(10, null, 0, SIGMA_ONE, null);
        assertEquals(82, r.curve().size());
        assertTrue(r.curve().stream().anyMatch(p -> p.usage() == 5000));
        double mass = 0;
        for (int i = 1; i < r.curve().size(); i++) {
            var a = r.curve().get(i - 1);
            var b = r.curve().get(i);
            assertTrue(b.usage() >= a.usage());
            mass += (b.usage() - a.usage()) * (a.density() + b.density()) / 2;
            assertEquals(10 - 0.002 * b.usage(), b.margin(), 1e-9);
        }
        assertEquals(0.994, mass, 0.002);
    }
}
