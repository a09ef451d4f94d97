package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decomposition written the slow way, from rows: the driver function of cost-model.md evaluated
 * from per-row sums, and the Shapley value as the mean marginal effect over all 720 orders.
 */
final class OracleShapley {
    private OracleShapley() {
    }

    /** Per (stack, tier, failed) key of one period: requests, tokens and cost by kind. */
    static final class Key {
        double n;
        double in;
        double cached;
        double write;
        double out;
        double[] cost = new double[5];
    }

    static double[] parts(DriftOracleTest.Setup s, List<Rows.Row> base, List<Rows.Row> win, LocalDate baseDay,
                          LocalDate winDay) {
        List<Map<String, Key>> periods = List.of(period(s, base), period(s, win));
        Set<String> keys = new LinkedHashSet<>(periods.get(0).keySet());
        keys.addAll(periods.get(1).keySet());
        LocalDate[] days = {baseDay, winDay};
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
        double[] sum = new double[6];
        int[] count = {0};
        Map<Integer, Double> memo = new HashMap<>();
        permute(order, 0, perm -> {
            int mask = 0;
            double prev = memo.computeIfAbsent(mask, m -> f(s, periods, keys, days, m));
            for (int d : perm) {
                mask |= 1 << d;
                double next = memo.computeIfAbsent(mask, m -> f(s, periods, keys, days, m));
                sum[d] += next - prev;
                prev = next;
            }
            count[0]++;
        });
        for (int d = 0; d < 6; d++) {
            sum[d] /= count[0];
        }
        return sum;
    }

    interface Visit {
        void accept(List<Integer> perm);
    }

    static void permute(List<Integer> a, int k, Visit v) {
        if (k == a.size()) {
            v.accept(a);
            return;
        }
        for (int i = k; i < a.size(); i++) {
            java.util.Collections.swap(a, k, i);
            permute(a, k + 1, v);
            java.util.Collections.swap(a, k, i);
        }
    }

    static Map<String, Key> period(DriftOracleTest.Setup s, List<Rows.Row> rows) {
        Map<String, Key> m = new HashMap<>();
        for (Rows.Row r : rows) {
            Stack st = s.byModel().get(r.model());
            ManagedApi a = s.book().on(st, r.day());
            boolean tier = a.longContext() != null && r.in() > a.longContext().thresholdTokens();
            Key k = m.computeIfAbsent(st.name() + "|" + tier + "|" + r.failed(), x -> new Key());
            double mult = (1 - a.batchShare() * a.batchDiscount()) * (1 + a.platformFeePct());
            double pin = tier ? a.longContext().inputPrice() : a.inputPrice();
            double pcr = tier ? a.longContext().cacheReadPrice() : a.cacheReadPrice();
            double pcw = tier ? a.longContext().cacheWritePrice() : a.cacheWritePrice();
            double pout = tier ? a.longContext().outputPrice() : a.outputPrice();
            double w = r.weight();
            k.n += w;
            k.in += r.in() * w;
            k.cached += r.cached() * w;
            k.write += r.write() * w;
            k.out += r.out() * w;
            k.cost[0] += (r.in() - r.cached() - r.write()) * w * pin / 1e6 * mult;
            k.cost[1] += r.cached() * w * pcr / 1e6 * mult;
            k.cost[2] += r.write() * w * pcw / 1e6 * mult;
            k.cost[3] += r.out() * w * pout / 1e6 * mult;
            k.cost[4] += a.feePerRequest() * w;
        }
        return m;
    }

    /** The driver function; bit d of mask takes driver d (Driver order) from the window. */
    static double f(DriftOracleTest.Setup s, List<Map<String, Key>> periods, Set<String> keys, LocalDate[] days, int mask) {
        int pi = mask & 1;
        int po = mask >> 1 & 1;
        int pc = mask >> 2 & 1;
        int pm = mask >> 3 & 1;
        int pp = mask >> 4 & 1;
        int pr = mask >> 5 & 1;
        double[] ok = new double[2];
        double[] bad = new double[2];
        Map<String, double[]> group = new HashMap<>();
        for (int p = 0; p < 2; p++) {
            for (Map.Entry<String, Key> e : periods.get(p).entrySet()) {
                String[] k = e.getKey().split("\\|");
                if (Boolean.parseBoolean(k[2])) {
                    bad[p] += e.getValue().n;
                } else {
                    ok[p] += e.getValue().n;
                }
                group.computeIfAbsent(k[0] + "|" + k[2], x -> new double[2])[p] += e.getValue().n;
            }
        }
        double total = 0;
        for (String key : keys) {
            String[] k = key.split("\\|");
            boolean failed = Boolean.parseBoolean(k[2]);
            String g = k[0] + "|" + k[2];
            double[] ng = group.get(g);
            double[] den = failed ? bad : ok;
            double q = den[pm] > 0 ? ng[pm] / den[pm] : ng[1 - pm] / den[1 - pm];
            Key own = periods.get(pi).get(key);
            Key other = periods.get(1 - pi).get(key);
            double t = ng[pi] > 0 ? (own == null ? 0 : own.n) / ng[pi] : (other == null ? 0 : other.n) / ng[1 - pi];
            double i = means(periods, key, pi)[0];
            double o = means(periods, key, po)[1];
            double h = means(periods, key, pc)[2];
            double w = means(periods, key, pc)[3];
            double[] price = prices(s, periods.get(pp).get(key), k, days[pp]);
            double u = price[0] * i * (1 - h - w) + price[1] * i * h + price[2] * i * w + price[3] * o + price[4];
            double weight = failed ? (ok[pr] > 0 ? bad[pr] / ok[pr] : 0) : 1;
            total += weight * q * t * u;
        }
        return 1000 * total;
    }

    /** i, o, h, w of a key in period p, or of the other period where p has none. */
    static double[] means(List<Map<String, Key>> periods, String key, int p) {
        Key k = periods.get(p).get(key);
        if (k == null || k.n == 0) {
            k = periods.get(1 - p).get(key);
        }
        return new double[] {k.in / k.n, k.out / k.n, k.in > 0 ? k.cached / k.in : 0, k.in > 0 ? k.write / k.in : 0};
    }

    static double[] prices(DriftOracleTest.Setup s, Key k, String[] key, LocalDate day) {
        Stack st = s.project().stack(key[0]).orElseThrow();
        ManagedApi a = s.book().on(st, day);
        boolean tier = Boolean.parseBoolean(key[1]);
        double mult = (1 - a.batchShare() * a.batchDiscount()) * (1 + a.platformFeePct());
        double[] list = {
            (tier ? a.longContext().inputPrice() : a.inputPrice()) / 1e6 * mult,
            (tier ? a.longContext().cacheReadPrice() : a.cacheReadPrice()) / 1e6 * mult,
            (tier ? a.longContext().cacheWritePrice() : a.cacheWritePrice()) / 1e6 * mult,
            (tier ? a.longContext().outputPrice() : a.outputPrice()) / 1e6 * mult,
            a.feePerRequest()};
        if (k == null) {
            return list;
        }
        double[] tokens = {k.in - k.cached - k.write, k.cached, k.write, k.out, k.n};
        double[] p = new double[5];
        for (int x = 0; x < 5; x++) {
            p[x] = tokens[x] > 0 ? k.cost[x] / tokens[x] : list[x];
        }
        return p;
    }
}
