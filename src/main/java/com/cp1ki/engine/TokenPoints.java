package com.cp1ki.engine;

import com.cp1ki.engine.model.TokenProfile;

/**
 * A workload's token profile read once into primitive arrays (input, output, weight per point),
 * so every stack's per-point costs are a tight loop over doubles.
 */
final class TokenPoints implements TokenMeans {
    final int n;
    final double[] in;
    final double[] out;
    final double[] weight;
    final double totalWeight;
    final double meanIn;
    final double meanOut;
    final boolean exact;
    /** Weighted sums over the points: w, w x I, w x O. */
    final double sumW;
    final double sumWIn;
    final double sumWOut;

    TokenPoints(TokenProfile p) {
        n = p.pointCount();
        in = new double[n];
        out = new double[n];
        weight = new double[n];
        for (int k = 0; k < n; k++) {
            in[k] = p.pointInput(k);
            out[k] = p.pointOutput(k);
            weight[k] = p.pointWeight(k);
        }
        totalWeight = p.totalWeight();
        meanIn = p.meanInput();
        meanOut = p.meanOutput();
        exact = p.exact();
        double sw = 0;
        double si = 0;
        double so = 0;
        for (int k = 0; k < n; k++) {
            sw += weight[k];
            si += weight[k] * in[k];
            so += weight[k] * out[k];
        }
        sumW = sw;
        sumWIn = si;
        sumWOut = so;
    }

    @Override
    public double meanIn() {
        return meanIn;
    }

    @Override
    public double meanOut() {
        return meanOut;
    }

    @Override
    public double mean(LinearCost c) {
        return c.mean(this);
    }

    /** Weighted share of requests whose input tokens exceed a threshold. */
    double shareAbove(long threshold) {
        double w = 0;
        for (int k = 0; k < n; k++) {
            if (in[k] > threshold) {
                w += weight[k];
            }
        }
        return w / totalWeight;
    }
}
