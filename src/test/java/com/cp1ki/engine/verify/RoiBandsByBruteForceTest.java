package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * ROI multiples and bands (cost-model.md, "ROI bands"): m = v / c at the mean cost and at the p95
 * request cost, bands excellent m >= 10, good 3 <= m < 10, marginal 1 <= m < 3, unsustainable m < 1.
 */
class RoiBandsByBruteForceTest {

    /** A request of 1 output token at $500,000 per 1M tokens costs exactly $0.50, so m = v / 0.5 has no rounding. */
    private static StackResult atHalfDollar(Double value) {
        Stack st = new Stack("api", true, ManagedApi.simple("P", "M", 0, 500_000), CommonCosts.NONE);
        Workload w = new Workload("w", 1000, new TypedMeans(0, 1), value, 1);
        return CostEngine.report(Gen.project(Settings.DEFAULT, List.of(w), List.of(st))).results().get(0);
    }

    @Test
    void eachBandStartsExactlyAtItsBoundaryAndEndsJustBelowTheNext() {
        assertEquals(0.5, atHalfDollar(1.0).costPerInference());
        double[] values = {5.0, Math.nextDown(5.0), 1.5, Math.nextDown(1.5), 0.5, Math.nextDown(0.5), 0.0, 50.0};
        RoiBand[] bands = {RoiBand.EXCELLENT, RoiBand.GOOD, RoiBand.GOOD, RoiBand.MARGINAL, RoiBand.MARGINAL,
                RoiBand.UNSUSTAINABLE, RoiBand.UNSUSTAINABLE, RoiBand.EXCELLENT};
        for (int k = 0; k < values.length; k++) {
            StackResult r = atHalfDollar(values[k]);
            assertEquals(values[k] / 0.5, r.roiMultiple(), "m at v = " + values[k]);
            assertEquals(bands[k], r.roiBand(), "band at m = " + values[k] / 0.5);
            assertEquals(values[k] / 0.5, r.roiMultipleP95(), "one request: p95 cost = mean cost");
            assertEquals(bands[k], r.roiBandP95(), "band at p95 for m = " + values[k] / 0.5);
        }
    }

    @Test
    void noValueMeansNoRoi() {
        StackResult r = atHalfDollar(null);
        assertNull(r.roiMultiple());
        assertNull(r.roiBand());
        assertNull(r.roiMultipleP95());
        assertNull(r.roiBandP95());
    }

    @Test
    void roiAtMeanAndAtP95FollowTheRawRows() {
        Gen g = new Gen(1111);
        for (int run = 0; run < 30; run++) {
            long threshold = (long) g.logUniform(800, 20_000);
            Brute.Rows rows = g.rows(1 + g.rnd.nextInt(3000), threshold, 300, 0, true);
            Stack st = run % 3 == 0 ? new Stack("gpu", true, g.gpu(), g.common(true))
                    : new Stack("api", true, g.api(threshold), g.common(g.coin(0.5)));
            double volume = g.logUniform(1e3, 1e7);
            double[] cost = Brute.rowCosts(rows, st, volume, 1, Settings.DEFAULT);
            double mean = 0;
            for (int k = 0; k < rows.n(); k++) {
                mean += cost[k] * rows.w()[k];
            }
            mean /= rows.total();
            double p95 = Brute.nearestRank(cost, rows.w(), 0.95);
            double v = mean * g.logUniform(0.3, 30);
            Workload w = new Workload("w", volume, Gen.distribution(rows), v, 1);
            StackResult r = CostEngine.report(Gen.project(Settings.DEFAULT, List.of(w), List.of(st))).results().get(0);
            String what = "run " + run;
            close(v / mean, r.roiMultiple(), 1e-9, what + " m at mean cost");
            close(v / p95, r.roiMultipleP95(), 1e-9, what + " m at p95 cost");
            assertEquals(band(r.roiMultiple()), r.roiBand(), what + " band");
            assertEquals(band(r.roiMultipleP95()), r.roiBandP95(), what + " band at p95");
        }
    }

    private static RoiBand band(double m) {
        return m >= 10 ? RoiBand.EXCELLENT : m >= 3 ? RoiBand.GOOD : m >= 1 ? RoiBand.MARGINAL : RoiBand.UNSUSTAINABLE;
    }
}
