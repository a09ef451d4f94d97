package com.cp1ki.engine;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.SelfHostedGpu;

import java.util.function.Supplier;

/**
 * Sizing and monthly cost of a self-hosted fleet serving one workload:
 * <pre>
 *   s = O / R_out + I / R_in          cap = 3600 / E[s]
 *   D = V / 24 x P x retry            N = max(N_min, ceil(D / (cap x u)))
 *   GPU cost = N_r x rate_reserved x H + max(0, N - N_r) x rate_chosen x H
 * </pre>
 * With throughput unset the fleet is N_min instances, at least one.
 */
final class GpuFleet {
    /** Relative slack so that a demand of exactly k instances' capacity needs k, not k + 1. */
    private static final double CEIL_SLACK = 1e-12;

    final SelfHostedGpu gpu;
    final double meanSeconds;
    final double capacityPerHour;
    final double volumePerInstance;
    final double hours;
    /** "stack X serving workload Y", for a message (built only then: a Monte Carlo makes fleets millions of times). */
    private final Supplier<String> serving;

    GpuFleet(SelfHostedGpu gpu, double meanIn, double meanOut, double peakToAverage, double retry, double hours,
             Supplier<String> serving) {
        this.gpu = gpu;
        this.hours = hours;
        this.serving = serving;
        double s = gpu.throughputSet() ? seconds(gpu, meanIn, meanOut) : Double.NaN;
        this.meanSeconds = s;
        this.capacityPerHour = s > 0 ? 3600 / s : Double.POSITIVE_INFINITY;
        // inferences/day one instance can take: cap x u x 24 / (P x retry)
        this.volumePerInstance = gpu.throughputSet() && s > 0
                ? capacityPerHour * gpu.utilisationCeiling() * 24 / (peakToAverage * retry)
                : Double.POSITIVE_INFINITY;
    }

    /** GPU-seconds of one request. */
    static double seconds(SelfHostedGpu g, double in, double out) {
        double s = out / g.outputTokensPerSecond();
        if (g.inputTokensPerSecond() > 0) {
            s += in / g.inputTokensPerSecond();
        }
        return s;
    }

    /** Whether capacity follows demand (throughput set and requests take GPU time). */
    boolean sized() {
        return volumePerInstance != Double.POSITIVE_INFINITY;
    }

    /**
     * Fleet size at a volume of inferences/day.
     *
     * @param where what the volume is, for the message when the fleet cannot be sized (built only then:
     *              a Monte Carlo sizes fleets millions of times)
     * @throws InvalidInputException when the fleet would pass {@link Integer#MAX_VALUE} instances
     *                               (it was silently capped there, with a utilisation of 2,150%)
     */
    int instancesAt(double volume, Supplier<String> where) {
        int min = gpu.minInstances();
        if (!sized()) {
            return Math.max(min, 1);
        }
        double need = Math.ceil(volume / volumePerInstance * (1 - CEIL_SLACK));
        if (!(need <= Integer.MAX_VALUE)) {
            throw new InvalidInputException("output throughput", serving.get() + " would need " + Fmt.count(need)
                    + " instances " + where.get() + ", more than the " + Fmt.count(Integer.MAX_VALUE)
                    + " a fleet can be sized to: check its output throughput (" + gpu.outputTokensPerSecond()
                    + " tokens/s), its input throughput and the tokens per request");
        }
        return (int) Math.max(min, need);
    }

    /** The volume at which the fleet steps from k to k + 1 instances (demand-driven). */
    double stepVolume(int k) {
        return k * volumePerInstance;
    }

    double reservedRate() {
        return gpu.rateFor(gpu.reservedTerm());
    }

    /** Monthly GPU cost of n instances: N_r reserved (paid whether used or not), the rest at the chosen rate. */
    double monthlyCost(int n) {
        int nr = gpu.reservedInstances();
        return nr * reservedRate() * hours + Math.max(0, n - nr) * gpu.chosenRate() * hours;
    }

    /** Peak demand in requests/hour: V / 24 x P x retry. */
    static double peakDemand(double volume, double peakToAverage, double retry) {
        return volume / 24 * peakToAverage * retry;
    }

    /** Mean utilisation: (V / 24 x retry) / (N x cap). */
    double utilisation(double volume, double retry, int n) {
        return sized() ? volume / 24 * retry / (n * capacityPerHour) : Double.NaN;
    }
}
