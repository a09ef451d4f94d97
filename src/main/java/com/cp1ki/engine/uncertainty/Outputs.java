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

    /** Writes the outputs of a report into {@code row[at + k]}, in {@link #list}'s order. */
    void read(Report r, double[] row, int at) {
        int k = at;
        for (int i = 0; i < results; i++) {
            StackResult s = r.results().get(i);
            row[k++] = s.cp1ki();
            row[k++] = s.monthlyCost();
            if (roi && roiOf[i]) {
                row[k++] = s.roiMultiple() == null ? Double.NaN : s.roiMultiple();
            }
        }
        for (int i = 0; i < crossovers; i++) {
            Double v = r.crossovers().get(crossoverIndex[i]).stableAbove();
            row[k++] = v == null ? Double.NaN : v;
        }
        for (int i = 0; i < plans; i++) {
            PlanResult p = r.plans().get(i);
            row[k++] = p.meanMarginPerUser();
            row[k++] = p.unprofitableShare();
        }
        if (bill) {
            row[k] = r.portfolio().total();
        }
    }

    /**
     * Writes the outputs of a draw's fast numbers into {@code row[at + k]}, in {@link #list}'s
     * order: result i is workload i / m on its (i mod m)-th enabled stack (m stacks), the j-th
     * crossover followed is pair j mod P of workload j / P (P = m(m - 1) / 2 pairs each).
     */
    void read(DrawCosts.Numbers n, double[] row, int at) {
        int m = workloads.isEmpty() ? 0 : results / workloads.size();
        int pairs = m * (m - 1) / 2;
        int k = at;
        for (int i = 0; i < results; i++) {
            int w = i / m;
            int s = i % m;
            row[k++] = n.cp1ki(w, s);
            row[k++] = n.monthlyCost(w, s);
            if (roi && roiOf[i]) {
                row[k++] = n.roiMultiple(w, s);
            }
        }
        for (int j = 0; j < crossovers; j++) {
            row[k++] = n.stableCrossover(j / pairs, j % pairs);
        }
        for (int i = 0; i < plans; i++) {
            row[k++] = n.marginPerUser(i);
            row[k++] = n.unprofitableShare(i);
        }
        if (bill) {
            row[k] = n.bill();
        }
    }

    /** The outputs of one report as a row, for tests and the tornado. */
    double[] row(Report r) {
        double[] row = new double[size()];
        read(r, row, 0);
        return row;
    }

    /** The outputs of a draw's fast numbers as a row. */
    double[] row(DrawCosts.Numbers n) {
        double[] row = new double[size()];
        read(n, row, 0);
        return row;
    }
}
