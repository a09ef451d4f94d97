package com.cp1ki.engine.verify;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cp1ki.engine.verify.Brute.close;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GPU fleets against N, utilisation and monthly cost recomputed from cost-model.md, "Self-hosted GPUs". */
class GpuFleetByBruteForceTest {

    @Test
    void fleetSizeUtilisationAndMonthlyCostMatchTheFormulasForRandomInputs() {
        Gen g = new Gen(505);
        int checked = 0;
        for (int run = 0; run < 700; run++) {
            SelfHostedGpu gpu = g.gpu();
            CommonCosts common = g.common(g.coin(0.5));
            double days = 28 + g.rnd.nextInt(4);
            double hours = g.coin(0.5) ? 730 : g.uniform(600, 744);
            double volume = g.logUniform(100, 1e8);
            double p = g.coin(0.3) ? 1 : g.uniform(1, 6);
            TokenProfile tokens;
            double meanIn;
            double meanOut;
            if (run % 10 == 0) {
                Brute.Rows rows = g.rows(2_000, 1500, 300, 0, true);
                tokens = Gen.distribution(rows);
                meanIn = rows.meanIn();
                meanOut = rows.meanOut();
            } else {
                meanIn = Math.round(g.logUniform(10, 50_000));
                meanOut = Math.round(g.logUniform(1, 4000));
                tokens = new TypedMeans(meanIn, meanOut);
            }
            double retry = Brute.retry(common);
            double[] q = new double[1];
            int n = Brute.instances(gpu, meanIn, meanOut, p, retry, volume, q);
            if (Math.abs(q[0] - Math.rint(q[0])) < 1e-9 * Math.max(1, q[0])) {
                continue; // demand exactly at a step: either rounding is right
            }
            Settings s = new Settings("USD", 1, null, null, hours, days, 1e2, 1e8);
            Workload w = new Workload("w", volume, tokens, null, p);
            StackResult r = CostEngine.report(Gen.project(s, List.of(w), List.of(new Stack("gpu", true, gpu, common))))
                    .results().get(0);
            String what = "run " + run + " (" + gpu + ", V=" + volume + ", P=" + p + ")";
            assertEquals(n, r.instances(), what + " instances");
            close(Brute.utilisation(gpu, meanIn, meanOut, retry, volume, n), r.utilisation(), 1e-9, what + " utilisation");
            double gpuCost = Brute.gpuMonthly(gpu, n, hours);
            close(gpuCost, r.monthly().gpu(), 1e-12, what + " GPU cost");
            double m = volume * days;
            double monthly = gpuCost + Brute.fixed(common) + Brute.ops(common) + Brute.extras(common) * m;
            close(monthly, r.monthlyCost(), 1e-12, what + " monthly cost");
            close(1000 * monthly / m, r.cp1ki(), 1e-12, what + " CP1Ki");
            checked++;
        }
        assertTrue(checked > 650, "almost every random case is checked, was " + checked);
    }

    @Test
    void reservedInstancesArePaidAtTheReservedRateAndTheRestAtTheChosenRate() {
        // 1,000 inferences/day of 0 input and 3,600 output tokens at 1 token/s: 1 request per instance-hour
        // at u = 1, so D = 1000/24 x 2 (P) = 83.33 per hour needs 84 instances.
        SelfHostedGpu gpu = new SelfHostedGpu("x", 1, 2.0, 0, 0.25, 0.9, 0, 0.7, RateKind.SPOT, 1, 0, 1.0, 0, 10,
                RateKind.RESERVED_3Y, null);
        Stack st = new Stack("gpu", true, gpu, CommonCosts.NONE);
        Workload w = new Workload("w", 1000, new TypedMeans(0, 3600), null, 2.0);
        StackResult r = CostEngine.report(Gen.project(Settings.DEFAULT, List.of(w), List.of(st))).results().get(0);
        assertEquals(84, r.instances());
        close(10 * 0.9 * 730 + 74 * 0.7 * 730, r.monthly().gpu(), 1e-12, "10 reserved 3y + 74 spot");
        close(1000.0 / 24 / 84, r.utilisation(), 1e-12, "utilisation = V/24 / (N cap)");
    }

    @Test
    void unsetThroughputGivesTheMinimumFleetOfAtLeastOneAndAWarning() {
        for (int min = 0; min < 4; min++) {
            SelfHostedGpu gpu = new SelfHostedGpu("x", 1, 1.5, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 0, 0, 0.8, min, 0,
                    RateKind.RESERVED_1Y, null);
            Stack st = new Stack("gpu", true, gpu, CommonCosts.NONE);
            Workload w = new Workload("w", 1e6, new TypedMeans(1000, 200), null, 1.0);
            Report rep = CostEngine.report(Gen.project(Settings.DEFAULT, List.of(w), List.of(st)));
            StackResult r = rep.results().get(0);
            assertEquals(Math.max(1, min), r.instances());
            close(Math.max(1, min) * 1.5 * 730, r.monthlyCost(), 1e-12, "N_min instances");
            assertTrue(rep.warnings().stream().anyMatch(x -> x.code().equals("throughput-unset")));
        }
    }
}
