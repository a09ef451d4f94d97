package com.cp1ki.engine.drift;

import com.cp1ki.engine.ApiCost;
import com.cp1ki.engine.Fmt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Applies the drift rule to one feature's series, window by window, and splits every judged change. */
final class Judge {
    /** Relative rounding a CP1Ki may differ from the limit by and still count as equal. */
    static final double EPS = 1e-9;
    /** Judged windows in a row back under the resolve level that close a drift (so one quiet day does not). */
    static final int QUIET_TO_CLOSE = 3;
    private final Series s;
    private final DriftRule rule;
    private final Granularity g;
    private final PriceBook prices;
    private final double[] bucketCp1ki;

    Judge(Series s, DriftRule rule, Granularity g, PriceBook prices) {
        this.s = s;
        this.rule = rule;
        this.g = g;
        this.prices = prices;
        bucketCp1ki = new double[s.buckets];
        for (int j = 0; j < s.buckets; j++) {
            Sums[] b = Periods.bucket(s, j);
            bucketCp1ki[j] = Periods.inferences(s, b) >= Math.max(1, rule.minRequests()) ? Periods.cp1ki(s, b) : Double.NaN;
        }
    }

    List<DriftPoint> points() {
        int f0 = 0;
        while (f0 < s.buckets && s.requests[f0] == 0) {
            f0++;
        }
        List<DriftPoint> out = new ArrayList<>();
        boolean open = false;
        int quiet = 0;
        for (int j = 0; j < s.buckets; j++) {
            DriftPoint p = point(j, f0, open);
            if (p.state().drifted()) {
                open = true;
                quiet = 0;
            } else if (p.state() == State.OK || p.state() == State.BELOW_FLOOR) {
                quiet++;
                open &= quiet < QUIET_TO_CLOSE;
            }
            out.add(p);
        }
        return out;
    }

    private DriftPoint point(int j, int f0, boolean lastDrifted) {
        long bucket = s.first + j;
        Sums[] b = Periods.bucket(s, j);
        double n = Periods.inferences(s, b);
        double req = s.requests[j];
        Map<String, Double> mix = new LinkedHashMap<>();
        for (int k = 0; k < b.length; k++) {
            if (b[k] != null && !s.keyFailed.get(k) && n > 0) {
                mix.merge(s.keyStack.get(k).name(), b[k].n / n, Double::sum);
            }
        }
        double cost = Periods.cost(b);
        Verdict v = verdict(j, f0, lastDrifted);
        return new DriftPoint(bucket, g.label(bucket), req, n, Periods.failed(s, b), s.unpriced[j],
                req > 0 ? s.input[j] / req : 0, req > 0 ? s.output[j] / req : 0, req > 0 ? s.cachedAll[j] / req : 0,
                s.input[j] > 0 ? s.cachedAll[j] / s.input[j] : 0, cost, n > 0 ? 1000 * cost / n : null,
                s.costColumn ? Periods.billed(b) : null, Periods.modelledOfBilled(b), mix, v.state, v.reason,
                v.window, v.baseline, v.low, v.high, v.extra, v.decomposition);
    }

    private record Verdict(State state, String reason, Double window, Double baseline, Double low, Double high,
                           Double extra, Decomposition decomposition) {
        static Verdict not(State s, String reason, Double window) {
            return new Verdict(s, reason, window, null, null, null, null, null);
        }
    }

