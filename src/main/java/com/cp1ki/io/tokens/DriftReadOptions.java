package com.cp1ki.io.tokens;

import com.cp1ki.engine.drift.Granularity;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;

import java.time.ZoneId;
import java.util.TreeSet;

/**
 * How to read request logs for drift. Column options take a header name (any case) or a 1-based
 * column number, or a JSON field path ({@code usage.prompt_tokens}); null detects, an empty text
 * says the log has no such column.
 *
 * @param columns      format, delimiter, header, threads and the input, output, count, time and
 *                     tag (feature) columns, as for an import
 * @param modelCol     the model name
 * @param cachedCol    cached input tokens (part of the input tokens)
 * @param costCol      the billed cost, USD
 * @param statusCol    the outcome (success/failure or an HTTP status)
 * @param feature      the feature of every row of a log without a feature column, or null
 * @param model        the model of every row of a log without a model column, or null
 * @param zone         the time zone whose days (hours) the buckets are; timestamps without a zone are UTC
 * @param granularity  day or hour buckets
 * @param thresholds   input-token thresholds to split cells at (the project's long-context thresholds)
 */
public record DriftReadOptions(ImportOptions columns, String modelCol, String cachedCol, String costCol,
                               String statusCol, String feature, String model, ZoneId zone, Granularity granularity,
                               long[] thresholds) {

    public DriftReadOptions {
        if (columns == null || zone == null || granularity == null) {
            throw new IllegalArgumentException("columns, zone and granularity are required");
        }
        thresholds = thresholds == null ? new long[0] : new TreeSet<>(java.util.Arrays.stream(thresholds).boxed().toList())
                .stream().mapToLong(Long::longValue).toArray();
        if (thresholds.length > 100) {
            throw new IllegalArgumentException("at most 100 long-context thresholds");
        }
    }

    /** Everything detected, UTC days, no thresholds. */
    public static DriftReadOptions defaults() {
        return new DriftReadOptions(ImportOptions.defaults(), null, null, null, null, null, null, ZoneId.of("UTC"),
                Granularity.DAY, new long[0]);
    }

    @Override
    public long[] thresholds() {
        return thresholds.clone();
    }

    /** These options with the long-context thresholds of the project's API stacks. */
    public DriftReadOptions withThresholdsOf(Project p) {
        TreeSet<Long> t = new TreeSet<>();
        for (Stack s : p.stacks()) {
            if (s.serving() instanceof ManagedApi a && a.longContext() != null) {
                t.add(a.longContext().thresholdTokens());
            }
        }
        return new DriftReadOptions(columns, modelCol, cachedCol, costCol, statusCol, feature, model, zone, granularity,
                t.stream().mapToLong(Long::longValue).toArray());
    }

    public DriftReadOptions withColumns(ImportOptions c) {
        return new DriftReadOptions(c, modelCol, cachedCol, costCol, statusCol, feature, model, zone, granularity, thresholds);
    }

    public DriftReadOptions withDetailColumns(String modelC, String cachedC, String costC, String statusC) {
        return new DriftReadOptions(columns, modelC, cachedC, costC, statusC, feature, model, zone, granularity, thresholds);
    }

    public DriftReadOptions withFixed(String f, String m) {
        return new DriftReadOptions(columns, modelCol, cachedCol, costCol, statusCol, f, m, zone, granularity, thresholds);
    }

    public DriftReadOptions withZone(ZoneId z) {
        return new DriftReadOptions(columns, modelCol, cachedCol, costCol, statusCol, feature, model, z, granularity, thresholds);
    }

    public DriftReadOptions withGranularity(Granularity g) {
        return new DriftReadOptions(columns, modelCol, cachedCol, costCol, statusCol, feature, model, zone, g, thresholds);
    }

    public DriftReadOptions withThresholds(long[] t) {
        return new DriftReadOptions(columns, modelCol, cachedCol, costCol, statusCol, feature, model, zone, granularity, t);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DriftReadOptions d && columns.equals(d.columns) && java.util.Objects.equals(modelCol, d.modelCol)
                && java.util.Objects.equals(cachedCol, d.cachedCol) && java.util.Objects.equals(costCol, d.costCol)
                && java.util.Objects.equals(statusCol, d.statusCol) && java.util.Objects.equals(feature, d.feature)
                && java.util.Objects.equals(model, d.model) && zone.equals(d.zone) && granularity == d.granularity
                && java.util.Arrays.equals(thresholds, d.thresholds);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(columns, modelCol, zone, granularity) * 31 + java.util.Arrays.hashCode(thresholds);
    }
}
