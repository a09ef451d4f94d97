package com.cp1ki.engine;

import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.PlanResult.UsagePoint;

import java.util.ArrayList;
import java.util.List;

/**
 * Margins of a plan: for a user with monthly usage x, R(x) = price + max(0, x - q) x overage,
 * K(x) = x c, M(x) = R(x) - K(x); expectations over the usage distribution in closed form.
 */
final class PlanMargins {
    static final int CURVE_POINTS = 80;

    private PlanMargins() {
    }

    /**
     * The plan's margins at cost per inference c (USD). {@code costExplanation} says how c was found.
     */
    static PlanResult of(Plan plan, Settings settings, double c, PlanExplanations.CostSource cost) {
        UsageModel u = UsageModel.of(plan.usage());
        Mean m = mean(plan, settings, c, u);
        Terms t = m.terms;
        double meanUsage = m.meanUsage;
        double median = u.quantile(0.5);
        double revenue = m.revenue;
        double costPerUser = m.costPerUser;
        double margin = m.margin;
        double gross = revenue == 0 ? Double.NaN : 100 * margin / revenue;
        double[] neg = m.negative;
        double unprofitable = m.unprofitable;
        Double breakEven = neg == null ? null : neg[0];
        double atMedian = t.margin(median);
        double xp = plan.powerUserUsage() != null ? plan.powerUserUsage() : u.quantile(0.99);
        double atPower = t.margin(xp);
        Double wipeout = atMedian <= 0 ? null : Math.max(0, -atPower / atMedian);
        List<UsagePoint> curve = curve(u, t, breakEven, xp);
        var values = new PlanExplanations.Values(t.price, t.quota, t.overage, c, meanUsage, median, revenue,
                costPerUser, margin, gross, unprofitable, breakEven, atMedian, xp, atPower, wipeout, neg);
        return new PlanResult(plan.name(), plan.stack(), c, t.price, t.quota, t.overage * 1000, meanUsage, median,
                revenue, costPerUser, margin, gross, unprofitable, breakEven, atMedian, xp, atPower, wipeout, curve,
                PlanExplanations.of(plan, settings, cost, values));
    }

    /**
     * The margins a Monte Carlo draw follows, without the curve and the explanations: the mean
     * margin per user and the share of users with a negative margin at cost per inference c (USD).
     *
     * @param u the plan's usage model (read once for many draws)
     */
    static Mean mean(Plan plan, Settings settings, double c, UsageModel u) {
        Terms t = new Terms(settings.toUsd(plan.pricePerUserMonth()), plan.includedInferences(),
                settings.toUsd(plan.overagePer1000()) / 1000, c);
        double meanUsage = u.mean();
        double revenue = t.price + (t.quota == null ? 0 : t.overage * u.expectedExcess(t.quota));
        double costPerUser = c * meanUsage;
        double[] neg = t.negativeInterval();
        return new Mean(t, meanUsage, revenue, costPerUser, revenue - costPerUser, neg,
                neg == null ? 0 : u.shareBetween(neg[0], neg[1]));
    }

    /** A plan's expected revenue, cost and margin per user, and its negative-margin usage interval and share. */
    record Mean(Terms terms, double meanUsage, double revenue, double costPerUser, double margin, double[] negative,
                double unprofitable) {
    }

    private static List<UsagePoint> curve(UsageModel u, Terms t, Double breakEven, double xp) {
        double lo = u.quantile(0.005);
        double hi = u.quantile(0.999);
        if (!(lo > 0)) {
            lo = Math.max(1, hi / 1000);
        }
        if (!(hi > lo)) {
            hi = lo * 10;
        }
        double ratio = Math.pow(hi / lo, 1.0 / (CURVE_POINTS - 1));
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs.add(lo * Math.pow(ratio, i));
        }
        if (breakEven != null && breakEven > 0) {
            xs.add(breakEven);
        }
        if (xp > 0) {
            xs.add(xp);
        }
        xs.sort(null);
        List<UsagePoint> pts = new ArrayList<>(xs.size());
        for (double x : xs) {
            pts.add(new UsagePoint(x, t.margin(x), u.density(x, ratio)));
        }
        return pts;
    }

    /** Price, quota, overage per inference and cost per inference, all USD. */
    record Terms(double price, Double quota, double overage, double cost) {
        double margin(double x) {
            double over = quota == null ? 0 : Math.max(0, x - quota) * overage;
            return price + over - cost * x;
        }

        /** The usage interval (a, b) where the margin is negative, b possibly infinite; null if none. */
        double[] negativeInterval() {
            double inf = Double.POSITIVE_INFINITY;
            if (quota == null) {
                return cost > 0 ? new double[]{price / cost, inf} : null;
            }
            double q = quota;
            if (price - cost * q < 0) {
                double a = price / cost;
                double b = overage > cost ? q + (cost * q - price) / (overage - cost) : inf;
                return new double[]{a, b};
            }
            if (overage < cost) {
                return new double[]{q + (price - cost * q) / (cost - overage), inf};
            }
            return null;
        }
    }
}
