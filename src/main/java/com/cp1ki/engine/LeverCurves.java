package com.cp1ki.engine;

import com.cp1ki.engine.levers.LeverEngine;
import com.cp1ki.engine.levers.Priced;
import com.cp1ki.engine.levers.Role;
import com.cp1ki.engine.levers.Stage;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;

import java.util.ArrayList;
import java.util.List;

/**
 * The monthly cost of a stack with its levers as a function of the workload's volume: the last lever
 * stage with every share held and the volume moved. Managed APIs, lookups and fees are linear in
 * volume; each fleet of the stage (this stack's, a cascade's first stack's, a compressor's) is a
 * staircase stepping every {@code V_1 / share} inferences/day. One fleet gives a lazy
 * {@link CostCurve.Staircase}; several are merged step by step.
 */
final class LeverCurves {
    /** At most this many segments when several fleets step (a fleet's step under ~500 inferences/day over the default range). */
    static final int MAX_SEGMENTS = 200_000;

    private LeverCurves() {
    }

    /** One fleet's steps in workload volume. */
    private record Steps(double step, int first, int last, int reserved, double reservedCost, double perInstance,
                         boolean own) {
    }

    static CostCurve of(LeverEngine.Run run, LeverPricing pricing, Settings settings, String workload, String stack,
                        boolean withOps) {
        double from = settings.volumeMin();
        double to = settings.volumeMax();
        double days = settings.daysPerMonth();
        double v = pricing.workload.inferencesPerDay();
        Stage last = run.last();
        double intercept = last.monthly().fixed() + (withOps ? last.monthly().ops() : 0);
        double slope = (last.lookup() + last.miss() * last.fee()) * days;
        List<Steps> fleets = new ArrayList<>();
        for (Priced p : last.uses()) {
            slope += p.usage().tokens() / v + p.usage().extras() / v;
            LeverPricing.Served s = pricing.served(p.use());
            GpuFleet f = s.fleet();
            if (f == null) {
                continue;
            }
            double share = p.use().share();
            if (!f.sized() || share == 0) {
                intercept += p.usage().gpu();
                continue;
            }
            String where = "the volume range (" + Fmt.count(to) + " inferences/day; lower it)";
            int first = f.instancesAt(from * share, () -> "at the start of the volume range");
            int lastN = f.instancesAt(to * share, () -> "at the end of " + where);
            fleets.add(new Steps(f.volumePerInstance / share, first, lastN, f.gpu.reservedInstances(),
                    f.gpu.reservedInstances() * f.reservedRate() * f.hours, f.gpu.chosenRate() * f.hours,
                    p.use().role() == Role.OWN));
        }
        if (fleets.isEmpty()) {
            return new CostCurve(workload, stack, withOps, List.of(new Segment(from, to, intercept, slope, 0)));
        }
        if (fleets.size() == 1) {
            Steps f = fleets.get(0);
            return new CostCurve(workload, stack, withOps, new CostCurve.Staircase(from, to, f.step, f.first, f.last,
                    intercept + f.reservedCost, f.reserved, f.perInstance, slope));
        }
        return new CostCurve(workload, stack, withOps, merged(fleets, from, to, intercept, slope, stack));
    }

    /** Several staircases and a line, walked breakpoint by breakpoint. */
    private static List<Segment> merged(List<Steps> fleets, double from, double to, double intercept, double slope,
                                        String stack) {
        int m = fleets.size();
        int[] n = new int[m];
        long total = 1;
        int shown = 0;
        for (int j = 0; j < m; j++) {
            n[j] = fleets.get(j).first;
            total += fleets.get(j).last - fleets.get(j).first;
            if (fleets.get(j).own) {
                shown = j;
            }
        }
        if (total > MAX_SEGMENTS) {
            throw new InvalidInputException("volume range end", "the fleets of stack '" + stack + "' with its levers"
                    + " step " + Fmt.count(total) + " times over the volume range, more than the "
                    + Fmt.count(MAX_SEGMENTS) + " a curve holds; narrow the volume range");
        }
        List<Segment> out = new ArrayList<>((int) total);
        double lo = from;
        while (true) {
            double next = to;
            for (int j = 0; j < m; j++) {
                Steps f = fleets.get(j);
                if (n[j] < f.last) {
                    next = Math.min(next, n[j] * f.step);
                }
            }
            double cost = intercept;
            for (int j = 0; j < m; j++) {
                Steps f = fleets.get(j);
                cost += f.reservedCost + Math.max(0, n[j] - f.reserved) * f.perInstance;
            }
            boolean end = true;
            for (int j = 0; j < m; j++) {
                end &= n[j] >= fleets.get(j).last;
            }
            if (end || next >= to) {
                out.add(new Segment(lo, to, cost, slope, n[shown]));
                return out;
            }
            out.add(new Segment(lo, next, cost, slope, n[shown]));
            for (int j = 0; j < m; j++) {
                Steps f = fleets.get(j);
                if (n[j] < f.last && n[j] * f.step <= next) {
                    n[j]++;
                }
            }
            lo = next;
        }
    }
}
