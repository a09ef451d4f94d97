package com.cp1ki.engine.report;

import com.cp1ki.engine.model.AllocationKey;

import java.util.List;

/**
 * One stack of the portfolio: everything it costs a month with all its routed traffic. USD.
 *
 * @param stack              stack name
 * @param kind               "api" or "gpu"
 * @param monthly            its monthly cost by component; {@code gpu} includes unused reserved capacity
 * @param monthlyCost        {@code monthly.total()}
 * @param unusedReserved     reserved instances paid for beyond the fleet's need (N_r - N) x reserved
 *                           rate x H; part of {@code monthly.gpu}, allocated to no feature
 * @param monthlyInferences  inferences routed to it a month, all features
 * @param instances          fleet size N for the combined demand (null for an API)
 * @param utilisation        realised mean utilisation of that fleet (null for an API or when
 *                           throughput is unset)
 * @param peakUtilisation    peak demand over the fleet's capacity (null like {@code utilisation})
 * @param fleetKey           the key the GPU cost was allocated by (null for an API); GPU-seconds
 *                           fall back to requests when the fleet's throughput is unset
 * @param overheadKey        the key fixed and ops were allocated by (same fallback)
 * @param coincidence        peak coincidence factor used to size the fleet (1 for an API)
 * @param features           the features routed to it, in project order
 * @param explanations       how the fleet, its cost and the keys' totals were computed
 */
public record StackBill(String stack, String kind, Breakdown monthly, double monthlyCost, double unusedReserved,
                        double monthlyInferences, Integer instances, Double utilisation, Double peakUtilisation,
                        AllocationKey fleetKey, AllocationKey overheadKey, double coincidence, List<String> features,
                        List<Explanation> explanations) {

    public StackBill {
        features = List.copyOf(features);
        explanations = List.copyOf(explanations);
    }
}
