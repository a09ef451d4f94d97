package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.engine.Fmt.pct;

/**
 * One stack of the portfolio: its monthly cost with all its routed parts (token costs and extras
 * summed, a fleet sized for their combined demand, fixed and ops once) and each part's allocation.
 */
record StackAllocation(StackBill bill, List<Allocated> parts, SharedFleet fleet) {

    /** The stack's allocation; {@code explain} false: every explanation list empty (the numbers are the same). */
    static StackAllocation of(Stack s, List<Part> parts, double hours, boolean explain) {
        SharedFleet fleet = s.serving() instanceof SelfHostedGpu ? new SharedFleet(s, parts, hours) : null;
        double fixed = s.common().fixedPerMonth();
        double ops = s.common().opsPerMonth();
        double tokens = 0;
        double extras = 0;
        double inferences = 0;
        for (Part p : parts) {
            tokens += p.tokens;
            extras += p.extras;
            inferences += p.monthlyInferences;
        }
        Keys fleetKeys = fleet == null ? null : Keys.of(s.sharing().fleetKey(), parts);
        Keys overheadKeys = Keys.of(s.sharing().overheadKey(), parts);
        double gpu = fleet == null ? 0 : fleet.gpuCost;
        Breakdown monthly = new Breakdown(tokens, gpu, fixed, ops, extras);
        List<Allocated> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Double fleetShare = fleetKeys == null ? null : fleetKeys.share(i);
            double overheadShare = overheadKeys.share(i);
            Breakdown b = new Breakdown(p.tokens, fleet == null ? 0 : fleet.allocatable() * fleetShare,
                    fixed * overheadShare, ops * overheadShare, p.extras);
            out.add(new Allocated(p, b, fleetShare, overheadShare,
                    explain ? BillExplanations.part(p, i, b, fleet, fleetKeys, overheadKeys, fixed, ops) : List.of()));
        }
        List<String> features = parts.stream().map(p -> p.workload.name()).toList();
        StackBill bill = new StackBill(s.name(), fleet == null ? "api" : "gpu", monthly, monthly.total(),
                fleet == null ? 0 : fleet.unusedReserved, inferences,
                fleet == null ? null : fleet.instances,
                fleet == null || !fleet.sized ? null : fleet.utilisation,
                fleet == null || !fleet.sized ? null : fleet.peakUtilisation(),
                fleetKeys == null ? null : fleetKeys.key, overheadKeys.key, s.sharing().coincidence(), features,
                explain ? BillExplanations.stack(s, parts, fleet, fleetKeys, overheadKeys, monthly, hours) : List.of());
        return new StackAllocation(bill, out, fleet);
    }

    /** The shared fleet's warnings: throughput unset, underused, at the ceiling, reserved instances idle. */
    void warnings(List<Warning> out) {
        if (fleet == null) {
            return;
        }
        String subject = "portfolio / " + bill.stack();
        int n = fleet.instances;
        if (!fleet.gpu.throughputSet()) {
            out.add(new Warning("portfolio-throughput-unset", subject, "Throughput of " + bill.stack()
                    + " is not set, so the shared fleet is " + n + " instance(s) whatever the demand, and its GPU"
                    + " cost is allocated by requests."));
        } else if (fleet.sized) {
            if (fleet.utilisation < PortfolioEngine.UNDERUSED) {
                out.add(new Warning("portfolio-fleet-underused", subject, "The shared fleet of " + n + " on "
                        + bill.stack() + " is only " + pct(fleet.utilisation) + " utilised on average by "
                        + bill.features().size() + " feature(s); you pay for idle GPUs."));
            }
            if (fleet.peakUtilisation() >= PortfolioEngine.AT_CEILING * fleet.gpu.utilisationCeiling()) {
                out.add(new Warning("portfolio-demand-at-ceiling", subject, "The combined peak on " + bill.stack()
                        + " uses " + pct(fleet.peakUtilisation()) + " of the shared fleet's capacity, at its "
                        + pct(fleet.gpu.utilisationCeiling()) + " ceiling: a little more traffic needs another instance."));
            }
        }
        if (fleet.unusedReserved > 0) {
            out.add(new Warning("portfolio-reserved-unused", subject, fleet.gpu.reservedInstances()
                    + " reserved instances of " + bill.stack() + " are paid for but the portfolio needs only " + n
                    + "; the idle ones are a line of their own on the bill."));
        }
    }
}
