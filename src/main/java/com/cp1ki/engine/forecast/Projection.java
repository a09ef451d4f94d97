package com.cp1ki.engine.forecast;

import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * A project's inputs in month m of its forecast: volumes x (1 + g)^(m-1), tokens per inference
 * x (1 + t)^(m-1), API token prices and GPU on-demand and spot rates x (1 - d)^((m-1)/12), reserved
 * rates x the factor of their last renewal. Everything else (fixed, ops, extras, fees per request,
 * throughput, plans) as today. Inputs whose factor is 1 are the project's own objects, so a flat
 * month is the project itself.
 */
final class Projection {
    /** Months of a 1-year and a 3-year reservation. */
    static final int ONE_YEAR = 12;
    static final int THREE_YEARS = 36;

    private Projection() {
    }

    static Project month(Project p, int m) {
        Forecast f = p.forecast();
        double vf = f.volumeFactor(m);
        double tf = f.tokenFactor(m);
        List<Workload> workloads = p.workloads();
        if (vf != 1 || tf != 1) {
            workloads = new ArrayList<>();
            for (Workload w : p.workloads()) {
                workloads.add(w.withVolume(w.inferencesPerDay() * vf).withTokens(ScaledTokens.of(w.tokens(), tf, tf)));
            }
        }
        List<Stack> stacks = new ArrayList<>();
        boolean moved = false;
        for (Stack s : p.stacks()) {
            Stack t = stack(f, s, m);
            moved |= t != s;
            stacks.add(t);
        }
        if (workloads == p.workloads() && !moved) {
            return p;
        }
        return p.withWorkloads(workloads).withStacks(moved ? stacks : p.stacks());
    }

    /** A stack's prices in month m (the stack itself when they do not move). */
    static Stack stack(Forecast f, Stack s, int m) {
        double k = priceFactor(f, s, m);
        if (s.serving() instanceof ManagedApi a) {
            return k == 1 ? s : s.withServing(api(a, k));
        }
        SelfHostedGpu g = (SelfHostedGpu) s.serving();
        double r1 = f.reservedFactor(s, ONE_YEAR, m);
        double r3 = f.reservedFactor(s, THREE_YEARS, m);
        return k == 1 && r1 == 1 && r3 == 1 ? s : s.withServing(gpu(g, k, r1, r3));
    }

    /** The month's multiplier of a stack's token prices or on-demand and spot rates. */
    static double priceFactor(Forecast f, Stack s, int m) {
        return Forecast.declineFactor(f.declineOf(s), m);
    }

    private static ManagedApi api(ManagedApi a, double k) {
        LongContextTier t = a.longContext();
        LongContextTier tier = t == null ? null : new LongContextTier(t.thresholdTokens(), t.inputPrice() * k,
                t.outputPrice() * k, t.cacheReadPrice() * k, t.cacheWritePrice() * k);
        return new ManagedApi(a.provider(), a.model(), a.inputPrice() * k, a.outputPrice() * k,
                a.cacheReadPrice() * k, a.cacheWritePrice() * k, a.cacheReadShare(), a.cacheWriteShare(),
                a.batchShare(), a.batchDiscount(), tier, a.platformFeePct(), a.feePerRequest(), a.pricesAsOf(),
                a.priceSource());
    }

    /**
     * On-demand and spot x k; each reserved rate (explicit, or its discount off on-demand resolved
     * against today's on-demand rate) held at today's level x its renewal factor, written as an
     * explicit rate so that it no longer follows on-demand.
     */
    private static SelfHostedGpu gpu(SelfHostedGpu g, double k, double r1, double r3) {
        double res1 = g.rateFor(RateKind.RESERVED_1Y);
        double res3 = g.rateFor(RateKind.RESERVED_3Y);
        return new SelfHostedGpu(g.instanceType(), g.gpusPerInstance(), g.onDemandRate() * k,
                res1 > 0 ? res1 * r1 : g.reserved1yRate(), g.reserved1yDiscount(),
                res3 > 0 ? res3 * r3 : g.reserved3yRate(), g.reserved3yDiscount(), g.spotRate() * k, g.rate(),
                g.outputTokensPerSecond(), g.inputTokensPerSecond(), g.utilisationCeiling(), g.minInstances(),
                g.reservedInstances(), g.reservedTerm(), g.throughputSource());
    }
}
