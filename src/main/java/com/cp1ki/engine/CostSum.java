package com.cp1ki.engine;

import java.util.List;

/**
 * A sum of per-request costs plus a constant: the cost of a request on a stack with optimisation
 * levers (its own model, a cascade's first stack, a compressor, each weighted by the share of
 * requests it serves, plus lookups, fees and overheads spread per inference). Each term keeps its
 * own long-context threshold, so the sum is evaluated request by request.
 */
final class CostSum implements RequestCost {
    private final LinearCost[] terms;
    private final double constant;

    CostSum(List<LinearCost> terms, double constant) {
        this.terms = terms.toArray(LinearCost[]::new);
        this.constant = constant;
    }

    double at(double in, double out) {
        double s = constant;
        for (LinearCost t : terms) {
            s += t.at(in, out);
        }
        return s;
    }

    @Override
    public double mean(TokenPoints p) {
        double s = constant;
        for (LinearCost t : terms) {
            s += t.mean(p);
        }
        return s;
    }

    @Override
    public double[] fill(TokenPoints p, double[] dest) {
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int k = 0; k < p.n; k++) {
            double c = at(p.in[k], p.out[k]);
            dest[k] = c;
            min = c < min ? c : min;
            max = c > max ? c : max;
        }
        return new double[]{min, max};
    }
}
