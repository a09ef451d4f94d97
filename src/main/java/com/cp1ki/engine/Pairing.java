package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Breakdown;

/**
 * One workload served by one stack alone: the stack carries its full fixed and ops cost. Holds the
 * monthly numbers every view of the pair derives from.
 */
final class Pairing {
    final Workload workload;
    final Stack stack;
    final Settings settings;
    final TokenPoints points;
    final double volume;
    final double monthlyInferences;
    final double retry;
    final double extrasPerInference;
    final double fixed;
    final double ops;
    /** API: request(I, O) before retries; null for GPU stacks. */
    final LinearCost request;
    /** API: E[request(I, O)] before retries. */
    final double meanRequest;
    /** GPU: the fleet; null for API stacks. */
    final GpuFleet fleet;
    final int instances;
    final Breakdown breakdown;

    Pairing(Workload workload, Stack stack, Settings settings, TokenPoints points) {
        this(workload, stack, settings, points, points);
    }

    /**
     * A pairing whose token means come from {@code means} (a Monte Carlo draw's precomputed table);
     * {@code points} may then be null, and only the monthly numbers and curves are asked of it.
     */
    Pairing(Workload workload, Stack stack, Settings settings, TokenPoints points, TokenMeans means) {
        this.workload = workload;
        this.stack = stack;
        this.settings = settings;
        this.points = points;
        CommonCosts c = stack.common();
        volume = workload.inferencesPerDay();
        monthlyInferences = volume * settings.daysPerMonth();
        retry = c.retryFactor();
        extrasPerInference = c.extrasPerInference();
        fixed = c.fixedPerMonth();
        ops = c.opsPerMonth();
        double extras = extrasPerInference * monthlyInferences;
        if (stack.serving() instanceof ManagedApi api) {
            request = ApiCost.request(api);
            meanRequest = means.mean(request);
            fleet = null;
            instances = 0;
            breakdown = new Breakdown(meanRequest * retry * monthlyInferences, 0, fixed, ops, extras);
        } else {
            SelfHostedGpu g = (SelfHostedGpu) stack.serving();
            request = null;
            meanRequest = Double.NaN;
            fleet = new GpuFleet(g, means.meanIn(), means.meanOut(), workload.peakToAverage(), retry,
                    settings.hoursPerMonth(), () -> "stack " + stack.name() + " serving " + workload.name());
            instances = fleet.instancesAt(volume, () -> "at " + Fmt.count(volume) + " inferences/day");
            breakdown = new Breakdown(0, fleet.monthlyCost(instances), fixed, ops, extras);
        }
    }

    boolean api() {
        return fleet == null;
    }

    double monthlyCost() {
        return breakdown.total();
    }

    double costPerInference() {
        return monthlyCost() / monthlyInferences;
    }

    /**
     * The cost of one request at its tokens, with everything spread per request: API
     * request(I, O) x retry; GPU cost allocated by GPU-seconds, s(I, O) / E[s] of the GPU cost per
     * inference (evenly when throughput is unset); plus extras and (fixed + ops) / monthly inferences.
     * Its weighted mean is the cost per inference.
     */
    LinearCost perRequest() {
        double spread = extrasPerInference + (fixed + ops) / monthlyInferences;
        if (api()) {
            return request.scaledPlus(retry, spread);
        }
        double gpuPerInference = breakdown.gpu() / monthlyInferences;
        SelfHostedGpu g = fleet.gpu;
        if (!(fleet.meanSeconds > 0)) {
            return LinearCost.of(0, 0, gpuPerInference + spread);
        }
        double perSecond = gpuPerInference / fleet.meanSeconds;
        double alpha = g.inputTokensPerSecond() > 0 ? perSecond / g.inputTokensPerSecond() : 0;
        return LinearCost.of(alpha, perSecond / g.outputTokensPerSecond(), spread);
    }

    String subject() {
        return stack.name() + " / " + workload.name();
    }
}
