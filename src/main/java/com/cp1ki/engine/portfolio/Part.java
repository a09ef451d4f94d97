package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.LeverResult;
import com.cp1ki.engine.report.StackResult;

/**
 * One feature's traffic on one stack (a route with a positive share), with every quantity the
 * allocation keys and the fleet sizing need. Token costs and extras are linear in volume, so the
 * part's are the routing share of the pair's (the workload on the stack alone, at its whole volume).
 */
final class Part {
    final Workload workload;
    final Stack stack;
    final double share;
    /** inferences/day routed here: V x share */
    final double volume;
    /**
     * requests/day of those that reach this stack's model: V x share x the share its levers leave it
     * (cache misses, escalations of a cascade); {@link #volume} without levers
     */
    final double modelVolume;
    /** the peak-to-average this stack's fleet is sized for: the workload's, or after off-peak batching */
    final double peakToAverage;
    final double monthlyInferences;
    final double retry;
    final double tokens;
    final double extras;
    final double pairTokens;
    final double pairExtras;
    /** monthly inferences x (mean input + mean output tokens) */
    final double tokenCount;
    /** GPU-seconds of one request (NaN for an API or when throughput is unset) */
    final double seconds;
    /** busy GPU-seconds a month: monthly inferences x retry x s (0 for an API) */
    final double busySeconds;
    /** requests/hour one instance serves: 3600 / s (infinite when requests take no GPU time) */
    final double capacityPerHour;
    /** instances the part's peak needs at the fleet's ceiling (0 when it takes no GPU time) */
    final double peakInstances;

    Part(Workload w, Stack s, double share, StackResult pair, double daysPerMonth) {
        this.workload = w;
        this.stack = s;
        this.share = share;
        this.volume = w.inferencesPerDay() * share;
        // a self-hosted stack's levers shrink what its fleet serves (docs/cost-model.md, "Optimisation levers")
        LeverResult levers = s.serving() instanceof SelfHostedGpu && pair.levers().any() ? pair.levers() : null;
        double served = levers == null ? 1 : levers.servedShare();
        this.modelVolume = volume * served;
        this.peakToAverage = levers == null || Double.isNaN(levers.peakToAverage()) ? w.peakToAverage()
                : levers.peakToAverage();
        double keep = levers == null ? 1 : levers.inputKeep();
        this.monthlyInferences = pair.monthlyInferences() * share;
        this.retry = s.common().retryFactor();
        this.pairTokens = pair.monthly().tokens();
        this.pairExtras = pair.monthly().extras();
        this.tokens = pairTokens * share;
        this.extras = pairExtras * share;
        this.tokenCount = monthlyInferences * (w.tokens().meanInput() + w.tokens().meanOutput());
        if (s.serving() instanceof SelfHostedGpu g && g.throughputSet()) {
            seconds = seconds(g, w.tokens().meanInput() * keep, w.tokens().meanOutput());
        } else {
            seconds = Double.NaN;
        }
        boolean takesTime = seconds > 0;
        busySeconds = takesTime ? monthlyInferences * served * retry * seconds : 0;
        capacityPerHour = takesTime ? 3600 / seconds : Double.POSITIVE_INFINITY;
        if (takesTime) {
            // as engine.GpuFleet: inferences/day one instance takes, cap x u x 24 / (P x retry)
            SelfHostedGpu g = (SelfHostedGpu) s.serving();
            double perInstance = capacityPerHour * g.utilisationCeiling() * 24 / (peakToAverage * retry);
            peakInstances = modelVolume / perInstance;
        } else {
            peakInstances = 0;
        }
    }

    /** GPU-seconds of one request: O / R_out + I / R_in (the I term only when R_in is set). */
    static double seconds(SelfHostedGpu g, double in, double out) {
        double s = out / g.outputTokensPerSecond();
        if (g.inputTokensPerSecond() > 0) {
            s += in / g.inputTokensPerSecond();
        }
        return s;
    }

    boolean takesGpuTime() {
        return seconds > 0;
    }

    /** Peak GPU demand in GPU-seconds/hour: V x share / 24 x P x retry x s. */
    double peakSecondsPerHour() {
        return takesGpuTime() ? modelVolume / 24 * peakToAverage * retry * seconds : 0;
    }

    /** Mean GPU demand in GPU-seconds/hour: V x share / 24 x retry x s. */
    double meanSecondsPerHour() {
        return takesGpuTime() ? modelVolume / 24 * retry * seconds : 0;
    }

    /** The part's mean utilisation of n instances: (V x share / 24 x retry) / (n x cap). */
    double utilisationOf(int n) {
        return takesGpuTime() ? modelVolume / 24 * retry / (n * capacityPerHour) : 0;
    }
}
