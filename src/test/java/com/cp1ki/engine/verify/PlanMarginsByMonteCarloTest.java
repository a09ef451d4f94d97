package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.PlanResult;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plan margins (cost-model.md, "Plans and margins") against a seeded Monte Carlo of 1,000,000
 * lognormal users per plan, and against direct weighted sums for imported user counts.
 * R(x) = price + max(0, x - q) x overage / 1000, K(x) = x c, M(x) = R(x) - K(x).
 */
class PlanMarginsByMonteCarloTest {
    private static final int DRAWS = 1_000_000;
    /** Standard errors allowed between the Monte Carlo mean and the engine's closed form. */
    private static final double Z = 4;

    /** $0.80 / $4.00 per 1M, 1,800 in and 400 out: c = $0.00304 exactly as seed 004. */
    private static final Stack HAIKU = new Stack("haiku", true, ManagedApi.simple("A", "H", 0.80, 4.00), CommonCosts.NONE);
    private static final double C = 0.00304;

    @Test
    void quotaWithOverageAboveCostMatchesTheMonteCarlo() {
        // overage $5 / 1,000 > c = $3.04 / 1,000: heavy users pay for themselves beyond the quota
        checkLognormal(new Plan("quota-dear", 10, 800.0, 5, List.of("w"), "haiku", new LognormalUsage(600, 5000), null), 1);
    }

    @Test
    void quotaWithOverageBelowCostMatchesTheMonteCarlo() {
        // overage $2 / 1,000 < c: margin falls without bound beyond the quota
        checkLognormal(new Plan("quota-cheap", 4, 1000.0, 2, List.of("w"), "haiku", new LognormalUsage(900, 6000), 20_000.0), 1);
    }

    @Test
    void quotaAboveBreakEvenWithDearOverageHasABoundedLossMakingBand() {
        // price $2 breaks even at 658 inferences, below the quota of 1,500; overage $9 / 1,000 recovers the loss
        PlanResult r = checkLognormal(new Plan("band", 2, 1500.0, 9, List.of("w"), "haiku", new LognormalUsage(700, 3000), null), 1);
        close(2 / C, r.breakEvenUsage(), 1e-12, "break-even at price / c inside the quota");
    }

    @Test
    void unlimitedInrPlanOfSeed004MatchesTheMonteCarloAndLeavesFiftySixCentsAtOneThousandInferences() {
        PlanResult r = checkLognormal(new Plan("inr", 299, null, 0, List.of("w"), "haiku", new LognormalUsage(1000, 3000), null), 83);
        close(299 / 83.0, r.priceUsd(), 1e-12, "299 INR at 83 INR/USD");
        close(299 / 83.0 - 1000 * C, r.marginAtMedian(), 1e-9, "margin of the 1,000-inference median user ($0.56)");
    }

    @Test
    void importedUserCountsAreDirectWeightedSums() {
        Random rnd = new Random(77);
        for (int run = 0; run < 20; run++) {
            int n = 1 + rnd.nextInt(400);
            double[] usage = new double[n];
            double[] users = new double[n];
            for (int k = 0; k < n; k++) {
                usage[k] = Math.floor(Math.exp(6 + 1.3 * rnd.nextGaussian()));
                users[k] = 1 + rnd.nextInt(50);
            }
            Double quota = rnd.nextBoolean() ? null : Math.floor(Math.exp(6 + rnd.nextGaussian()));
            double overage = rnd.nextDouble() * 8;
            double price = 0.5 + rnd.nextDouble() * 8;
            Plan plan = new Plan("counts", price, quota, overage, List.of("w"), "haiku", new UserCounts(usage, users), null);
            PlanResult r = engine(plan, 1);
            Terms t = new Terms(price, quota, overage / 1000, C);
            double total = 0;
            double rev = 0;
            double cost = 0;
            double neg = 0;
            double use = 0;
            for (int k = 0; k < n; k++) {
                total += users[k];
                rev += users[k] * t.revenue(usage[k]);
                cost += users[k] * usage[k] * C;
                use += users[k] * usage[k];
                neg += t.margin(usage[k]) < 0 ? users[k] : 0;
            }
            String what = "user counts run " + run;
            close(use / total, r.meanUsage(), 1e-12, what + " mean usage");
            close(rev / total, r.meanRevenuePerUser(), 1e-12, what + " revenue");
            close(cost / total, r.meanCostPerUser(), 1e-12, what + " cost");
            close((rev - cost) / total, r.meanMarginPerUser(), 1e-9, what + " margin");
            close(100 * (rev - cost) / rev, r.grossMarginPct(), 1e-9, what + " gross margin %");
            close(neg / total, r.unprofitableShare(), 1e-12, what + " unprofitable share");
            double median = Brute.nearestRank(usage, users, 0.5);
            double p99 = Brute.nearestRank(usage, users, 0.99);
            assertEquals(median, r.medianUsage(), what + " median (nearest rank)");
            assertEquals(p99, r.powerUserUsage(), what + " power user at the p99 (nearest rank)");
            checkBreakEvenAndWipeout(r, t, median, p99, what);
        }
    }

