package com.cp1ki.engine.drift;

import java.util.Map;

/**
 * One feature in one window (ending at {@code bucket}): what the log says and what the rule says.
 * Requests count attempts; inferences count the successful ones. Token means are per request.
 * Money is USD, unrounded; a value the window cannot have is null.
 *
 * @param bucket            the window's last bucket
 * @param label             its date ("2024-05-01") or hour ("2024-05-01T13:00")
 * @param requests          requests in the bucket (all models, failed ones included)
 * @param inferences        successful requests of priced models (CP1Ki's denominator)
 * @param failed            failed requests of priced models
 * @param unpriced          requests of models the project does not price (left out of the cost)
 * @param meanInput         mean input tokens per request
 * @param meanOutput        mean output tokens per request
 * @param meanCached        mean cached input tokens per request
 * @param cacheHitShare     cached input / input
 * @param modelledCost      cost at the project's prices of the priced requests, USD
 * @param cp1ki             1000 x modelledCost / inferences, null without inferences
 * @param billedCost        the log's own cost of the priced requests, null when the log has none
 * @param modelledOfBilled  the modelled cost of the requests that carried a billed cost
 * @param mix               stack name -> share of the inferences (successful priced requests)
 * @param state             the rule's verdict on the window ending here
 * @param reason            why it was not judged, or what fired; a sentence
 * @param windowCp1ki       CP1Ki over the whole window (equal to cp1ki for a one-bucket window)
 * @param baseline          the baseline CP1Ki (pooled, or the median in robust mode), null when none
 * @param bandLow           lower edge of the baseline band (the baseline; median - k MAD in robust mode)
 * @param bandHigh          the line above which the window drifts
 * @param extraSpend        what the window cost above the baseline, USD: (window CP1Ki - baseline) x inferences / 1000
 * @param decomposition     the change from the baseline period to the window, split by driver; null when not judged
 */
public record DriftPoint(long bucket, String label, double requests, double inferences, double failed,
                         double unpriced, double meanInput, double meanOutput, double meanCached, double cacheHitShare,
                         double modelledCost, Double cp1ki, Double billedCost, double modelledOfBilled,
                         Map<String, Double> mix, State state, String reason, Double windowCp1ki, Double baseline,
                         Double bandLow, Double bandHigh, Double extraSpend, Decomposition decomposition) {

    public DriftPoint {
        mix = Map.copyOf(mix);
    }
}
