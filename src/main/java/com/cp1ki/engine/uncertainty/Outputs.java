package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.DrawCosts;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a simulation follows, chosen from the project's point report, and how to read them
 * from any report of the same project's shape (a draw changes numbers, never names or the set of
 * enabled stacks): CP1Ki, monthly cost and ROI multiple of every workload on every enabled stack,
 * the stable crossover (with ops) of every pair of stacks per workload, each plan's margin per user
 * and unprofitable share, and the portfolio's monthly bill when something is routed.
 */
final class Outputs {
    final List<Output> list = new ArrayList<>();
    /** per workload (in report order): the indexes of its MONTHLY outputs, one per enabled stack */
    final List<int[]> monthlyByWorkload = new ArrayList<>();
    final List<String> workloads = new ArrayList<>();
    private final int results;
    private final boolean roi;
    private final int crossovers;
    private final int plans;
    private final boolean bill;
    private final boolean[] roiOf;
    private final int[] crossoverIndex;

    Outputs(Report base) {
        results = base.results().size();
        roiOf = new boolean[results];
        boolean anyRoi = false;
        String current = null;
        List<Integer> monthly = new ArrayList<>();
        for (int i = 0; i < results; i++) {
            StackResult r = base.results().get(i);
            if (!r.workload().equals(current)) {
                flush(current, monthly);
                current = r.workload();
            }
            String pair = r.workload() + " on " + r.stack();
            list.add(new Output("cp1ki/" + r.workload() + "/" + r.stack(), Output.Kind.CP1KI, "CP1Ki of " + pair,
                    r.workload(), r.stack(), null, null));
            monthly.add(list.size());
            list.add(new Output("monthly/" + r.workload() + "/" + r.stack(), Output.Kind.MONTHLY,
                    "monthly cost of " + pair, r.workload(), r.stack(), null, null));
            if (r.roiMultiple() != null) {
                roiOf[i] = true;
                anyRoi = true;
                list.add(new Output("roi/" + r.workload() + "/" + r.stack(), Output.Kind.ROI, "ROI multiple of " + pair,
                        r.workload(), r.stack(), null, null));
            }
        }
        flush(current, monthly);
        roi = anyRoi;
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < base.crossovers().size(); i++) {
            Crossover c = base.crossovers().get(i);
            if (c.withOps()) {
                xs.add(i);
                list.add(new Output("crossover/" + c.workload() + "/" + c.a() + "/" + c.b(), Output.Kind.CROSSOVER,
                        "crossover of " + c.a() + " and " + c.b() + " for " + c.workload(), c.workload(), c.a(), c.b(),
                        null));
            }
        }
        crossoverIndex = xs.stream().mapToInt(Integer::intValue).toArray();
        crossovers = crossoverIndex.length;
        plans = base.plans().size();
        for (PlanResult p : base.plans()) {
            list.add(new Output("margin/" + p.plan(), Output.Kind.MARGIN, "margin per user of plan " + p.plan(),
                    null, null, null, p.plan()));
            list.add(new Output("unprofitable/" + p.plan(), Output.Kind.UNPROFITABLE,
                    "unprofitable share of plan " + p.plan(), null, null, null, p.plan()));
        }
        bill = !base.portfolio().isEmpty();
        if (bill) {
            list.add(new Output("bill", Output.Kind.BILL, "monthly bill", null, null, null, null));
        }
    }

    private void flush(String workload, List<Integer> monthly) {
        if (workload != null) {
            workloads.add(workload);
            monthlyByWorkload.add(monthly.stream().mapToInt(Integer::intValue).toArray());
            monthly.clear();
        }
    }

    int size() {
        return list.size();
    }

    /** Writes the outputs of a report into {@code out[k][draw]}, in {@link #list}'s order. */
    void read(Report r, double[][] out, int draw) {
        int k = 0;
        for (int i = 0; i < results; i++) {
            StackResult s = r.results().get(i);
            out[k++][draw] = s.cp1ki();
            out[k++][draw] = s.monthlyCost();
            if (roi && roiOf[i]) {
                out[k++][draw] = s.roiMultiple() == null ? Double.NaN : s.roiMultiple();
            }
        }
        for (int i = 0; i < crossovers; i++) {
            Double v = r.crossovers().get(crossoverIndex[i]).stableAbove();
            out[k++][draw] = v == null ? Double.NaN : v;
        }
        for (int i = 0; i < plans; i++) {
            PlanResult p = r.plans().get(i);
            out[k++][draw] = p.meanMarginPerUser();
            out[k++][draw] = p.unprofitableShare();
        }
        if (bill) {
            out[k][draw] = r.portfolio().total();
        }
    }

    /**
     * Writes the outputs of a draw's fast numbers into {@code out[k][draw]}, in {@link #list}'s
     * order: result i is workload i / m on its (i mod m)-th enabled stack (m stacks), the j-th
     * crossover followed is pair j mod P of workload j / P (P = m(m - 1) / 2 pairs each).
     */
    void read(DrawCosts.Numbers n, double[][] out, int draw) {
        int m = workloads.isEmpty() ? 0 : results / workloads.size();
        int pairs = m * (m - 1) / 2;
        int k = 0;
        for (int i = 0; i < results; i++) {
            int w = i / m;
            int s = i % m;
            out[k++][draw] = n.cp1ki(w, s);
            out[k++][draw] = n.monthlyCost(w, s);
            if (roi && roiOf[i]) {
                out[k++][draw] = n.roiMultiple(w, s);
            }
        }
        for (int j = 0; j < crossovers; j++) {
            out[k++][draw] = n.stableCrossover(j / pairs, j % pairs);
        }
        for (int i = 0; i < plans; i++) {
            out[k++][draw] = n.marginPerUser(i);
            out[k++][draw] = n.unprofitableShare(i);
        }
        if (bill) {
            out[k][draw] = n.bill();
        }
    }

    /** The outputs of one report as a row, for tests and the tornado. */
    double[] row(Report r) {
        double[][] one = new double[size()][1];
        read(r, one, 0);
        return column(one);
    }

    /** The outputs of a draw's fast numbers as a row. */
    double[] row(DrawCosts.Numbers n) {
        double[][] one = new double[size()][1];
        read(n, one, 0);
        return column(one);
    }

    private double[] column(double[][] one) {
        double[] row = new double[size()];
        for (int k = 0; k < row.length; k++) {
            row[k] = one[k][0];
        }
        return row;
    }
}