    @Test
    void randomLognormalPlansMatchANumericalIntegralOverTheirUsers() {
        // E[f(x)] = integral of f(exp(mu + sigma z)) phi(z) dz by the trapezoid rule on 200,000 steps of z in [-10, 10]
        Random rnd = new Random(4242);
        int steps = 200_000;
        double h = 20.0 / steps;
        for (int run = 0; run < 25; run++) {
            double median = Math.exp(4 + 3 * rnd.nextDouble());
            double p95 = median * Math.exp(rnd.nextDouble() * 2.2);
            Double quota = rnd.nextBoolean() ? null : median * Math.exp(rnd.nextGaussian());
            double overage = rnd.nextDouble() * 8;
            double price = 0.5 + rnd.nextDouble() * 6;
            Plan plan = new Plan("r" + run, price, quota, overage, List.of("w"), "haiku", new LognormalUsage(median, p95), null);
            PlanResult r = engine(plan, 1);
            Terms t = new Terms(price, quota, overage / 1000, C);
            double mu = Math.log(median);
            double sigma = Math.log(p95 / median) / 1.6449;
            double rev = 0;
            double use = 0;
            double neg = 0;
            for (int i = 0; i <= steps; i++) {
                double z = -10 + i * h;
                double f = (i == 0 || i == steps ? 0.5 : 1) * h * Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
                double x = Math.exp(mu + sigma * z);
                rev += f * t.revenue(x);
                use += f * x;
                neg += t.margin(x) < 0 ? f : 0;
            }
            String what = "lognormal plan " + run + " " + plan;
            close(use, r.meanUsage(), 1e-7, what + " mean usage");
            close(rev, r.meanRevenuePerUser(), 1e-7, what + " mean revenue");
            close(use * C, r.meanCostPerUser(), 1e-7, what + " mean cost");
            assertTrue(Math.abs(rev - use * C - r.meanMarginPerUser()) <= 1e-7 * rev, what + " mean margin");
            assertTrue(Math.abs(100 * (rev - use * C) / rev - r.grossMarginPct()) <= 1e-5, what + " gross margin %");
            assertTrue(Math.abs(neg - r.unprofitableShare()) <= 1e-4, what + " unprofitable share " + neg + " vs "
                    + r.unprofitableShare());
            close(median, r.medianUsage(), 1e-9, what + " median");
            close(Math.exp(mu + sigma * 2.3263478740), r.powerUserUsage(), 1e-6, what + " p99 power user");
            checkBreakEvenAndWipeout(r, t, r.medianUsage(), r.powerUserUsage(), what);
        }
    }

    @Test
    void volumeWeightedCostOfAPlanDrivingTwoWorkloads() {
        Workload a = new Workload("a", 30_000, new TypedMeans(1800, 400), null, 1);
        Workload b = new Workload("b", 10_000, new TypedMeans(500, 100), null, 1);
        Plan plan = new Plan("mix", 5, null, 0, List.of("a", "b"), "haiku", new LognormalUsage(500, 2000), null);
        Project p = new Project("p", Settings.DEFAULT, List.of(a, b), List.of(HAIKU), List.of(plan));
        PlanResult r = CostEngine.report(p).plans().get(0);
        double ca = (1800 * 0.8 + 400 * 4.0) / 1e6;
        double cb = (500 * 0.8 + 100 * 4.0) / 1e6;
        close((30_000 * ca + 10_000 * cb) / 40_000, r.costPerInference(), 1e-12, "volume-weighted c");
    }

    private static PlanResult engine(Plan plan, double fx) {
        Workload w = new Workload("w", 10_000, new TypedMeans(1800, 400), null, 1);
        Settings s = new Settings(fx == 1 ? "USD" : "INR", fx, fx == 1 ? null : "2026-11-01", fx == 1 ? null : "test",
                730, 30, 1e2, 1e8);
        Project p = new Project("p", s, List.of(w), List.of(HAIKU), List.of(plan));
        PlanResult r = CostEngine.report(p).plans().get(0);
        close(C, r.costPerInference(), 1e-12, "c of the plan's stack");
        return r;
    }

