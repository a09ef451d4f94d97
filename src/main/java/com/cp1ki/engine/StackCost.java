package com.cp1ki.engine;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.LeverResult;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.pct;

/** Turns a pairing (one workload on one stack) into its {@link StackResult}, with fleet warnings as data. */
final class StackCost {
    /** Below this realised utilisation a fleet is reported as underused. */
    static final double UNDERUSED = 0.30;
    /** Peak demand at or above this share of the ceiling is reported as at the ceiling. */
    static final double AT_CEILING = 0.98;

    private StackCost() {
    }

    static StackResult result(Pairing s, CostDistribution dist, Summary input, Summary output) {
        return result(s, dist, input, output, LeverResult.NONE);
    }

    /** The result with the waterfall of its only lever, a managed API's batch share ({@code levers}), attached. */
    static StackResult result(Pairing s, CostDistribution dist, Summary input, Summary output, LeverResult levers) {
        CostDistribution.Result d = dist.of(s.points, s.perRequest());
        double c = s.costPerInference();
        Double value = s.workload.valuePerInference();
        Roi roi = Roi.of(value, c, d.cost().p95());
        List<Explanation> ex = new ArrayList<>(s.api() ? ApiExplanations.of(s) : GpuExplanations.of(s));
        if (roi != null) {
            String v = Roi.valueText(value, s.settings);
            ex.add(roi.explainMean(v, c));
            ex.add(roi.explainP95(v, d.cost().p95()));
            ex.add(Roi.explainCostToValue(value, v, c));
            ex.add(Roi.explainNetValue(value, v, c));
        }
        Integer n = s.api() ? null : s.instances;
        Double u = null;
        if (!s.api() && s.fleet.sized()) {
            u = s.fleet.utilisation(s.volume, s.retry, s.instances);
        }
        return new StackResult(s.workload.name(), s.stack.name(), s.api() ? "api" : "gpu", c, 1000 * c,
                s.monthlyCost() / s.settings.daysPerMonth(), s.monthlyCost(), s.monthlyInferences, s.breakdown,
                n, u, roi == null ? null : roi.multiple(), roi == null ? null : roi.band(),
                roi == null ? null : roi.multipleP95(), roi == null ? null : roi.bandP95(),
                d.cost(), d.p95OverP50(), d.tailShare(), input, output, ex, value, levers);
    }

    /**
     * The result's costs only ({@link CostEngine.Detail#COSTS}): the numbers {@link #result} gives
     * for cost, fleet and utilisation; no distribution, ROI or explanation (null, NaN, empty).
     */
    static StackResult costs(Pairing s) {
        double c = s.costPerInference();
        Integer n = s.api() ? null : s.instances;
        Double u = !s.api() && s.fleet.sized() ? s.fleet.utilisation(s.volume, s.retry, s.instances) : null;
        return new StackResult(s.workload.name(), s.stack.name(), s.api() ? "api" : "gpu", c, 1000 * c,
                s.monthlyCost() / s.settings.daysPerMonth(), s.monthlyCost(), s.monthlyInferences, s.breakdown,
                n, u, null, null, null, null, null, Double.NaN, Double.NaN, null, null, List.of());
    }

    /** Fleet warnings: throughput unset, underused, at the ceiling, reserved instances idle. */
    static void warnings(Pairing s, List<Warning> out) {
        if (s.api()) {
            return;
        }
        GpuFleet f = s.fleet;
        String subject = s.subject();
        if (!f.gpu.throughputSet()) {
            out.add(new Warning("throughput-unset", subject, "Throughput of " + s.stack.name()
                    + " is not set, so the fleet is " + s.instances + " instance(s) whatever the demand."));
            return;
        }
        if (!f.sized()) {
            return;
        }
        double u = f.utilisation(s.volume, s.retry, s.instances);
        if (u < UNDERUSED) {
            out.add(new Warning("fleet-underused", subject, "The fleet of " + s.instances + " is only " + pct(u)
                    + " utilised on average; you pay for idle GPUs."));
        }
        double peak = u * s.workload.peakToAverage();
        if (peak >= AT_CEILING * f.gpu.utilisationCeiling()) {
            out.add(new Warning("demand-at-ceiling", subject, "Peak demand uses " + pct(peak)
                    + " of the fleet's capacity, at its " + pct(f.gpu.utilisationCeiling())
                    + " ceiling: a little more traffic needs another instance."));
        }
        if (f.gpu.reservedInstances() > s.instances) {
            out.add(new Warning("reserved-unused", subject, f.gpu.reservedInstances()
                    + " reserved instances are paid for but only " + s.instances + " are needed."));
        }
    }
}
