package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.CostHistogram;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numbers shown beside the headline results: each explanation's value is the brute-force
 * number it explains, and the cost-distribution chart's histogram counts the raw rows' costs.
 */
class ExplanationAndHistogramNumbersTest {

    @Test
    void explanationValuesAreTheBruteForceNumbersTheyExplain() {
        Gen g = new Gen(1500);
        for (int run = 0; run < 40; run++) {
            boolean gpu = run % 2 == 0;
            Brute.Rows rows = g.rows(1 + g.rnd.nextInt(2000), 1500, 300, 0, true);
            Stack st = gpu ? new Stack("s", true, g.gpu(), g.common(true))
                    : new Stack("s", true, g.api((long) g.logUniform(800, 8000)), g.common(g.coin(0.5)));
            double volume = g.logUniform(1e3, 1e7);
            double p = g.uniform(1, 3);
            Settings s = new Settings("USD", 1, null, null, 730, 28 + g.rnd.nextInt(4), 1e2, 1e8);
            Workload w = new Workload("w", volume, Gen.distribution(rows), null, p);
            StackResult r = CostEngine.report(Gen.project(s, List.of(w), List.of(st))).results().get(0);
            CommonCosts c = st.common();
            double m = volume * s.daysPerMonth();
            String what = "run " + run;
            check(r, "monthly inferences", m, what);
            check(r, "monthly cost", r.monthlyCost(), what);
            check(r, "CP1Ki", r.cp1ki(), what);
            check(r, "daily cost", r.dailyCost(), what);
            if (gpu && ((SelfHostedGpu) st.serving()).outputTokensPerSecond() > 0) {
                SelfHostedGpu gg = (SelfHostedGpu) st.serving();
                double es = Brute.seconds(gg, rows.meanIn(), rows.meanOut());
                check(r, "GPU-seconds per request", es, what);
                check(r, "capacity per instance", 3600 / es, what);
                check(r, "peak demand", volume / 24 * p * Brute.retry(c), what);
                check(r, "instances", r.instances(), what);
                check(r, "realised utilisation", r.utilisation(), what);
                check(r, "monthly GPU cost", r.monthly().gpu(), what);
            }
        }
    }

    private static void check(StackResult r, String quantity, double expected, String what) {
        List<Explanation> found = r.explanations().stream().filter(e -> e.quantity().equals(quantity)).toList();
        assertTrue(!found.isEmpty(), what + ": an explanation of " + quantity + " in " + r.explanations());
        for (Explanation e : found) {
            close(expected, e.value(), 1e-9, what + " explanation of " + quantity);
        }
    }

    @Test
    void histogramOfRequestCostsCountsTheRawRows() {
        Gen g = new Gen(1600);
        for (int run = 0; run < 12; run++) {
            long threshold = (long) g.logUniform(800, 8000);
            Brute.Rows rows = g.rows(1 + g.rnd.nextInt(5000), threshold, 300, 0, true);
            Stack st = run % 3 == 0 ? new Stack("s", true, g.gpu(), g.common(true))
                    : new Stack("s", true, g.api(threshold), g.common(g.coin(0.5)));
            double volume = g.logUniform(1e3, 1e7);
            Workload w = new Workload("w", volume, Gen.distribution(rows), null, 1);
            Project project = Gen.project(Settings.DEFAULT, List.of(w), List.of(st));
            int bins = 10 + g.rnd.nextInt(60);
            CostHistogram h = CostHistogram.of(project, "w", "s", bins);
            double[] cost = Brute.rowCosts(rows, st, volume, 1, Settings.DEFAULT);
            String what = "run " + run;
            assertEquals(bins, h.bins().size(), what + " bins");
            double max = 0;
            for (double x : cost) {
                max = Math.max(max, x);
            }
            close(max, h.bins().get(bins - 1).to(), 1e-9, what + " last bin ends at the dearest request");
            double total = rows.total();
            for (int b = 0; b < bins; b++) {
                CostHistogram.Bin bin = h.bins().get(b);
                boolean last = b == bins - 1;
                double inside = 0;
                double edge = 0;
                for (int k = 0; k < rows.n(); k++) {
                    double x = cost[k];
                    boolean nearEdge = Math.abs(x - bin.from()) <= 1e-9 * x || Math.abs(x - bin.to()) <= 1e-9 * x;
                    if (nearEdge) {
                        edge += rows.w()[k];
                    } else if ((x >= bin.from() || b == 0) && (x < bin.to() || last && x <= bin.to())) {
                        inside += rows.w()[k];
                    }
                }
                assertTrue(Math.abs(bin.requests() - inside) <= edge + 1e-9 * total, what + " bin " + b + " ["
                        + bin.from() + ", " + bin.to() + "): " + bin.requests() + " requests, the rows give " + inside);
                close(bin.requests() / total, bin.share(), 1e-12, what + " share of bin " + b);
            }
        }
    }
}
