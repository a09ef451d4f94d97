package com.cp1ki.engine;

import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.report.Explanation;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.count;
import static com.cp1ki.engine.Fmt.input;
import static com.cp1ki.engine.Fmt.usd;

/** How a self-hosted GPU result was computed, written the way seed 004 writes it. */
final class GpuExplanations {
    private GpuExplanations() {
    }

    static List<Explanation> of(Pairing s) {
        GpuFleet f = s.fleet;
        SelfHostedGpu g = f.gpu;
        List<Explanation> out = new ArrayList<>();
        int n = s.instances;
        if (f.sized()) {
            boolean withIn = g.inputTokensPerSecond() > 0;
            String formula = withIn ? "O / R_out + I / R_in" : "O / R_out";
            String values = count(round2(s.points.meanOut)) + " / " + count(g.outputTokensPerSecond())
                    + (withIn ? " + " + count(round2(s.points.meanIn)) + " / " + count(g.inputTokensPerSecond()) : "");
            out.add(new Explanation("GPU-seconds per request", formula,
                    values + " = " + Fmt.number(f.meanSeconds) + " s", f.meanSeconds, "s"));
            out.add(new Explanation("capacity per instance", "3600 / E[s]",
                    "3600 / " + Fmt.number(f.meanSeconds) + " = " + count(round2(f.capacityPerHour)) + " requests/hour",
                    f.capacityPerHour, "requests/hour"));
            double d = GpuFleet.peakDemand(s.volume, s.workload.peakToAverage(), s.retry);
            out.add(new Explanation("peak demand", "V / 24 x P x retry factor",
                    count(s.volume) + " / 24 x " + input(s.workload.peakToAverage()) + " x " + input(s.retry)
                            + " = " + count(round2(d)) + " requests/hour", d, "requests/hour"));
            out.add(new Explanation("instances", "max(N_min, ceil(D / (cap x u)))",
                    "max(" + g.minInstances() + ", ceil(" + count(round2(d)) + " / (" + count(round2(f.capacityPerHour))
                            + " x " + input(g.utilisationCeiling()) + "))) = " + n, n, "instances"));
            double u = f.utilisation(s.volume, s.retry, n);
            out.add(new Explanation("realised utilisation", "(V / 24 x retry factor) / (N x cap)",
                    "(" + count(s.volume) + " / 24 x " + input(s.retry) + ") / (" + n + " x "
                            + count(round2(f.capacityPerHour)) + ") = " + Fmt.pct(u), u, "share"));
        } else {
            out.add(new Explanation("instances", "N_min (throughput unset, at least 1)",
                    "max(" + g.minInstances() + ", 1) = " + n, n, "instances"));
        }
        out.add(gpuCost(s, f, g, n));
        if (s.fixed != 0) {
            var c = s.stack.common();
            out.add(new Explanation("fixed costs", "storage + transfer + monitoring + other",
                    usd(c.storagePerMonth()) + " + " + usd(c.transferPerMonth()) + " + " + usd(c.monitoringPerMonth())
                            + " + " + usd(c.otherFixedPerMonth()) + " = " + usd(s.fixed), s.fixed, "USD/month"));
        }
        out.add(Headlines.monthlyInferences(s));
        StringBuilder fm = new StringBuilder("monthly GPU cost");
        StringBuilder vm = new StringBuilder(usd(s.breakdown.gpu()));
        Headlines.appendOverheads(s, fm, vm);
        if (s.extrasPerInference != 0) {
            fm.append(" + extras x monthly inferences");
            vm.append(" + ").append(usd(s.extrasPerInference)).append(" x ").append(count(s.monthlyInferences));
        }
        out.add(new Explanation("monthly cost", fm.toString(), vm + " = " + usd(s.monthlyCost()), s.monthlyCost(), "USD/month"));
        out.add(Headlines.cp1kiFromMonthly(s));
        out.add(Headlines.costPerInference(s));
        out.add(Headlines.daily(s));
        return out;
    }

    private static Explanation gpuCost(Pairing s, GpuFleet f, SelfHostedGpu g, int n) {
        String h = count(s.settings.hoursPerMonth());
        double cost = s.breakdown.gpu();
        int nr = g.reservedInstances();
        if (nr == 0) {
            return new Explanation("monthly GPU cost", "N x rate x H",
                    n + " x " + Fmt.usdInput(g.chosenRate()) + " x " + h + " = " + usd(cost), cost, "USD/month");
        }
        return new Explanation("monthly GPU cost", "N_r x reserved rate x H + max(0, N - N_r) x rate x H",
                nr + " x " + Fmt.usdInput(f.reservedRate()) + " x " + h + " + " + Math.max(0, n - nr) + " x "
                        + Fmt.usdInput(g.chosenRate()) + " x " + h + " = " + usd(cost), cost, "USD/month");
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
