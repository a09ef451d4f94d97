package com.cp1ki.engine.drift;

import java.util.List;

/**
 * One feature of the log: its series (one point per bucket from the log's first to its last),
 * billed against modelled, and the actuals against the plan.
 *
 * @param feature       the feature (tag)
 * @param points        one per bucket, in time order
 * @param modelledCost  modelled cost of the priced requests over the whole log, USD
 * @param billedCost    the log's own cost of the priced requests, null when the log has none
 * @param modelledOfBilled modelled cost of the requests that carried a billed cost
 * @param plan          the last baseline-length of the log against the workload
 */
public record FeatureDrift(String feature, List<DriftPoint> points, double modelledCost, Double billedCost,
                           double modelledOfBilled, ActualVsPlan plan) {

    public FeatureDrift {
        points = List.copyOf(points);
    }

    public List<DriftPoint> alerts() {
        return points.stream().filter(p -> p.state() == State.ALERT).toList();
    }
}
