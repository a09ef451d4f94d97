package com.cp1ki.engine.drift;

import java.util.Arrays;
import java.util.List;

/**
 * What a pass over request logs leaves: per (feature, model, bucket, band, outcome) sums, with the
 * names they index. Nothing here is priced: prices are applied by {@link Drift} from the project,
 * so a changed price or model mapping needs no new pass over the logs.
 *
 * @param granularity     day or hour buckets
 * @param zone            the time zone the buckets are counted in (an IANA id or "UTC"), for display
 * @param features        feature (tag) names
 * @param models          model names as logged
 * @param thresholds      ascending input-token thresholds that split the cells into bands (the
 *                        long-context thresholds of the project's stacks when the logs were read)
 * @param cells           the sums
 * @param cacheColumn     whether the log said how many input tokens were cached (otherwise the
 *                        stack's assumed cache shares price every request)
 * @param statusColumn    whether the log said which requests failed
 * @param costColumn      whether the log carried its own cost (billed)
 */
public record LogData(Granularity granularity, String zone, List<String> features, List<String> models,
                      long[] thresholds, List<LogCell> cells, boolean cacheColumn, boolean statusColumn,
                      boolean costColumn) {

    public LogData {
        features = List.copyOf(features);
        models = List.copyOf(models);
        thresholds = thresholds.clone();
        cells = List.copyOf(cells);
        for (int i = 1; i < thresholds.length; i++) {
            if (thresholds[i] <= thresholds[i - 1]) {
                throw new IllegalArgumentException("band thresholds must ascend");
            }
        }
        for (LogCell c : cells) {
            if (c.feature() >= features.size() || c.model() >= models.size() || c.band() > thresholds.length) {
                throw new IllegalArgumentException("a log cell refers to a feature, model or band that does not exist");
            }
        }
    }

    @Override
    public long[] thresholds() {
        return thresholds.clone();
    }

    /** The lowest input-token count of a band (exclusive: the band holds inputs above it), or -1 for band 0. */
    public long bandFloor(int band) {
        return band == 0 ? -1 : thresholds[band - 1];
    }

    /** Whether a threshold was used to split the cells. */
    public boolean splitsAt(long threshold) {
        return Arrays.binarySearch(thresholds, threshold) >= 0;
    }

    public boolean isEmpty() {
        return cells.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LogData d && granularity == d.granularity && zone.equals(d.zone)
                && features.equals(d.features) && models.equals(d.models) && Arrays.equals(thresholds, d.thresholds)
                && cells.equals(d.cells) && cacheColumn == d.cacheColumn && statusColumn == d.statusColumn
                && costColumn == d.costColumn;
    }

    @Override
    public int hashCode() {
        return 31 * cells.hashCode() + Arrays.hashCode(thresholds);
    }

    @Override
    public String toString() {
        return "LogData[" + granularity + ", " + zone + ", " + features.size() + " features, " + models.size()
                + " models, " + cells.size() + " cells]";
    }
}
