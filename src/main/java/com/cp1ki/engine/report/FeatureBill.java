package com.cp1ki.engine.report;

import java.util.List;

/**
 * One feature (routed workload) of the portfolio: what it is allocated of the bill. USD.
 *
 * @param workload           workload name
 * @param monthlyInferences  its inferences a month (all routes)
 * @param monthly            its allocated monthly cost by component, over all its stacks
 * @param monthlyCost        {@code monthly.total()}
 * @param costPerInference   monthly cost / monthly inferences
 * @param cp1ki              1000 x cost per inference: the feature's CP1Ki as the product is run
 * @param roiMultiple        value per inference / cost per inference (null when it has no value)
 * @param roiBand            the band of that multiple (null when no value)
 * @param stacks             its part on each stack it is routed to (positive shares), in routing order
 * @param explanations       how each allocated amount was computed, keys and shares plugged in
 */
public record FeatureBill(String workload, double monthlyInferences, Breakdown monthly, double monthlyCost,
                          double costPerInference, double cp1ki, Double roiMultiple, RoiBand roiBand,
                          List<FeatureShare> stacks, List<Explanation> explanations) {

    public FeatureBill {
        stacks = List.copyOf(stacks);
        explanations = List.copyOf(explanations);
    }
}
