package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.model.AllocationKey;

import java.util.List;

/**
 * The weights of an allocation key over a stack's parts, and the key actually used: GPU-seconds
 * and tokens fall back to requests when every part has none (throughput unset, or no tokens), so
 * a cost is never divided by zero.
 */
final class Keys {
    final AllocationKey key;
    final boolean fellBack;
    final double[] weights;
    final double total;

    private Keys(AllocationKey key, boolean fellBack, double[] weights) {
        this.key = key;
        this.fellBack = fellBack;
        this.weights = weights;
        double t = 0;
        for (double w : weights) {
            t += w;
        }
        this.total = t;
    }

    static Keys of(AllocationKey stated, List<Part> parts) {
        double[] w = weights(stated, parts);
        double t = 0;
        for (double x : w) {
            t += x;
        }
        if (t > 0) {
            return new Keys(stated, false, w);
        }
        return new Keys(AllocationKey.REQUESTS, true, weights(AllocationKey.REQUESTS, parts));
    }

    private static double[] weights(AllocationKey key, List<Part> parts) {
        double[] w = new double[parts.size()];
        for (int i = 0; i < w.length; i++) {
            Part p = parts.get(i);
            w[i] = switch (key) {
                case GPU_SECONDS -> p.busySeconds;
                case REQUESTS -> p.monthlyInferences;
                case TOKENS -> p.tokenCount;
                case EVEN -> 1;
            };
        }
        return w;
    }

    /** Part i's share of the key: w_i / sum(w) (exactly 1 for a single part). */
    double share(int i) {
        return weights[i] / total;
    }

    /** The unit a weight is counted in, for explanations. */
    String unit() {
        return switch (key) {
            case GPU_SECONDS -> "GPU-s";
            case REQUESTS -> "inferences";
            case TOKENS -> "tokens";
            case EVEN -> "features";
        };
    }
}
