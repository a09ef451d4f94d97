package com.cp1ki.engine.levers;

/**
 * A self-hosted fleet as a lever stage sizes it, for explanations.
 *
 * @param instances          N
 * @param utilisation        realised mean utilisation (NaN when throughput is unset)
 * @param sized              whether capacity follows demand (throughput set)
 * @param secondsPerRequest  E[s] at the use's tokens
 * @param capacityPerHour    3600 / E[s]
 * @param peakToAverage      P after off-peak batching
 * @param retry              retry factor
 * @param ceiling            utilisation ceiling u
 * @param minInstances       N_min
 * @param workloadVolume     the workload's inferences/day V
 * @param volume             inferences/day the fleet serves: V x share
 * @param peakDemand         requests/hour at the peak: volume / 24 x P x retry
 * @param gpuCost            USD/month
 */
public record Fleet(int instances, double utilisation, boolean sized, double secondsPerRequest,
                    double capacityPerHour, double peakToAverage, double retry, double ceiling, int minInstances,
                    double workloadVolume, double volume, double peakDemand, double gpuCost) {
}
