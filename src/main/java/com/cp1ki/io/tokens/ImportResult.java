package com.cp1ki.io.tokens;

import com.cp1ki.engine.model.TokenDistribution;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of an import.
 *
 * @param distribution all used rows, as one workload's distribution
 * @param tags         one entry per tag value, by weight (largest first); empty when the log has no tag column
 * @param traffic      span, rate and peak-to-average from timestamps, or null when the log has none
 * @param report       counts, skipped rows and summaries
 */
public record ImportResult(TokenDistribution distribution, List<TagResult> tags, Traffic traffic, ImportReport report) {
    public ImportResult {
        tags = List.copyOf(tags);
    }

    public Optional<TagResult> tag(String name) {
        return tags.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<Traffic> trafficIfMeasured() {
        return Optional.ofNullable(traffic);
    }
}
