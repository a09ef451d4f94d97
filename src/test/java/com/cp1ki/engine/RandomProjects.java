package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;

import java.util.Random;

/** Random but valid inputs for property tests, from a seeded generator. */
final class RandomProjects {
    private final Random rnd;

    RandomProjects(long seed) {
        rnd = new Random(seed);
    }

    double between(double lo, double hi) {
        return lo + (hi - lo) * rnd.nextDouble();
    }

    double logBetween(double lo, double hi) {
        return Math.exp(between(Math.log(lo), Math.log(hi)));
    }

    boolean chance(double p) {
        return rnd.nextDouble() < p;
    }

    /** An API with any mix of cache, batch, fees and (when {@code tier}) a dearer long-context tier. */
    ManagedApi api(boolean tier) {
        double in = logBetween(0.05, 20);
        double out = in * between(1, 6);
        double h = chance(0.5) ? between(0, 0.6) : 0;
        double w = chance(0.5) ? between(0, 1 - h) : 0;
        LongContextTier t = tier ? new LongContextTier((long) logBetween(500, 100_000), in * between(1, 3),
                out * between(1, 2), in * 0.1 * between(1, 2), in * 1.25 * between(1, 2)) : null;
        return new ManagedApi("P", "M", in, out, in * 0.1, in * 1.25, h, w, chance(0.5) ? between(0, 1) : 0, 0.5, t,
                chance(0.3) ? between(0, 0.1) : 0, chance(0.3) ? between(0, 1e-3) : 0, null, null);
    }

    SelfHostedGpu gpu() {
        double od = logBetween(0.3, 40);
        RateKind[] kinds = RateKind.values();
        return new SelfHostedGpu("g", 1, od, chance(0.5) ? od * 0.6 : 0, 0.35, 0, 0.55, od * 0.3,
                kinds[rnd.nextInt(kinds.length)], logBetween(20, 5000), chance(0.5) ? logBetween(500, 50_000) : 0,
                between(0.3, 1), rnd.nextInt(3), chance(0.3) ? rnd.nextInt(4) : 0, RateKind.RESERVED_1Y, null);
    }

    CommonCosts common() {
        return new CommonCosts(between(0, 50), between(0, 20), between(0, 10), 0, chance(0.5) ? between(0, 20) : 0,
                between(50, 200), chance(0.3) ? between(0, 2000) : 0, chance(0.3) ? between(0, 50_000) : 0,
                between(1, 36), chance(0.3) ? between(0, 3) : 0, between(0, 1e-3), chance(0.3) ? 1 : 0, between(0, 1e-3),
                chance(0.3) ? between(0, 1) : 0, chance(0.3) ? between(0, 0.2) : 0);
    }

    Stack stack(String name, boolean tier) {
        return new Stack(name, true, chance(0.5) ? api(tier) : gpu(), common());
    }

    /** Typed means, or a distribution of {@code rows} requests. */
    Workload workload(String name, int rows) {
        double perDay = logBetween(100, 1e7);
        if (rows == 0) {
            return new Workload(name, perDay, new TypedMeans(logBetween(10, 20_000), logBetween(1, 2000)), null,
                    between(1, 3));
        }
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        double mi = logBetween(50, 5000);
        double mo = logBetween(10, 500);
        for (int k = 0; k < rows; k++) {
            b.add((long) (mi * Math.exp(rnd.nextGaussian())), (long) (mo * Math.exp(rnd.nextGaussian() * 0.7)),
                    chance(0.1) ? 1 + rnd.nextInt(5) : 1);
        }
        return new Workload(name, perDay, b.build(), null, between(1, 3));
    }
}
