package com.cp1ki.engine;

import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;

import java.util.List;

/**
 * Monthly cost of a pairing (one workload on one stack) as a function of volume over the project's range. API: one line,
 * {@code fixed (+ ops) + (E[request] x retry + extras) x days x V}. GPU: a staircase, a segment per
 * fleet size N stepping at V_k = k x cap x u x 24 / (P x retry).
 */
final class Curves {
    private Curves() {
    }

    /**
     * Whether two pairings' curves are the same for certain without building them: {@link #of} reads
     * only the stack, the settings and the workload's name, token means and peak-to-average (not its
     * volume), so pairings of the same stack and settings records and the same tokens record (token
     * means read from the same tables, as in one simulation) have the same curves. A Monte Carlo draw
     * copies only the records its inputs change, so a stack it left alone is the base project's own.
     */
    static boolean sameInputs(Pairing x, Pairing y) {
        return x.stack == y.stack && x.settings == y.settings && x.workload.tokens() == y.workload.tokens()
                && Double.compare(x.workload.peakToAverage(), y.workload.peakToAverage()) == 0
                && x.workload.name().equals(y.workload.name());
    }

    static CostCurve of(Pairing s, boolean withOps) {
        double from = s.settings.volumeMin();
        double to = s.settings.volumeMax();
        double days = s.settings.daysPerMonth();
        double base = s.fixed + (withOps ? s.ops : 0);
        String w = s.workload.name();
        String st = s.stack.name();
        if (s.api()) {
            double slope = (s.meanRequest * s.retry + s.extrasPerInference) * days;
            return new CostCurve(w, st, withOps, List.of(new Segment(from, to, base, slope, 0)));
        }
        GpuFleet f = s.fleet;
        double slope = s.extrasPerInference * days;
        if (!f.sized()) {
            int n = f.instancesAt(from, () -> "");
            return new CostCurve(w, st, withOps, List.of(new Segment(from, to, base + f.monthlyCost(n), slope, n)));
        }
        int nr = f.gpu.reservedInstances();
        double reserved = nr * f.reservedRate() * f.hours;
        double perInstance = f.gpu.chosenRate() * f.hours;
        return new CostCurve(w, st, withOps, new CostCurve.Staircase(from, to, f.volumePerInstance,
                f.instancesAt(from, () -> "at the start of the volume range"),
                f.instancesAt(to, () -> "at the end of the volume range (" + Fmt.count(to) + " inferences/day; lower it)"),
                base + reserved, nr, perInstance, slope));
    }
}
