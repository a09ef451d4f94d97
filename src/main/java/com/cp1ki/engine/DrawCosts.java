package com.cp1ki.engine;

import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.UsageDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.portfolio.PortfolioEngine;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.Warning;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The numbers a Monte Carlo draw or a tornado end follows, computed fast for projects of one
 * shape (a base project with some numbers changed, as {@code engine.uncertainty} draws them): per
 * workload on each enabled stack the cost per inference, CP1Ki, monthly cost and ROI multiple; the
 * stable crossover (with ops) of every pair of stacks; each plan's mean margin per user and
 * unprofitable share; the portfolio's monthly bill. The same formulas as {@link CostEngine#report}
 * (the same {@code Pairing}, {@code Curves}, {@code Crossovers}, {@code PlanMargins} and
 * {@code PortfolioEngine} code; a stack with levers on priced by its lever run, {@code LeverCost}
 * and {@code LeverCurves}, as the report prices it; {@link DrawPass}), without what a draw does not
 * read (cost distributions and percentiles, explanations, cheapest-stack bands, headlines, curves
 * without ops, warnings), and with what does not change between draws read once:
 * <ul>
 *   <li>each token distribution's points sorted by input tokens with the sums below and above every
 *   point ({@code TokenTable}), so its mean price with a long-context tier, scaled or not, is a
 *   binary search and six products instead of a walk over every point;</li>
 *   <li>each workload's pair crossovers at the base project: a pair whose two cost curves (with
 *   ops) are unchanged in a draw keeps its crossover without a scan (a volume never moves a curve);</li>
 *   <li>each plan's usage model.</li>
 * </ul>
 * Numbers agree with the full report to rounding (1e-9 relative; {@code DrawCostsTest}). Immutable
 * and thread-safe: every call allocates its own buffers.
 */
public final class DrawCosts {
    private final Map<TokenProfile, TokenTable> tables = new IdentityHashMap<>();
    private final Map<UsageDistribution, UsageModel> usage = new IdentityHashMap<>();
    private final boolean routed;
    /** the base project's pass, whose curves a draw's unchanged pairings take (read only once made) */
    private final DrawPass basePass;
    /** [workload][enabled stack]: the base project's cost curves with ops, with their envelopes */
    private final Crossovers.Enveloped[][] baseCurves;
    /** [workload][pair]: the base project's stable crossovers with ops (NaN when none) */
    private final double[][] baseStable;

    private DrawCosts(Project base, boolean crossovers) {
        for (Workload w : base.workloads()) {
            TokenProfile t = ScaledTokens.unscaled(w.tokens());
            if (t instanceof TokenDistribution) {
                tables.computeIfAbsent(t, TokenTable::new);
            }
        }
        for (Plan p : base.plans()) {
            usage.computeIfAbsent(p.usage(), UsageModel::of);
        }
        routed = !base.routedWorkloads().isEmpty();
        int wn = base.workloads().size();
        baseCurves = crossovers ? new Crossovers.Enveloped[wn][] : null;
        baseStable = crossovers ? new double[wn][] : null;
        basePass = crossovers ? new DrawPass(base, tables, true, null) : null;
        if (crossovers) {
            for (int w = 0; w < wn; w++) {
                baseCurves[w] = basePass.enveloped(w, null);
                baseStable[w] = basePass.stable(baseCurves[w], null, null);
            }
        }
    }

    /**
     * The fast evaluator of projects shaped as {@code base}, or null when the fast path does not
     * cover the project: when its point report's crossover search was cut short by the report's
     * breakpoint budget (a draw's own search, on a fresh budget, could then differ from the full
     * report's), the caller computes full reports instead.
     *
     * @param point the full report of {@code base}
     */
    public static DrawCosts of(Project base, Report point) {
        for (Warning w : point.warnings()) {
            if (w.code().equals("crossings-search-cut")) {
                return null;
            }
        }
        return new DrawCosts(base, true);
    }

    /**
     * The fast evaluator of the costs alone ({@link #costs}) of projects shaped as {@code base}:
     * without crossovers, so nothing is searched and every project is covered. What the forecast's
     * fan prices each month of each draw with.
     */
    public static DrawCosts costsOnly(Project base) {
        return new DrawCosts(base, false);
    }

