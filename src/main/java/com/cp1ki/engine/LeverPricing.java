package com.cp1ki.engine;

import com.cp1ki.engine.levers.Fleet;
import com.cp1ki.engine.levers.Priced;
import com.cp1ki.engine.levers.Pricer;
import com.cp1ki.engine.levers.Role;
import com.cp1ki.engine.levers.Use;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Breakdown;

import java.util.HashMap;
import java.util.Map;

/**
 * Prices the uses of a workload's lever stages with the cost model (engine.levers asks): a managed
 * API's request price at the use's tokens, or a fleet sized for the share of the workload it
 * serves. Keeps each priced use with its per-request cost, for the result's cost distribution and
 * curves. One per workload and report run.
 */
final class LeverPricing implements Pricer {
    final Project project;
    final Workload workload;
    /** the workload's points, for the cost distribution; null when only the means are priced (a Monte Carlo draw) */
    final TokenPoints points;
    /** what the uses are priced from: the points, or a draw's precomputed token table */
    private final TokenMeans means;
    final double monthlyInferences;
    private final Map<Use, Served> served = new HashMap<>();

    /**
     * One priced use.
     *
     * @param priced       what engine.levers sees
     * @param perInference the use's cost per inference of the workload as a function of the request's
     *                     tokens (its share applied; no fixed or ops)
     * @param fleet        the fleet (null for an API)
     */
    record Served(Priced priced, LinearCost perInference, GpuFleet fleet) {
    }

    LeverPricing(Project project, Workload workload, TokenPoints points) {
        this(project, workload, points, points);
    }

    /**
     * Pricing from token means only (a Monte Carlo draw's {@code TokenTable}): every cost and curve,
     * no cost distribution.
     */
    LeverPricing(Project project, Workload workload, TokenMeans means) {
        this(project, workload, null, means);
    }

    private LeverPricing(Project project, Workload workload, TokenPoints points, TokenMeans means) {
        this.project = project;
        this.workload = workload;
        this.points = points;
        this.means = means;
        this.monthlyInferences = workload.inferencesPerDay() * project.settings().daysPerMonth();
    }

    @Override
    public Priced price(Use use) {
        return served(use).priced();
    }

    Served served(Use use) {
        Served s = served.get(use);
        if (s == null) {
            s = compute(use);
            served.put(use, s);
        }
        return s;
    }

    private Served compute(Use u) {
        Stack s = project.stack(u.stack()).orElseThrow(() -> new IllegalArgumentException("no stack " + u.stack()));
        CommonCosts cc = s.common();
        double retry = cc.retryFactor();
        double extras = cc.extrasPerInference();
        double share = u.share();
        double monthly = share * monthlyInferences;
        boolean compressor = u.role() == Role.COMPRESSOR;
        double meanIn = compressor ? means.meanIn() : means.meanIn() * u.inputKeep();
        double meanOut = compressor ? means.meanIn() * u.outputFromInput() : means.meanOut();
        if (s.serving() instanceof ManagedApi a) {
            LinearCost request = ApiCost.request(u.batch() ? a : withoutBatch(a));
            request = compressor ? request.outputFromInput(u.outputFromInput()) : request.compressed(u.inputKeep());
            double mean = means.mean(request);
            Breakdown usage = new Breakdown(mean * retry * monthly, 0, 0, 0, extras * monthly);
            return new Served(new Priced(u, monthly, usage, cc.fixedPerMonth(), cc.opsPerMonth(), meanIn, meanOut, mean,
                    retry, extras, null), request.scaledPlus(retry * share, extras * share), null);
        }
        SelfHostedGpu g = (SelfHostedGpu) s.serving();
        double p = workload.peakToAverage();
        if (u.offPeakShare() > 0) {
            p = Math.max(p * (1 - u.offPeakShare()), 1);
        }
        GpuFleet f = new GpuFleet(g, meanIn, meanOut, p, retry, project.settings().hoursPerMonth(),
                () -> "stack " + s.name() + " serving " + workload.name() + " with levers");
        double v = workload.inferencesPerDay();
        double volume = v * share;
        int n = f.instancesAt(volume, () -> "at " + Fmt.count(volume) + " inferences/day");
        double gpu = f.monthlyCost(n);
        double u1 = f.sized() && n > 0 ? f.utilisation(volume, retry, n) : Double.NaN;
        Fleet fleet = new Fleet(n, u1, f.sized(), f.meanSeconds, f.capacityPerHour, p, retry,
                g.utilisationCeiling(), g.minInstances(), v, volume, GpuFleet.peakDemand(volume, p, retry), gpu);
        Breakdown usage = new Breakdown(0, gpu, 0, 0, extras * monthly);
        return new Served(new Priced(u, monthly, usage, cc.fixedPerMonth(), cc.opsPerMonth(), meanIn, meanOut, Double.NaN,
                retry, extras, fleet), gpuPerInference(u, g, f, gpu, extras * share), f);
    }

    /**
     * The fleet's cost per inference of the workload by GPU-seconds: {@code s(I', O') / E[s'] x GPU cost / M},
     * with (I', O') the tokens the fleet sees (compressed input; or I in and I x (1 - r) out for a compressor);
     * evenly when requests take no GPU time or none reach it.
     */
    private LinearCost gpuPerInference(Use u, SelfHostedGpu g, GpuFleet f, double gpu, double extras) {
        double perInference = gpu / monthlyInferences;
        if (!(f.meanSeconds > 0) || u.share() == 0) {
            return LinearCost.of(0, 0, perInference + extras);
        }
        double k = perInference / f.meanSeconds;
        double rin = g.inputTokensPerSecond() > 0 ? 1 / g.inputTokensPerSecond() : 0;
        double rout = 1 / g.outputTokensPerSecond();
        if (u.role() == Role.COMPRESSOR) {
            return LinearCost.of(k * (u.outputFromInput() * rout + rin), 0, extras);
        }
        return LinearCost.of(k * u.inputKeep() * rin, k * rout, extras);
    }

    /** The same API at batch share 0 (the stack without its batching lever). */
    static ManagedApi withoutBatch(ManagedApi a) {
        if (a.batchShare() == 0) {
            return a;
        }
        return new ManagedApi(a.provider(), a.model(), a.inputPrice(), a.outputPrice(), a.cacheReadPrice(),
                a.cacheWritePrice(), a.cacheReadShare(), a.cacheWriteShare(), 0, a.batchDiscount(), a.longContext(),
                a.platformFeePct(), a.feePerRequest(), a.pricesAsOf(), a.priceSource());
    }
}
