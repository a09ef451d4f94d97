package com.cp1ki.engine.drift;

import com.cp1ki.engine.ApiCost;
import com.cp1ki.engine.Fmt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a change of CP1Ki between two periods into its six drivers by the Shapley value.
 *
 * <p>CP1Ki is written as a function of the drivers (docs/cost-model.md, "Why it moved"):
 * <pre>
 *   CP1Ki = 1000 x [ sum over successful groups g of q_g x sum over bands k of t_k x u_k
 *                  + phi x sum over failed groups g of q_g x sum over bands k of t_k x u_k ]
 *   u_k   = pU i (1 - h - w) + pC i h + pW i w + pO o + pF
 * </pre>
 * where a group is a stack with an outcome (successful or failed), q its share of the successful
 * (or failed) requests, t a band's share of its group (long-context or not), i, o the band's mean
 * input and output tokens, h, w its cache read and write shares of input, p its effective rates
 * (the period's cost of each token kind / those tokens), and phi the failed attempts per
 * inference. Drivers: input = (t, i), output = o, cache = (h, w), mix = q, price = p,
 * retries = phi. With every driver at its baseline value the function gives the baseline
 * CP1Ki exactly, at the window's values the window's. A group or band missing from one period
 * takes the other period's means (it has weight 0 where it is missing, so both ends stay exact,
 * and a new model's change lands on the mix); a token kind with no tokens in a period takes that
 * period's list rate.
 *
 * <p>The Shapley part of a driver is its marginal effect averaged over all 6! orders of moving
 * the drivers from baseline to window, computed from the 2^6 = 64 evaluations of the function.
 * The parts add up to the change by construction, and none depends on an arbitrary order.
 */
final class Shapley {
    static final int DRIVERS = 6;
    private static final int INPUT = 0;
    private static final int OUTPUT = 1;
    private static final int CACHE = 2;
    private static final int MIX = 3;
    private static final int PRICE = 4;
    private static final int RETRIES = 5;
    /** s! (n - s - 1)! / n! for n = 6. */
    private static final double[] WEIGHT = weights();

    private final int keys;
    private final int[] group;
    private final boolean[] groupFailed;
    private final double[][] t = new double[2][];
    private final double[][] i = new double[2][];
    private final double[][] o = new double[2][];
    private final double[][] h = new double[2][];
    private final double[][] w = new double[2][];
    private final double[][][] price = new double[2][][];
    private final double[][] q = new double[2][];
    private final double[] phi = new double[2];

    /**
     * @param series   the feature (for its keys)
     * @param periods  the baseline [0] and window [1] sums per key (entries may be null)
     * @param fallback per period and key, the list rates at the period's last date
     */
    private Shapley(Series series, Sums[][] periods, ApiCost.Rates[][] fallback) {
        keys = series.keys();
        group = new int[keys];
        List<String> groups = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            String g = series.keyStack.get(k).name() + (series.keyFailed.get(k) ? "\u0000failed" : "");
            int gi = groups.indexOf(g);
            if (gi < 0) {
                gi = groups.size();
                groups.add(g);
            }
            group[k] = gi;
        }
        groupFailed = new boolean[groups.size()];
        for (int k = 0; k < keys; k++) {
            groupFailed[group[k]] = series.keyFailed.get(k);
        }
        double[][] n = new double[2][keys];
        double[][] ng = new double[2][groups.size()];
        double[] ok = new double[2];
        double[] bad = new double[2];
        for (int p = 0; p < 2; p++) {
            for (int k = 0; k < keys; k++) {
                Sums s = periods[p][k];
                n[p][k] = s == null ? 0 : s.n;
                ng[p][group[k]] += n[p][k];
                if (series.keyFailed.get(k)) {
                    bad[p] += n[p][k];
                } else {
                    ok[p] += n[p][k];
                }
            }
            phi[p] = ok[p] > 0 ? bad[p] / ok[p] : 0;
        }
        for (int p = 0; p < 2; p++) {
            int other = 1 - p;
            t[p] = new double[keys];
            i[p] = new double[keys];
            o[p] = new double[keys];
            h[p] = new double[keys];
            w[p] = new double[keys];
            price[p] = new double[keys][];
            q[p] = new double[groups.size()];
            for (int g = 0; g < groups.size(); g++) {
                double den = groupFailed[g] ? bad[p] : ok[p];
                double denOther = groupFailed[g] ? bad[other] : ok[other];
                q[p][g] = den > 0 ? ng[p][g] / den : denOther > 0 ? ng[other][g] / denOther : 0;
            }
            for (int k = 0; k < keys; k++) {
                int g = group[k];
                t[p][k] = ng[p][g] > 0 ? n[p][k] / ng[p][g] : ng[other][g] > 0 ? n[other][k] / ng[other][g] : 0;
                Sums s = n[p][k] > 0 ? periods[p][k] : periods[other][k];
                if (s != null && s.n > 0) {
                    i[p][k] = s.in / s.n;
                    o[p][k] = s.out / s.n;
                    h[p][k] = s.in > 0 ? s.cached / s.in : 0;
                    w[p][k] = s.in > 0 ? s.write / s.in : 0;
                }
                Sums own = periods[p][k];
                ApiCost.Rates r = fallback[p][k];
                double[] pr = new double[5];
                pr[0] = own != null && own.uncached() > 0 ? own.costU / own.uncached() : r.uncached();
                pr[1] = own != null && own.cached > 0 ? own.costC / own.cached : r.cacheRead();
                pr[2] = own != null && own.write > 0 ? own.costW / own.write : r.cacheWrite();
                pr[3] = own != null && own.out > 0 ? own.costO / own.out : r.output();
                pr[4] = own != null && own.n > 0 ? own.costF / own.n : r.perRequest();
                price[p][k] = pr;
            }
        }
    }

    /** CP1Ki with each driver d at the window's values when bit d of mask is set, else at the baseline's. */
    private double value(int mask) {
        int pi = mask >> INPUT & 1;
        int po = mask >> OUTPUT & 1;
        int pc = mask >> CACHE & 1;
        int pm = mask >> MIX & 1;
        int pp = mask >> PRICE & 1;
        int pr = mask >> RETRIES & 1;
        double sum = 0;
        for (int k = 0; k < keys; k++) {
            double in = i[pi][k];
            double hh = h[pc][k];
            double ww = w[pc][k];
            double[] r = price[pp][k];
            double u = r[0] * in * (1 - hh - ww) + r[1] * in * hh + r[2] * in * ww + r[3] * o[po][k] + r[4];
            int g = group[k];
            double weight = groupFailed[g] ? phi[pr] : 1;
            sum += weight * q[pm][g] * t[pi][k] * u;
        }
        return 1000 * sum;
    }

    static Decomposition split(Series series, Sums[] base, Sums[] window, ApiCost.Rates[] fbBase,
                               ApiCost.Rates[] fbWindow, double baselineCp1ki, double windowCp1ki) {
        Shapley s = new Shapley(series, new Sums[][] {base, window}, new ApiCost.Rates[][] {fbBase, fbWindow});
        double[] f = new double[1 << DRIVERS];
        for (int m = 0; m < f.length; m++) {
            f[m] = s.value(m);
        }
        double[] parts = new double[DRIVERS];
        for (int d = 0; d < DRIVERS; d++) {
            int bit = 1 << d;
            double v = 0;
            for (int m = 0; m < f.length; m++) {
                if ((m & bit) == 0) {
                    v += WEIGHT[Integer.bitCount(m)] * (f[m | bit] - f[m]);
                }
            }
            parts[d] = v;
        }
        List<Decomposition.Part> out = new ArrayList<>();
        Driver[] drivers = Driver.values();
        String[][] text = describe(series, base, window, f);
        for (int d = 0; d < DRIVERS; d++) {
            out.add(new Decomposition.Part(drivers[d], parts[d], text[d][0], text[d][1]));
        }
        return new Decomposition(baselineCp1ki, windowCp1ki, out);
    }

    /** Each driver's value over the baseline and over the window, for people. */
    private static String[][] describe(Series s, Sums[] base, Sums[] window, double[] f) {
        String[][] t = new String[DRIVERS][2];
        Sums[][] periods = {base, window};
        for (int p = 0; p < 2; p++) {
            double n = 0;
            double in = 0;
            double out = 0;
            double cached = 0;
            double failed = 0;
            Map<String, Double> mix = new LinkedHashMap<>();
            for (int k = 0; k < s.keys(); k++) {
                Sums x = periods[p][k];
                if (x == null) {
                    continue;
                }
                if (s.keyFailed.get(k)) {
                    failed += x.n;
                    continue;
                }
                n += x.n;
                in += x.in;
                out += x.out;
                cached += x.cached;
                mix.merge(s.keyStack.get(k).name(), x.n, Double::sum);
            }
            t[INPUT][p] = n > 0 ? Fmt.count(Math.round(in / n * 10) / 10.0) + " tokens" : "-";
            t[OUTPUT][p] = n > 0 ? Fmt.count(Math.round(out / n * 10) / 10.0) + " tokens" : "-";
            t[CACHE][p] = in > 0 ? Fmt.pct(cached / in) : "-";
            t[MIX][p] = mixText(mix, n);
            t[RETRIES][p] = n > 0 ? Fmt.number(failed / n) + " per inference" : "-";
        }
        int all = (1 << DRIVERS) - 1;
        t[PRICE][0] = Fmt.usd(f[all & ~(1 << PRICE)]) + " at the baseline's prices";
        t[PRICE][1] = Fmt.usd(f[all]) + " at the window's prices";
        return t;
    }

    private static String mixText(Map<String, Double> mix, double n) {
        if (n <= 0) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        mix.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())).limit(3)
                .forEach(e -> b.append(b.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                        .append(Fmt.pct(e.getValue() / n)));
        if (mix.size() > 3) {
            b.append(", ...");
        }
        return b.toString();
    }

    private static double[] weights() {
        double[] w = new double[DRIVERS];
        for (int s = 0; s < DRIVERS; s++) {
            w[s] = factorial(s) * factorial(DRIVERS - s - 1) / factorial(DRIVERS);
        }
        return w;
    }

    private static double factorial(int n) {
        double f = 1;
        for (int k = 2; k <= n; k++) {
            f *= k;
        }
        return f;
    }
}
