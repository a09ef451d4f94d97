package com.cp1ki.engine.report;

import java.util.List;

/**
 * One optimisation lever applied on top of the ones before it: the waterfall's bar. USD.
 *
 * @param lever          "compression", "cache", "cascade" or "batching" (the JSON key)
 * @param label          what the step is, in words: "Prompt compression 30%"
 * @param monthly        the monthly cost by component after this step
 * @param monthlyAfter   {@code monthly.total()}
 * @param cp1kiAfter     CP1Ki after this step
 * @param saving         monthly cost before this step minus after it (negative when the lever costs more than it saves)
 * @param savingCp1ki    the same per 1,000 inferences
 * @param savingShare    {@code saving} as a share of the monthly cost without levers (so the steps' shares add up)
 * @param instancesAfter this stack's fleet after the step (null for a managed API)
 * @param explanations   the step's formulas with their inputs plugged in
 */
public record LeverStep(String lever, String label, Breakdown monthly, double monthlyAfter, double cp1kiAfter,
                        double saving, double savingCp1ki, double savingShare, Integer instancesAfter,
                        List<Explanation> explanations) {

    public LeverStep {
        explanations = List.copyOf(explanations);
    }
}