    /**
     * The numbers of a project of the base's shape but its crossovers (each {@link Numbers#stableCrossover}
     * is NaN): CP1Ki, monthly cost and ROI of each pair, each plan's margin, the bill. Equal to
     * {@link #of}'s to the bit, without building cost curves.
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when the full report would refuse the project
     */
    public Numbers costs(Project p) {
        return numbers(p, new DrawPass(p, tables, false, null), null);
    }

    /**
     * The numbers of a project of the base's shape (the same workloads, stacks, plans, routes and
     * enabled stacks; any numbers).
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when the full report would refuse the project
     */
    public Numbers of(Project p) {
        if (baseCurves == null) {
            throw new IllegalStateException("an evaluator of the costs alone has no crossovers: call costs");
        }
        DrawPass pass = new DrawPass(p, tables, true, basePass);
        int wn = p.workloads().size();
        double[][] stable = new double[wn][];
        for (int w = 0; w < wn; w++) {
            stable[w] = pass.stable(pass.enveloped(w, baseCurves[w]), baseCurves[w], baseStable[w]);
        }
        return numbers(p, pass, stable);
    }

    /** The numbers of a pass; {@code stable} null: no crossovers (NaN). */
    private Numbers numbers(Project p, DrawPass pass, double[][] stable) {
        // the bill's numbers alone: its explanations (text) are most of its time and no draw reads them
        Portfolio portfolio = routed ? PortfolioEngine.billNumbers(p, pass.results()) : Portfolio.EMPTY;
        int pn = p.plans().size();
        double[] margin = new double[pn];
        double[] unprofitable = new double[pn];
        for (int k = 0; k < pn; k++) {
            Plan plan = p.plans().get(k);
            PlanMargins.Mean m = PlanMargins.mean(plan, p.settings(), pass.planCost(plan, portfolio),
                    usage.computeIfAbsent(plan.usage(), UsageModel::of));
            margin[k] = m.margin();
            unprofitable[k] = m.unprofitable();
        }
        int wn = p.workloads().size();
        Double[] values = new Double[wn];
        for (int w = 0; w < wn; w++) {
            values[w] = p.workloads().get(w).valuePerInference();
        }
        return new Numbers(pass.cost, pass.monthly, values, stable, margin, unprofitable,
                routed ? portfolio.total() : Double.NaN);
    }

    /**
     * A project's followed numbers, in the report's order: results are every workload on every
     * enabled stack (workloads in project order, stacks within), pairs every two enabled stacks a
     * before b in project order per workload.
     */
    public static final class Numbers {
        private final double[][] cost;
        private final double[][] monthly;
        private final Double[] value;
        private final double[][] stable;
        private final double[] margin;
        private final double[] unprofitable;
        private final double bill;

        private Numbers(double[][] cost, double[][] monthly, Double[] value, double[][] stable, double[] margin,
                        double[] unprofitable, double bill) {
            this.cost = cost;
            this.monthly = monthly;
            this.value = value;
            this.stable = stable;
            this.margin = margin;
            this.unprofitable = unprofitable;
            this.bill = bill;
        }

        /** Cost per inference of workload w on its s-th enabled stack (after its levers), USD. */
        public double costPerInference(int w, int s) {
            return cost[w][s];
        }

        /** CP1Ki, as the report's {@code StackResult.cp1ki}. */
        public double cp1ki(int w, int s) {
            return 1000 * costPerInference(w, s);
        }

        /** Monthly cost of the workload on the stack alone, USD. */
        public double monthlyCost(int w, int s) {
            return monthly[w][s];
        }

        /** Value per inference / cost per inference (NaN without a value). */
        public double roiMultiple(int w, int s) {
            Double v = value[w];
            return v == null ? Double.NaN : v / costPerInference(w, s);
        }

        /** The stable crossover with ops of pair k of workload w (NaN when none, or not computed: {@link #costs}). */
        public double stableCrossover(int w, int k) {
            return stable == null ? Double.NaN : stable[w][k];
        }

        /** Plan k's mean margin per user per month, USD. */
        public double marginPerUser(int k) {
            return margin[k];
        }

        /** Plan k's share of users with a negative margin. */
        public double unprofitableShare(int k) {
            return unprofitable[k];
        }

        /** The portfolio's monthly bill (NaN when nothing is routed). */
        public double bill() {
            return bill;
        }
    }
}