    private Verdict verdict(int j, int f0, boolean lastDrifted) {
        int w = rule.window();
        int from = j - w + 1;
        Sums[] win = Periods.sum(s, from, j, x -> true);
        double n = Periods.inferences(s, win);
        double req = 0;
        double unpriced = 0;
        for (int x = Math.max(0, from); x <= j; x++) {
            req += s.requests[x];
            unpriced += s.unpriced[x];
        }
        Double cp = n > 0 ? 1000 * Periods.cost(win) / n : null;
        if (req == 0) {
            return Verdict.not(State.NO_DATA, "no requests", null);
        }
        if (from - f0 < rule.warmUp()) {
            return Verdict.not(State.WARM_UP, "warming up: " + Fmt.count(Math.max(0, from - f0)) + " of "
                    + Fmt.count(rule.warmUp()) + " " + unit(rule.warmUp()) + " of history", cp);
        }
        if (unpriced > rule.maxUnpricedShare() * req) {
            return Verdict.not(State.NOT_ENOUGH_DATA, "not enough data: " + Fmt.count(unpriced) + " requests ("
                    + Fmt.pct(unpriced / req) + ") are of models the project does not price", cp);
        }
        if (n < rule.minRequests() || n == 0) {
            return Verdict.not(State.NOT_ENOUGH_DATA, "not enough data: " + Fmt.count(n) + " inferences, the rule needs "
                    + Fmt.count(rule.minRequests()), cp);
        }
        int bTo = from - 1;
        int bFrom = from - rule.baseline();
        Sums[] base = Periods.sum(s, bFrom, bTo, x -> sameSlot(x, j));
        double nb = Periods.inferences(s, base);
        if (nb == 0) {
            return Verdict.not(State.NOT_ENOUGH_DATA, "not enough data: no inferences in the baseline", cp);
        }
        double pooled = 1000 * Periods.cost(base) / nb;
        double centre;
        double low;
        double high;
        if (rule.robust()) {
            double[] vals = new double[Math.max(0, bTo - Math.max(0, bFrom) + 1)];
            int m = 0;
            for (int x = Math.max(0, bFrom); x <= bTo; x++) {
                if (sameSlot(x, j) && !Double.isNaN(bucketCp1ki[x])) {
                    vals[m++] = bucketCp1ki[x];
                }
            }
            if (m < 3) {
                return Verdict.not(State.NOT_ENOUGH_DATA, "not enough data: " + m + " baseline " + unit(2)
                        + " with enough requests, robust mode needs 3", cp);
            }
            double[] v = Arrays.copyOf(vals, m);
            centre = median(v);
            double[] dev = new double[m];
            for (int k = 0; k < m; k++) {
                dev[k] = Math.abs(v[k] - centre);
            }
            double mad = median(dev);
            low = centre - rule.madK() * mad;
            high = centre + rule.madK() * mad;
        } else {
            centre = pooled;
            low = pooled;
            high = rule.threshold() * pooled;
        }
        Decomposition d = Shapley.split(s, base, win, fallback(bTo), fallback(j), pooled, cp);
        boolean drift = cp > high * (1 + EPS); // equal within rounding is not above
        // hysteresis: a drift goes on until the CP1Ki is back under halfway between baseline and limit
        double resolve = centre + (high - centre) / 2;
        boolean still = lastDrifted && cp > resolve * (1 + EPS);
        double extra = (cp - centre) * n / 1000;
        State state;
        String reason;
        String against = (rule.robust() ? "the baseline median " : "the baseline ") + Fmt.usd(centre);
        if (!drift && !still) {
            state = State.OK;
            reason = "within the rule: " + Fmt.usd(cp) + " against " + against + " (limit " + Fmt.usd(high) + ")";
        } else if (extra < rule.floorUsd()) {
            state = State.BELOW_FLOOR;
            reason = "above the limit " + Fmt.usd(high) + " but the extra spend " + Fmt.usd(extra)
                    + " is under the floor " + Fmt.usd(rule.floorUsd());
        } else if (still) {
            state = State.ABOVE;
            reason = "still drifting: " + Fmt.usd(cp) + " is " + Fmt.pct(cp / centre - 1) + " above " + against
                    + " (the drift closes after " + QUIET_TO_CLOSE + " " + unit(QUIET_TO_CLOSE) + " under " + Fmt.usd(resolve)
                    + "); extra spend " + Fmt.usd(extra);
        } else {
            state = State.ALERT;
            reason = "drift: " + Fmt.usd(cp) + " is " + Fmt.pct(cp / centre - 1) + " above " + against + " (limit "
                    + Fmt.usd(high) + "); extra spend " + Fmt.usd(extra) + "; largest driver: " + d.largest().label();
        }
        return new Verdict(state, reason, cp, centre, low, high, extra, d);
    }

    /** Whether bucket offset x belongs to the baseline of the window ending at j (same weekday and hour when asked). */
    private boolean sameSlot(int x, int j) {
        if (!rule.sameWeekday()) {
            return true;
        }
        int perWeek = 7 * g.perDay();
        return Math.floorMod(s.first + x, perWeek) == Math.floorMod(s.first + j, perWeek);
    }

    /** List rates of every key at the date of bucket offset j (for token kinds a period lacks). */
    private ApiCost.Rates[] fallback(int j) {
        LocalDate day = g.date(s.first + Math.max(0, j));
        ApiCost.Rates[] r = new ApiCost.Rates[s.keys()];
        for (int k = 0; k < r.length; k++) {
            r[k] = s.rates(k, day, prices);
        }
        return r;
    }

    private String unit(int n) {
        String u = g == Granularity.DAY ? "day" : "hour";
        return n == 1 ? u : u + "s";
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        int m = c.length;
        return m % 2 == 1 ? c[m / 2] : (c[m / 2 - 1] + c[m / 2]) / 2;
    }
}
