package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Per-request cost and token distributions (cost-model.md, "Token distributions, cost
 * distributions, long tail") against weighted nearest-rank percentiles and the top-5% spend share
 * computed from the raw rows: exact when the distribution keeps its rows, within 1% when binned.
 *
 * <p>A request's cost is the engine's documented per-request cost: API request(I, O) x retries, or
 * for a fleet the GPU cost per inference allocated by GPU-seconds s(I, O) / E[s]; plus extras and
 * the fixed and ops cost spread per inference (so the mean is the cost per inference).
 */
class CostDistributionByRawRowsTest {

    @Test
    void exactRowsGiveExactApiCostPercentilesTailShareAndRatio() {
        Gen g = new Gen(808);
        for (int run = 0; run < 3; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            Brute.Rows rows = g.rows(1 + g.rnd.nextInt(10_000), threshold, 300, 0, run % 2 == 0);
            Stack st = new Stack("api", true, g.api(threshold), g.common(g.coin(0.5)));
            check(g, rows, st, 1e-9, "exact API run " + run);
        }
    }

    @Test
    void exactRowsGiveExactGpuCostPercentilesByGpuSeconds() {
        Gen g = new Gen(909);
        for (int run = 0; run < 3; run++) {
            Brute.Rows rows = g.rows(1 + g.rnd.nextInt(10_000), 2000, 300, 0, run % 2 == 0);
            check(g, rows, new Stack("gpu", true, g.gpu(), g.common(true)), 1e-9, "exact GPU run " + run);
        }
    }

    @Test
    void binnedRowsAreWithinOnePercentWhenNoRowIsNearTheTierThreshold() {
        Gen g = new Gen(1010);
        for (int run = 0; run < 3; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            Brute.Rows rows = g.rows(50_000, threshold * g.uniform(0.5, 1.5), 300, threshold, run % 2 == 0);
            Stack st = run == 2 ? new Stack("gpu", true, g.gpu(), g.common(true))
                    : new Stack("api", true, g.api(threshold), g.common(g.coin(0.5)));
            check(g, rows, st, 0.01, "binned run " + run);
        }
    }

    private static void check(Gen g, Brute.Rows rows, Stack st, double tol, String what) {
        TokenDistribution d = Gen.distribution(rows);
        assertEquals(tol < 1e-6, d.exact(), what + ": rows kept");
        double volume = g.logUniform(1e3, 1e7);
        double p = g.uniform(1, 3);
        Settings s = Settings.DEFAULT;
        Workload w = new Workload("w", volume, d, null, p);
        StackResult r = CostEngine.report(Gen.project(s, List.of(w), List.of(st))).results().get(0);

        double[] cost = Brute.rowCosts(rows, st, volume, p, s);
        Summary c = r.cost();
        close(rows.total(), c.count(), 1e-12, what + " count");
        close(r.costPerInference(), c.mean(), 1e-9, what + " mean request cost = cost per inference");
        double[] q = Brute.nearestRanks(cost, rows.w(), 0.50, 0.90, 0.95, 0.99, 1.0);
        double p50 = q[0];
        double p95 = q[2];
        close(p50, c.p50(), tol, what + " cost p50");
        close(q[1], c.p90(), tol, what + " cost p90");
        close(p95, c.p95(), tol, what + " cost p95");
        close(q[3], c.p99(), tol, what + " cost p99");
        close(q[4], c.max(), tol, what + " cost max");
        close(p95 / p50, r.p95OverP50(), 2 * tol, what + " p95 / p50");
        close(Brute.tailShare(cost, rows.w(), 0.05), r.tailShare(), tol, what + " tail share");
        assertEquals(tol < 1e-6, c.exact(), what + " exact flag");

        double[] in = new double[rows.n()];
        double[] out = new double[rows.n()];
        for (int k = 0; k < rows.n(); k++) {
            in[k] = rows.in()[k];
            out[k] = rows.out()[k];
        }
        tokens(in, rows.w(), r.input(), tol, what + " input tokens");
        tokens(out, rows.w(), r.output(), tol, what + " output tokens");
    }

    private static void tokens(double[] v, double[] w, Summary s, double tol, String what) {
        double sum = 0;
        double total = 0;
        for (int k = 0; k < v.length; k++) {
            sum += v[k] * w[k];
            total += w[k];
        }
        close(sum / total, s.mean(), 1e-12, what + " mean (exact even when binned)");
        double[] q = Brute.nearestRanks(v, w, 0.50, 0.90, 0.95, 0.99, 1.0);
        close(q[0], s.p50(), tol, what + " p50");
        close(q[1], s.p90(), tol, what + " p90");
        close(q[2], s.p95(), tol, what + " p95");
        close(q[3], s.p99(), tol, what + " p99");
        assertEquals(q[4], s.max(), what + " max (always exact)");
    }
}