    private static PlanResult checkLognormal(Plan plan, double fx) {
        PlanResult r = engine(plan, fx);
        LognormalUsage u = (LognormalUsage) plan.usage();
        double mu = Math.log(u.median());
        double sigma = Math.log(u.p95() / u.median()) / 1.6449;
        Terms t = new Terms(plan.pricePerUserMonth() / fx, plan.includedInferences(), plan.overagePer1000() / fx / 1000, C);
        SplittableRandom rnd = new SplittableRandom(plan.name().hashCode());
        double[] xs = new double[DRAWS];
        double sr = 0, sr2 = 0, sk = 0, sk2 = 0, sm = 0, sm2 = 0;
        long neg = 0;
        for (int i = 0; i < DRAWS; i++) {
            double x = Math.exp(mu + sigma * rnd.nextGaussian());
            xs[i] = x;
            double rev = t.revenue(x);
            double k = x * C;
            double m = rev - k;
            sr += rev;
            sr2 += rev * rev;
            sk += k;
            sk2 += k * k;
            sm += m;
            sm2 += m * m;
            neg += m < 0 ? 1 : 0;
        }
        String what = plan.name();
        double[] rev = meanAndError(sr, sr2);
        double[] cost = meanAndError(sk, sk2);
        double[] margin = meanAndError(sm, sm2);
        within(rev, r.meanRevenuePerUser(), what + " mean revenue");
        within(cost, r.meanCostPerUser(), what + " mean cost");
        within(margin, r.meanMarginPerUser(), what + " mean margin");
        within(new double[]{cost[0] / C, cost[1] / C}, r.meanUsage(), what + " mean usage");
        double gm = 100 * margin[0] / rev[0];
        double gmErr = 100 * (margin[1] / rev[0] + Math.abs(margin[0]) * rev[1] / (rev[0] * rev[0]));
        within(new double[]{gm, gmErr}, r.grossMarginPct(), what + " gross margin %");
        double share = (double) neg / DRAWS;
        within(new double[]{share, Math.sqrt(Math.max(share * (1 - share), 1e-12) / DRAWS)}, r.unprofitableShare(),
                what + " unprofitable share");
        Arrays.sort(xs);
        close(xs[DRAWS / 2], r.medianUsage(), 0.005, what + " median usage");
        double xp = plan.powerUserUsage() != null ? plan.powerUserUsage() : xs[(int) (0.99 * DRAWS)];
        close(xp, r.powerUserUsage(), plan.powerUserUsage() != null ? 1e-12 : 0.01, what + " power-user usage");
        checkBreakEvenAndWipeout(r, t, r.medianUsage(), r.powerUserUsage(), what);
        return r;
    }

    private static void checkBreakEvenAndWipeout(PlanResult r, Terms t, double median, double xp, String what) {
        close(t.margin(median), r.marginAtMedian(), 1e-9, what + " M(median)");
        close(t.margin(xp), r.marginAtPowerUser(), 1e-9, what + " M(x_p)");
        if (t.margin(median) > 0) {
            assertNotNull(r.powerUserWipeout(), what + " wipe-out");
            close(Math.max(0, -t.margin(xp) / t.margin(median)), r.powerUserWipeout(), 1e-9, what + " wipe-out");
        } else {
            assertNull(r.powerUserWipeout(), what + " no wipe-out when the median user loses money");
        }
        Double be = r.breakEvenUsage();
        // scan usage up to 1e7 per user for the first x where the margin turns negative
        double firstNegative = Double.NaN;
        for (double x = 0; x < 1e7; x = Math.max(1, x * 1.001)) {
            if (t.margin(x) < 0) {
                firstNegative = x;
                break;
            }
        }
        if (Double.isNaN(firstNegative)) {
            assertNull(be, what + " never loses money, so no break-even");
            return;
        }
        assertNotNull(be, what + " break-even");
        assertTrue(Math.abs(t.margin(be)) <= 1e-9 * t.price, what + " M(break-even) = 0, was " + t.margin(be));
        assertTrue(be <= firstNegative && be >= firstNegative / 1.001 - 1, what + " break-even " + be
                + " is where the margin first turns negative, near " + firstNegative);
    }

    private static double[] meanAndError(double s, double s2) {
        double mean = s / DRAWS;
        double var = Math.max(0, s2 / DRAWS - mean * mean);
        return new double[]{mean, Math.sqrt(var / DRAWS)};
    }

    private static void within(double[] mc, double engine, String what) {
        double tol = Z * mc[1] + 1e-12 * Math.abs(mc[0]);
        assertTrue(Math.abs(mc[0] - engine) <= tol, what + ": Monte Carlo " + mc[0] + " +- " + mc[1]
                + " vs engine " + engine);
    }

    /** Plan terms in USD, overage per inference. */
    record Terms(double price, Double quota, double overage, double c) {
        double revenue(double x) {
            return price + (quota == null ? 0 : Math.max(0, x - quota) * overage);
        }

        double margin(double x) {
            return revenue(x) - c * x;
        }
    }
}
