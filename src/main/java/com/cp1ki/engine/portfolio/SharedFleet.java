package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;

import java.util.List;

/**
 * One self-hosted fleet sized for everything routed to it: one staircase, one N.
 * <pre>
 *   D_peak = c x sum(V_i / 24 x P_i x retry x s_i)     (never below the sum of mean demands)
 *   N      = max(N_min, ceil(D_peak / (3600 x u)))
 *   GPU cost = N_r x rate_reserved x H + max(0, N - N_r) x rate x H
 *   unused reserved = max(0, N_r - N) x rate_reserved x H
 * </pre>
 * For one feature at 100% this is exactly the pairwise fleet ({@code engine.GpuFleet}): the
 * demand is summed in instance units per feature, in the same operations.
 */
final class SharedFleet {
    /** Relative slack so that a demand of exactly k instances' capacity needs k, not k + 1 (as GpuFleet). */
    private static final double CEIL_SLACK = 1e-12;

    final SelfHostedGpu gpu;
    final double coincidence;
    final boolean sized;
    /** instances the combined peak needs at the ceiling (after the coincidence factor) */
    final double need;
    final double peakSecondsPerHour;
    final double meanSecondsPerHour;
    final int instances;
    final double gpuCost;
    final double unusedReserved;
    final double utilisation;

    SharedFleet(Stack stack, List<Part> parts, double hours) {
        this.gpu = (SelfHostedGpu) stack.serving();
        this.coincidence = stack.sharing().coincidence();
        double peakSum = 0;
        double meanSum = 0;
        double peakSec = 0;
        double meanSec = 0;
        boolean anyTime = false;
        for (Part p : parts) {
            peakSum += p.peakInstances;
            meanSum += p.peakInstances / p.peakToAverage;
            peakSec += p.peakSecondsPerHour();
            meanSec += p.meanSecondsPerHour();
            anyTime |= p.takesGpuTime();
        }
        this.sized = gpu.throughputSet() && anyTime;
        this.need = coincidence == 1 ? peakSum : Math.max(coincidence * peakSum, meanSum);
        this.peakSecondsPerHour = coincidence == 1 ? peakSec : Math.max(coincidence * peakSec, meanSec);
        this.meanSecondsPerHour = meanSec;
        int min = gpu.minInstances();
        if (sized) {
            double n = Math.ceil(need * (1 - CEIL_SLACK));
            instances = (int) Math.max(min, Math.min(n, Integer.MAX_VALUE));
        } else {
            instances = Math.max(min, 1);
        }
        int nr = gpu.reservedInstances();
        double reservedRate = gpu.rateFor(gpu.reservedTerm());
        gpuCost = nr * reservedRate * hours + Math.max(0, instances - nr) * gpu.chosenRate() * hours;
        unusedReserved = Math.max(0, nr - instances) * reservedRate * hours;
        double u = 0;
        for (Part p : parts) {
            u += p.utilisationOf(instances);
        }
        utilisation = sized ? u : Double.NaN;
    }

    /** Peak demand over the fleet's capacity: D_peak / (N x 3600). */
    double peakUtilisation() {
        return sized ? need * gpu.utilisationCeiling() / instances : Double.NaN;
    }

    /** The GPU cost features share: the fleet's cost less unused reserved instances. */
    double allocatable() {
        return gpuCost - unusedReserved;
    }
}
