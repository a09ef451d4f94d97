package com.cp1ki.engine.drift;

import java.util.List;

/**
 * A feature's last days in the log held against its workload in the project.
 *
 * @param feature                 the feature (tag)
 * @param workload                the matching workload, or null when the project has none
 * @param from                    first bucket label of the period
 * @param to                      last bucket label
 * @param days                    days in the period
 * @param actualInferencesPerDay  successful requests per day
 * @param actualMeanInput         mean input tokens per request
 * @param actualMeanOutput        mean output tokens per request
 * @param actualCp1ki             modelled CP1Ki over the period (token cost only), null without inferences
 * @param plannedInferencesPerDay the workload's volume, null without a workload
 * @param plannedMeanInput        the workload's mean input tokens
 * @param plannedMeanOutput       the workload's mean output tokens
 * @param stacks                  per stack the feature used: its share and the planned CP1Ki
 * @param plannedTokenCp1ki       planned token cost per 1,000, weighted by the actual stack shares
 *                                (what the actual CP1Ki compares with), null when unknown
 * @param plannedCp1ki            planned all-in CP1Ki (with fixed, ops, extras), the same weighting
 * @param routedTokenCp1ki        the plan as routed: token cost per 1,000 of the workload in the
 *                                portfolio (its routing's shares), null when the workload is not routed
 * @param routedCp1ki             the plan as routed, all-in: the portfolio's CP1Ki of the feature (each
 *                                stack's fixed and ops cost allocated), null when the workload is not routed
 */
public record ActualVsPlan(String feature, String workload, String from, String to, double days,
                           double actualInferencesPerDay, double actualMeanInput, double actualMeanOutput,
                           Double actualCp1ki, Double plannedInferencesPerDay, Double plannedMeanInput,
                           Double plannedMeanOutput, List<PlannedStack> stacks, Double plannedTokenCp1ki,
                           Double plannedCp1ki, Double routedTokenCp1ki, Double routedCp1ki) {

    public ActualVsPlan {
        stacks = List.copyOf(stacks);
    }

    /**
     * @param stack           stack name
     * @param share           share of the feature's priced requests on it over the period
     * @param plannedTokenCp1ki the plan's token cost per 1,000 on this stack, null when the pair has no result
     * @param plannedCp1ki    the plan's all-in CP1Ki on this stack, null when the pair has no result
     * @param routedShare     the workload's routing share to this stack, null when the workload is not
     *                        routed (0 for a stack the log used that the routing does not)
     */
    public record PlannedStack(String stack, double share, Double plannedTokenCp1ki, Double plannedCp1ki,
                               Double routedShare) {
    }
}
