package com.cp1ki.engine.verify;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.List;
import java.util.Random;

/** Seeded random inputs for the verification tests (written apart from the engine's own test helpers). */
final class Gen {
    final Random rnd;

    Gen(long seed) {
        rnd = new Random(seed);
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    double logUniform(double lo, double hi) {
        return Math.exp(uniform(Math.log(lo), Math.log(hi)));
    }

    boolean coin(double p) {
        return rnd.nextDouble() < p;
    }

    /** Rows with lognormal-ish input and output tokens; input tokens never inside (0.985 T, 1.015 T) when avoid > 0. */
    Brute.Rows rows(int n, double medianIn, double medianOut, long avoid, boolean weighted) {
        long[] in = new long[n];
        long[] out = new long[n];
        double[] w = new double[n];
        for (int k = 0; k < n; k++) {
            long i;
            do {
                i = Math.round(medianIn * Math.exp(1.2 * rnd.nextGaussian()));
            } while (avoid > 0 && i > 0.985 * avoid && i < 1.015 * avoid);
            in[k] = i;
            out[k] = Math.round(medianOut * Math.exp(0.8 * rnd.nextGaussian()));
            w[k] = weighted ? 1 + rnd.nextInt(20) : 1;
        }
        return new Brute.Rows(in, out, w);
    }

    static TokenDistribution distribution(Brute.Rows r) {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int k = 0; k < r.n(); k++) {
            b.add(r.in()[k], r.out()[k], r.w()[k]);
        }
        return b.build();
    }

    CommonCosts common(boolean withOps) {
        return new CommonCosts(uniform(0, 80), uniform(0, 30), uniform(0, 20), coin(0.3) ? uniform(0, 100) : 0,
                withOps ? uniform(1, 40) : 0, uniform(60, 180), withOps ? uniform(0, 3000) : 0,
                withOps && coin(0.5) ? uniform(0, 60_000) : 0, uniform(1, 24),
                coin(0.5) ? uniform(0, 4) : 0, uniform(0, 5e-4), coin(0.5) ? 1 : 0, uniform(0, 5e-4),
                coin(0.5) ? uniform(0, 0.5) : 0, coin(0.6) ? uniform(0, 0.25) : 0);
    }

    /** An API using every pricing feature: cache read/write shares, batch, platform fee, per-request fee, tier. */
    ManagedApi api(long threshold) {
        double in = logUniform(0.1, 15);
        double out = in * uniform(2, 8);
        double h = uniform(0, 0.7);
        double w = uniform(0, 1 - h);
        LongContextTier t = threshold > 0 ? new LongContextTier(threshold, in * uniform(1.5, 2.5), out * uniform(1.2, 2),
                in * uniform(0.1, 0.3), in * uniform(1.25, 2.5)) : null;
        return new ManagedApi("Prov", "Model", in, out, in * uniform(0.05, 0.2), in * uniform(1.1, 1.5), h, w,
                uniform(0, 1), uniform(0.3, 0.6), t, uniform(0, 0.08), coin(0.7) ? uniform(0, 4e-4) : 0, null, null);
    }

    SelfHostedGpu gpu() {
        double od = logUniform(0.5, 30);
        RateKind[] kinds = RateKind.values();
        RateKind chosen = kinds[rnd.nextInt(kinds.length)];
        return new SelfHostedGpu("inst", 1 + rnd.nextInt(8), od, coin(0.5) ? od * uniform(0.5, 0.8) : 0,
                uniform(0.2, 0.45), coin(0.5) ? od * uniform(0.3, 0.6) : 0, uniform(0.4, 0.6), od * uniform(0.2, 0.4),
                chosen, logUniform(30, 3000), coin(0.5) ? logUniform(1000, 40_000) : 0, uniform(0.4, 1),
                rnd.nextInt(4), coin(0.4) ? rnd.nextInt(5) : 0, coin(0.5) ? RateKind.RESERVED_1Y : RateKind.RESERVED_3Y,
                null);
    }

    static Project project(Settings s, List<Workload> w, List<Stack> st) {
        return new Project("verify", s, w, st, List.of());
    }

    static StackResult result(Report r, String workload, String stack) {
        return r.results().stream().filter(x -> x.workload().equals(workload) && x.stack().equals(stack)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + stack + " / " + workload));
    }
}
