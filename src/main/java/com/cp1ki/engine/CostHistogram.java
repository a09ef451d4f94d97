package com.cp1ki.engine;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The per-request cost histogram of a workload on a stack, for the cost-distribution chart: the
 * same per-request costs the report's percentiles and tail share come from (request cost x retries,
 * GPU cost by GPU-seconds, plus extras and the spread of fixed and ops), counted into log-spaced
 * bins between the cheapest and the dearest request. USD per request.
 *
 * @param workload  workload name
 * @param stack     stack name
 * @param bins      in increasing cost; one bin of zero width when every request costs the same
 */
public record CostHistogram(String workload, String stack, List<Bin> bins) {

    public CostHistogram {
        bins = List.copyOf(bins);
    }

    /**
     * One bin.
     *
     * @param from      lowest cost in the bin, USD per request (inclusive)
     * @param to        highest cost, USD per request (exclusive, but inclusive for the last bin)
     * @param requests  weighted count of requests in the bin
     * @param share     requests / all requests
     */
    public record Bin(double from, double to, double requests, double share) {
    }

    /**
     * Counts a workload's per-request costs on a stack into {@code bins} log-spaced bins.
     *
     * @throws IllegalArgumentException when the project has no such workload or stack, or bins < 1
     */
    public static CostHistogram of(Project project, String workload, String stack, int bins) {
        if (bins < 1) {
            throw new IllegalArgumentException("bins must be >= 1, was " + bins);
        }
        Workload w = project.workload(workload)
                .orElseThrow(() -> new IllegalArgumentException("no workload named '" + workload + "'"));
        Stack s = project.stack(stack)
                .orElseThrow(() -> new IllegalArgumentException("no stack named '" + stack + "'"));
        TokenPoints pts = new TokenPoints(w.tokens());
        double[] cost = new double[pts.n];
        if (s.levers().any()) {
            LeverPricing pricing = new LeverPricing(project, w, pts);
            LeverCost.perRequest(LeverCost.run(s, pricing), pricing).fill(pts, cost);
        } else {
            new Pairing(w, s, project.settings(), pts).perRequest().fill(pts, cost);
        }
        double max = 0;
        double minPositive = Double.POSITIVE_INFINITY;
        double total = 0;
        for (int k = 0; k < pts.n; k++) {
            max = Math.max(max, cost[k]);
            if (cost[k] > 0) {
                minPositive = Math.min(minPositive, cost[k]);
            }
            total += pts.weight[k];
        }
        if (!(max > 0) || max <= minPositive * (1 + 1e-9)) {
            double c = max > 0 ? max : 0;
            return new CostHistogram(workload, stack, List.of(new Bin(c, c, total, 1.0)));
        }
        // the cheapest request (or, with free requests, 1e-6 of the dearest) to the dearest
        double lo = Math.max(minPositive, max * 1e-6);
        double step = Math.log(max / lo) / bins;
        double[] weight = new double[bins];
        for (int k = 0; k < pts.n; k++) {
            int b = cost[k] <= lo ? 0 : (int) Math.floor(Math.log(cost[k] / lo) / step);
            weight[Math.min(bins - 1, Math.max(0, b))] += pts.weight[k];
        }
        List<Bin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            double from = lo * Math.exp(step * b);
            double to = b == bins - 1 ? max : lo * Math.exp(step * (b + 1));
            out.add(new Bin(from, to, weight[b], weight[b] / total));
        }
        return new CostHistogram(workload, stack, out);
    }
}
