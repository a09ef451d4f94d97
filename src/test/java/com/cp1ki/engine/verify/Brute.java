package com.cp1ki.engine.verify;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The cost model's formulas written out again from cost-model.md, reading only the input records
 * (never the engine's helpers), so the verification tests compare two independent computations.
 * Money in USD.
 */
final class Brute {
    private Brute() {
    }

    /** Raw requests: input tokens, output tokens, weight. */
    record Rows(long[] in, long[] out, double[] w) {
        int n() {
            return in.length;
        }

        double total() {
            double t = 0;
            for (double x : w) {
                t += x;
            }
            return t;
        }

        double meanIn() {
            double s = 0;
            for (int k = 0; k < n(); k++) {
                s += in[k] * w[k];
            }
            return s / total();
        }

        double meanOut() {
            double s = 0;
            for (int k = 0; k < n(); k++) {
                s += out[k] * w[k];
            }
            return s / total();
        }
    }

    static double fixed(CommonCosts c) {
        return c.storagePerMonth() + c.transferPerMonth() + c.monitoringPerMonth() + c.otherFixedPerMonth();
    }

    static double ops(CommonCosts c) {
        return c.engineerHoursPerMonth() * c.engineerHourlyRate() + c.onCallPerMonth()
                + c.oneOffCost() / c.amortisationMonths();
    }

    static double extras(CommonCosts c) {
        return c.retrievalQueriesPerInference() * c.costPerRetrievalQuery()
                + c.guardrailEvalsPerInference() * c.costPerGuardrailEval() + c.processingPer1000() / 1000;
    }

    static double retry(CommonCosts c) {
        return 1 / (1 - c.failureRate());
    }

    /** request(I, O) of cost-model.md: model x (1 - b d) x (1 + fee%) + fee per request; tier when I > threshold. */
    static double request(ManagedApi a, double in, double out) {
        double pin = a.inputPrice();
        double pout = a.outputPrice();
        double pcr = a.cacheReadPrice();
        double pcw = a.cacheWritePrice();
        LongContextTier t = a.longContext();
        if (t != null && in > t.thresholdTokens()) {
            pin = t.inputPrice();
            pout = t.outputPrice();
            pcr = t.cacheReadPrice();
            pcw = t.cacheWritePrice();
        }
        double h = a.cacheReadShare();
        double w = a.cacheWriteShare();
        double model = (in * (1 - h - w) * pin + in * h * pcr + in * w * pcw + out * pout) / 1e6;
        return model * (1 - a.batchShare() * a.batchDiscount()) * (1 + a.platformFeePct()) + a.feePerRequest();
    }

    /** E[request(I, O)] over raw rows. */
    static double meanRequest(ManagedApi a, Rows r) {
        double s = 0;
        for (int k = 0; k < r.n(); k++) {
            s += r.w[k] * request(a, r.in[k], r.out[k]);
        }
        return s / r.total();
    }

    /** Monthly cost of an API stack at V inferences/day, given E[request]. */
    static double apiMonthly(Stack s, double meanRequest, double v, double days, boolean withOps) {
        CommonCosts c = s.common();
        double m = v * days;
        return (meanRequest * retry(c) + extras(c)) * m + fixed(c) + (withOps ? ops(c) : 0);
    }

    static double rate(SelfHostedGpu g, RateKind k) {
        return switch (k) {
            case ON_DEMAND -> g.onDemandRate();
            case RESERVED_1Y -> g.reserved1yRate() > 0 ? g.reserved1yRate() : g.onDemandRate() * (1 - g.reserved1yDiscount());
            case RESERVED_3Y -> g.reserved3yRate() > 0 ? g.reserved3yRate() : g.onDemandRate() * (1 - g.reserved3yDiscount());
            case SPOT -> g.spotRate();
        };
    }

    /** E[s] = E[O] / R_out + E[I] / R_in (seconds per request). */
    static double seconds(SelfHostedGpu g, double in, double out) {
        return out / g.outputTokensPerSecond() + (g.inputTokensPerSecond() > 0 ? in / g.inputTokensPerSecond() : 0);
    }

    /** Fleet size at V: max(N_min, ceil(D / (cap u))), D = V/24 x P x retry; the raw quotient in {@code q[0]}. */
    static int instances(SelfHostedGpu g, double meanIn, double meanOut, double p, double retry, double v, double[] q) {
        if (g.outputTokensPerSecond() == 0) {
            // throughput unset: the fleet does not follow demand; the engine documents N_min, at least one
            if (q != null) {
                q[0] = 0.5;
            }
            return Math.max(1, g.minInstances());
        }
        double cap = 3600 / seconds(g, meanIn, meanOut);
        double d = v / 24 * p * retry;
        double need = d / (cap * g.utilisationCeiling());
        if (q != null) {
            q[0] = need;
        }
        return (int) Math.max(g.minInstances(), Math.ceil(need));
    }

    static double gpuMonthly(SelfHostedGpu g, int n, double hours) {
        int nr = g.reservedInstances();
        return nr * rate(g, g.reservedTerm()) * hours + Math.max(0, n - nr) * rate(g, g.rate()) * hours;
    }

    static double utilisation(SelfHostedGpu g, double meanIn, double meanOut, double retry, double v, int n) {
        double cap = 3600 / seconds(g, meanIn, meanOut);
        return v / 24 * retry / (n * cap);
    }

    /** Monthly cost of a GPU stack at V. */
    static double gpuStackMonthly(Stack s, double meanIn, double meanOut, double p, double v, double days, double hours,
                                  boolean withOps) {
        SelfHostedGpu g = (SelfHostedGpu) s.serving();
        CommonCosts c = s.common();
        int n = instances(g, meanIn, meanOut, p, retry(c), v, null);
        return gpuMonthly(g, n, hours) + fixed(c) + (withOps ? ops(c) : 0) + extras(c) * v * days;
    }

    /** Cost of every raw row, per the engine's documented per-request cost. */
    static double[] rowCosts(Brute.Rows rows, Stack st, double volume, double p, Settings s) {
        CommonCosts cc = st.common();
        double m = volume * s.daysPerMonth();
        double spread = Brute.extras(cc) + (Brute.fixed(cc) + Brute.ops(cc)) / m;
        double[] cost = new double[rows.n()];
        if (st.serving() instanceof ManagedApi api) {
            for (int k = 0; k < rows.n(); k++) {
                cost[k] = Brute.request(api, rows.in()[k], rows.out()[k]) * Brute.retry(cc) + spread;
            }
            return cost;
        }
        SelfHostedGpu gpu = (SelfHostedGpu) st.serving();
        double meanSeconds = Brute.seconds(gpu, rows.meanIn(), rows.meanOut());
        int n = Brute.instances(gpu, rows.meanIn(), rows.meanOut(), p, Brute.retry(cc), volume, null);
        double gpuPerInference = Brute.gpuMonthly(gpu, n, s.hoursPerMonth()) / m;
        for (int k = 0; k < rows.n(); k++) {
            cost[k] = gpuPerInference * Brute.seconds(gpu, rows.in()[k], rows.out()[k]) / meanSeconds + spread;
        }
        return cost;
    }

    /** Weighted nearest rank: the smallest value whose cumulative weight reaches p x total. */
    static double nearestRank(double[] values, double[] weights, double p) {
        return nearestRanks(values, weights, p)[0];
    }

    /** {@link #nearestRank} for several p at once (one sort). */
    static double[] nearestRanks(double[] values, double[] weights, double... ps) {
        Integer[] order = sortedOrder(values);
        double total = Arrays.stream(weights).sum();
        double[] out = new double[ps.length];
        for (int j = 0; j < ps.length; j++) {
            double cum = 0;
            out[j] = values[order[order.length - 1]];
            for (Integer k : order) {
                cum += weights[k];
                if (cum >= ps[j] * total * (1 - 1e-12)) {
                    out[j] = values[k];
                    break;
                }
            }
        }
        return out;
    }

    /** Share of total spend from the most expensive 5% of weight (the boundary value's weight split). */
    static double tailShare(double[] cost, double[] weights, double share) {
        Integer[] order = sortedOrder(cost);
        double total = Arrays.stream(weights).sum();
        double spend = 0;
        for (int k = 0; k < cost.length; k++) {
            spend += cost[k] * weights[k];
        }
        double want = share * total;
        double got = 0;
        double tail = 0;
        for (int r = order.length - 1; r >= 0 && got < want; r--) {
            int k = order[r];
            double take = Math.min(weights[k], want - got);
            got += take;
            tail += take * cost[k];
        }
        return tail / spend;
    }

    private static Integer[] sortedOrder(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble(k -> values[k]));
        return order;
    }

    static void close(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(Math.abs(expected), 1e-300);
        if (!(Math.abs(expected - actual) <= tol)) {
            throw new AssertionError(what + ": expected " + expected + " but engine gave " + actual
                    + " (relative error " + Math.abs(expected - actual) / Math.abs(expected) + ", allowed " + rel + ")");
        }
    }
}
