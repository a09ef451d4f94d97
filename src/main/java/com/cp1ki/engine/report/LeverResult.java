package com.cp1ki.engine.report;

import java.util.List;

/**
 * A stack's optimisation levers for one workload, as a waterfall: the cost without levers, then one
 * {@link LeverStep} per lever that is on, in the cost model's order (compression, semantic cache,
 * cascade, batching). The last step's cost is the result's. USD.
 *
 * @param monthlyWithout    monthly cost of the stack without any lever (a managed API at batch share 0)
 * @param cp1kiWithout      CP1Ki without any lever
 * @param monthly           the monthly cost without levers by component
 * @param instancesWithout  its fleet without levers (null for a managed API)
 * @param steps             one per lever that is on, in order; empty when none is
 * @param addOns            of the result's monthly cost, what is not this stack's own serving, fixed and
 *                          ops: cache lookups, the compressor's fee, and what the cascade's first stack
 *                          and a compressor stack cost (the portfolio adds these to the feature's part)
 * @param servedShare       the share of the workload's inferences this stack's model serves after the
 *                          levers: (1 - cache hit share) x (escalation share, with a cascade)
 * @param inputKeep         the share of input tokens the model still reads: 1 - compression ratio
 * @param peakToAverage     the peak-to-average ratio this stack's fleet is sized for after off-peak batching
 * @param notes             quality notes that are not costs (stale answers from the cache)
 * @param explanations      the cost without levers, written out
 */
public record LeverResult(double monthlyWithout, double cp1kiWithout, Breakdown monthly, Integer instancesWithout,
                          List<LeverStep> steps, Breakdown addOns, double servedShare, double inputKeep,
                          double peakToAverage, List<String> notes, List<Explanation> explanations) {

    /** No lever is on. */
    public static final LeverResult NONE = new LeverResult(0, 0, new Breakdown(0, 0, 0, 0, 0), null, List.of(),
            new Breakdown(0, 0, 0, 0, 0), 1, 1, Double.NaN, List.of(), List.of());

    public LeverResult {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
        explanations = List.copyOf(explanations);
    }

    /** Whether any lever is on. */
    public boolean any() {
        return !steps.isEmpty();
    }

    /** Monthly cost without levers minus with all of them (the sum of the steps' savings). */
    public double totalSaving() {
        return steps.isEmpty() ? 0 : monthlyWithout - steps.get(steps.size() - 1).monthlyAfter();
    }

    /** {@link #totalSaving()} as a share of the cost without levers. */
    public double totalSavingShare() {
        return steps.isEmpty() || monthlyWithout == 0 ? 0 : totalSaving() / monthlyWithout;
    }
}
