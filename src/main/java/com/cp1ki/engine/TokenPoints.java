package com.cp1ki.engine;

import com.cp1ki.engine.model.TokenProfile;

/**
 * A workload's token profile read once into primitive arrays (input, output, weight per point),
 * so every stack's per-point costs are a tight loop over doubles.
 */
final class TokenPoints {
    final int n;
    final double[] in;
    final double[] out;
    final double[] weight;
    final double totalWeight;
    final double meanIn;
    final double meanOut;
    final boolean exact;

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
