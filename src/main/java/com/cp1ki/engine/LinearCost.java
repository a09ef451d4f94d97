package com.cp1ki.engine;

/**
 * Cost of one request as a function of its tokens: {@code alpha x I + beta x O + gamma}, or, when
 * I exceeds {@code threshold}, {@code tierAlpha x I + tierBeta x O + gamma}. Every per-request cost
 * the engine knows (API prices with cache, batch, fees and a long-context tier; GPU-seconds
 * allocation; fixed shares and extras) has this form.
 */
record LinearCost(double alpha, double beta, double gamma, double threshold, double tierAlpha, double tierBeta)
        implements RequestCost {

    static LinearCost of(double alpha, double beta, double gamma) {
        return new LinearCost(alpha, beta, gamma, Double.POSITIVE_INFINITY, alpha, beta);
    }

    double at(double in, double out) {
        return in > threshold ? tierAlpha * in + tierBeta * out + gamma : alpha * in + beta * out + gamma;
    }

    /** The same cost with every term scaled by f and then c added. */
    LinearCost scaledPlus(double f, double c) {
        return new LinearCost(alpha * f, beta * f, gamma * f + c, threshold, tierAlpha * f, tierBeta * f);
    }

    /**
     * The cost of a request whose input is compressed to {@code keep} of its tokens, as a function of
     * the uncompressed tokens: {@code cost(I x keep, O)}; the tier applies when {@code I x keep} is above it.
     */
    LinearCost compressed(double keep) {
        if (keep == 1) {
            return this;
        }
        double t = keep > 0 ? threshold / keep : Double.POSITIVE_INFINITY;
        return new LinearCost(alpha * keep, beta, gamma, t, tierAlpha * keep, tierBeta);
    }

    /** The cost of a request of I input tokens and {@code ratio} x I output tokens (a compressor): {@code cost(I, I x ratio)}. */
    LinearCost outputFromInput(double ratio) {
        return new LinearCost(alpha + beta * ratio, 0, gamma, threshold, tierAlpha + tierBeta * ratio, 0);
    }

    boolean tiered() {
        return threshold != Double.POSITIVE_INFINITY;
    }

    /** Weighted mean over the points. */
    @Override
    public double mean(TokenPoints p) {
        double s = 0;
        double[] in = p.in;
        double[] out = p.out;
        double[] w = p.weight;
        if (!tiered()) {
            return (alpha * p.sumWIn + beta * p.sumWOut) / p.sumW + gamma;
        }
        double sw = 0;
        for (int k = 0; k < p.n; k++) {
            s += w[k] * at(in[k], out[k]);
            sw += w[k];
        }
        return s / sw;
    }

    /** Costs of every point into {@code dest} (length >= p.n); returns {min, max} of them. */
    @Override
    public double[] fill(TokenPoints p, double[] dest) {
        double[] in = p.in;
        double[] out = p.out;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        if (!tiered()) {
            for (int k = 0; k < p.n; k++) {
                double c = alpha * in[k] + beta * out[k] + gamma;
                dest[k] = c;
                min = c < min ? c : min;
                max = c > max ? c : max;
            }
        } else {
            for (int k = 0; k < p.n; k++) {
                double c = at(in[k], out[k]);
                dest[k] = c;
                min = c < min ? c : min;
                max = c > max ? c : max;
            }
        }
        return new double[]{min, max};
    }
}
