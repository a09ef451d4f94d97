package com.cp1ki.engine.drift;

import com.cp1ki.engine.report.Warning;

import java.util.List;

/**
 * Everything {@link Drift#analyse} finds in a log: per feature its series, verdicts and
 * decompositions, the model names and how they were priced, and warnings.
 *
 * @param granularity  the buckets
 * @param zone         the time zone they are counted in
 * @param rule         the rule applied
 * @param firstBucket  the log's first bucket (Long.MIN_VALUE for an empty log)
 * @param lastBucket   its last
 * @param features     one per feature, in the log's order
 * @param models       one per model name, most requests first
 * @param warnings     what the user should know (unpriced models, thresholds unknown at read time)
 */
public record DriftReport(Granularity granularity, String zone, DriftRule rule, long firstBucket, long lastBucket,
                          List<FeatureDrift> features, List<ModelUse> models, List<Warning> warnings) {

    public DriftReport {
        features = List.copyOf(features);
        models = List.copyOf(models);
        warnings = List.copyOf(warnings);
    }

    /** Every alert (a window that drifted after one that did not), feature by feature. */
    public long alertCount() {
        return features.stream().mapToLong(f -> f.alerts().size()).sum();
    }

    public FeatureDrift feature(String name) {
        return features.stream().filter(f -> f.feature().equals(name)).findFirst().orElse(null);
    }
}
