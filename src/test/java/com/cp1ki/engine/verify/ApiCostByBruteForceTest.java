package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Managed-API cost per inference against request(I, O) summed row by row over the raw requests
 * (cost-model.md, "Managed API"), with a long-context tier, cache shares, batch, platform fee,
 * per-request fee, retries, extras, fixed and ops.
 */
class ApiCostByBruteForceTest {

    /** Exact when rows are kept, or when no row lies in the token bin at the tier threshold. */
    private static final double EXACT = 1e-9;

    @Test
    void binnedDistributionWithNoRowNearTheTierThresholdCostsExactlyTheSumOverItsRows() {
        Gen g = new Gen(101);
        for (int run = 0; run < 4; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            Brute.Rows rows = g.rows(50_000, threshold * g.uniform(0.3, 1.2), 300, threshold, run % 2 == 0);
            TokenDistribution d = Gen.distribution(rows);
            assertFalse(d.exact(), "50,000 rows are binned");
            check(g, rows, d, g.api(threshold), EXACT, "binned, no straddle, run " + run);
        }
    }

    @Test
    void distributionKeepingItsRowsCostsExactlyTheSumOverItsRowsEvenAcrossTheThreshold() {
        Gen g = new Gen(202);
        for (int run = 0; run < 6; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            Brute.Rows rows = g.rows(5_000, threshold, 400, 0, run % 2 == 1);
            TokenDistribution d = Gen.distribution(rows);
            assertTrue(d.exact(), "5,000 rows are kept");
            check(g, rows, d, g.api(threshold), EXACT, "exact rows, run " + run);
        }
    }

    @Test
    void binnedDistributionWithRowsStraddlingTheThresholdIsWithinOnePercent() {
        Gen g = new Gen(303);
        for (int run = 0; run < 4; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            // median at the threshold: the most rows possible in the bin that straddles it
            Brute.Rows rows = g.rows(50_000, threshold, 300, 0, true);
            check(g, rows, Gen.distribution(rows), g.api(threshold), 0.01, "binned, straddling, run " + run);
        }
    }

    @Test
    void typedMeansArePricedAtTheirOneRequestIncludingTheTier() {
        Gen g = new Gen(404);
        for (int run = 0; run < 20; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            double in = Math.round(threshold * g.uniform(0.5, 1.5));
            double out = Math.round(g.uniform(10, 900));
            Brute.Rows one = new Brute.Rows(new long[]{(long) in}, new long[]{(long) out}, new double[]{1});
            check(g, one, new TypedMeans(in, out), g.api(threshold), EXACT, "typed means, run " + run);
        }
    }

    @Test
    void aRequestOfExactlyTheThresholdPaysTheBasePriceAndOneTokenMorePaysTheTier() {
        Gen g = new Gen(505);
        for (int run = 0; run < 10; run++) {
            long t = (long) g.logUniform(800, 200_000);
            ManagedApi api = g.api(t);
            Brute.Rows rows = new Brute.Rows(new long[]{t, t + 1, t - 1}, new long[]{100, 100, 100}, new double[]{1, 2, 3});
            check(g, rows, Gen.distribution(rows), api, EXACT, "rows at the threshold, run " + run);
            for (long in : new long[]{t, t + 1}) {
                Brute.Rows one = new Brute.Rows(new long[]{in}, new long[]{100}, new double[]{1});
                check(g, one, new TypedMeans(in, 100), api, EXACT, "typed means of " + in + " at threshold " + t);
            }
        }
    }

    private static void check(Gen g, Brute.Rows rows, TokenProfile profile, ManagedApi api, double tol, String what) {
        double days = 28 + g.rnd.nextInt(4);
        double volume = g.logUniform(100, 5e6);
        CommonCosts common = g.common(true);
        Stack stack = new Stack("api", true, api, common);
        Settings settings = new Settings("USD", 1, null, null, 730, days, 1e2, 1e8);
        Workload w = new Workload("w", volume, profile, null, 1.0);
        StackResult r = CostEngine.report(Gen.project(settings, List.of(w), List.of(stack))).results().get(0);

        double meanRequest = Brute.meanRequest(api, rows);
        double m = volume * days;
        double tokens = meanRequest * Brute.retry(common) * m;
        double monthly = tokens + Brute.extras(common) * m + Brute.fixed(common) + Brute.ops(common);
        close(m, r.monthlyInferences(), 1e-12, what + " monthly inferences");
        close(tokens, r.monthly().tokens(), tol, what + " token charges");
        close(monthly, r.monthlyCost(), tol, what + " monthly cost");
        close(monthly / m, r.costPerInference(), tol, what + " cost per inference");
        close(1000 * monthly / m, r.cp1ki(), tol, what + " CP1Ki");
        close(monthly / days, r.dailyCost(), tol, what + " daily cost");
        close(Brute.fixed(common), r.monthly().fixed(), 1e-12, what + " fixed");
        close(Brute.ops(common), r.monthly().ops(), 1e-12, what + " ops");
        close(Brute.extras(common) * m, r.monthly().extras(), 1e-12, what + " extras");
    }
}
