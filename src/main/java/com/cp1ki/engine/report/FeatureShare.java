package com.cp1ki.engine.report;

/**
 * A feature's part of one stack of the portfolio. USD/month.
 *
 * @param stack              stack name
 * @param routingShare       the share of the feature's inferences routed there
 * @param monthlyInferences  those inferences a month
 * @param monthly            what it is allocated there, by component
 * @param fleetShare         its share of the stack's fleet key (GPU cost), in [0, 1]; null for an API
 * @param overheadShare      its share of the stack's overhead key (fixed and ops), in [0, 1]
 */
public record FeatureShare(String stack, double routingShare, double monthlyInferences, Breakdown monthly,
                           Double fleetShare, double overheadShare) {
}
