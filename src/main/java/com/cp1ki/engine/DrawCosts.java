package com.cp1ki.engine;

import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.UsageDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.portfolio.PortfolioEngine;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The numbers a Monte Carlo draw or a tornado end follows, computed fast for projects of one
 * shape (a base project with some numbers changed, as {@code engine.uncertainty} draws them): per
 * workload on each enabled stack the cost per inference, CP1Ki, monthly cost and ROI multiple; the
 * stable crossover (with ops) of every pair of stacks; each plan's mean margin per user and
 * unprofitable share; the portfolio's monthly bill. The same formulas as {@link CostEngine#report}
 * (the same {@code Pairing}, {@code Curves}, {@code Crossovers}, {@code PlanMargins} and
 * {@code PortfolioEngine} code), without what a draw does not read (cost distributions and
 * percentiles, explanations, cheapest-stack bands, headlines, curves without ops, warnings), and
 * with what does not change between draws read once:
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
    /** [workload][enabled stack]: the base project's cost curves with ops */
    private final CostCurve[][] baseCurves;
    /** [workload][pair]: the base project's stable crossovers with ops (NaN when none) */
    private final double[][] baseStable;

    private DrawCosts(Project base) {
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
        baseCurves = new CostCurve[wn][];
        baseStable = new double[wn][];
        Pass pass = new Pass(base);
        for (int w = 0; w < wn; w++) {
            baseCurves[w] = pass.curves[w];
            baseStable[w] = pass.stable(w, null, null);
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
        return new DrawCosts(base);
    }

    /**
     * The numbers of a project of the base's shape (the same workloads, stacks, plans, routes and
     * enabled stacks; any numbers).
     *
     * @throws com.cp1ki.engine.model.InvalidInputException when the full report would refuse the project
     */
    public Numbers of(Project p) {
        Pass pass = new Pass(p);
        int wn = p.workloads().size();
        double[][] stable = new double[wn][];
        for (int w = 0; w < wn; w++) {
            stable[w] = pass.stable(w, baseCurves[w], baseStable[w]);
        }
        Portfolio portfolio = routed ? PortfolioEngine.bill(p, pass.results()) : Portfolio.EMPTY;
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
        return new Numbers(pass.pairings, stable, margin, unprofitable, routed ? portfolio.total() : Double.NaN);
    }

    /** One project's pairings and curves. */
    private final class Pass {
        final Project p;
        final Settings settings;
        final List<Stack> enabled = new ArrayList<>();
        final TokenMeans[] means;
        /** [workload][enabled stack] */
        final Pairing[][] pairings;
        final CostCurve[][] curves;

        Pass(Project p) {
            this.p = p;
            settings = p.settings();
            for (Stack s : p.stacks()) {
                if (s.enabled()) {
                    enabled.add(s);
                }
            }
            int wn = p.workloads().size();
            means = new TokenMeans[wn];
            pairings = new Pairing[wn][enabled.size()];
            curves = new CostCurve[wn][enabled.size()];
            for (int w = 0; w < wn; w++) {
                Workload wl = p.workloads().get(w);
                means[w] = means(wl.tokens());
                for (int s = 0; s < enabled.size(); s++) {
                    pairings[w][s] = new Pairing(wl, enabled.get(s), settings, null, means[w]);
                    curves[w][s] = Curves.of(pairings[w][s], true);
                }
            }
        }

        /** Each pair's stable crossover with ops, a before b in project order; a pair of unchanged curves keeps its base one. */
        double[] stable(int w, CostCurve[] base, double[] baseStable) {
            CostCurve[] c = curves[w];
            double[] out = new double[c.length * (c.length - 1) / 2];
            Crossovers.Budget budget = new Crossovers.Budget();
            boolean[] same = new boolean[c.length];
            for (int i = 0; i < c.length; i++) {
                same[i] = base != null && c[i].equals(base[i]);
            }
            int k = 0;
            for (int i = 0; i < c.length; i++) {
                for (int j = i + 1; j < c.length; j++) {
                    if (same[i] && same[j]) {
                        out[k] = baseStable[k];
                    } else {
                        Double v = Crossovers.stableAbove(c[i], c[j], settings.volumeMin(), settings.volumeMax(), budget);
                        out[k] = v == null ? Double.NaN : v;
                    }
                    k++;
                }
            }
            return out;
        }

        /** The plan's volume-weighted cost per inference, as {@code CostEngine} computes it. */
        double planCost(Plan plan, Portfolio portfolio) {
            Stack stack = p.stack(plan.stack()).orElseThrow();
            int s = -1;
            for (int k = 0; k < enabled.size(); k++) {
                s = enabled.get(k) == stack ? k : s;
            }
            double volume = 0;
            double spend = 0;
            for (String name : plan.workloads()) {
                int w = 0;
                while (!p.workloads().get(w).name().equals(name)) {
                    w++;
                }
                Workload wl = p.workloads().get(w);
                var feature = portfolio.feature(name);
                double cw = feature.isPresent() ? feature.get().costPerInference()
                        : (s >= 0 ? pairings[w][s] : new Pairing(wl, stack, settings, null, means[w])).costPerInference();
                volume += wl.inferencesPerDay();
                spend += wl.inferencesPerDay() * cw;
            }
            return spend / volume;
        }

        /** Pairwise results with what the portfolio reads of them (monthly inferences and breakdown). */
        List<StackResult> results() {
            List<StackResult> out = new ArrayList<>();
            for (Pairing[] row : pairings) {
                for (Pairing x : row) {
                    double c = x.costPerInference();
                    out.add(new StackResult(x.workload.name(), x.stack.name(), x.api() ? "api" : "gpu", c, 1000 * c,
                            x.monthlyCost() / settings.daysPerMonth(), x.monthlyCost(), x.monthlyInferences,
                            x.breakdown, x.api() ? null : x.instances, null, null, null, null, null, null, Double.NaN,
                            Double.NaN, null, null, List.of(), x.workload.valuePerInference()));
                }
            }
            return out;
        }
    }

    private TokenMeans means(TokenProfile t) {
        TokenTable table = tables.get(ScaledTokens.unscaled(t));
        if (table == null) {
            return new TokenPoints(t);
        }
        return t instanceof ScaledTokens s ? table.at(s.inputScale(), s.outputScale()) : table.at(1, 1);
    }

    /**
     * A project's followed numbers, in the report's order: results are every workload on every
     * enabled stack (workloads in project order, stacks within), pairs every two enabled stacks a
     * before b in project order per workload.
     */
    public static final class Numbers {
        private final Pairing[][] pairings;
        private final double[][] stable;
        private final double[] margin;
        private final double[] unprofitable;
        private final double bill;

        private Numbers(Pairing[][] pairings, double[][] stable, double[] margin, double[] unprofitable, double bill) {
            this.pairings = pairings;
            this.stable = stable;
            this.margin = margin;
            this.unprofitable = unprofitable;
            this.bill = bill;
        }

        /** Cost per inference of workload w on its s-th enabled stack, USD. */
        public double costPerInference(int w, int s) {
            return pairings[w][s].costPerInference();
        }

        /** CP1Ki, as the report's {@code StackResult.cp1ki}. */
        public double cp1ki(int w, int s) {
            return 1000 * costPerInference(w, s);
        }

        /** Monthly cost of the workload on the stack alone, USD. */
        public double monthlyCost(int w, int s) {
            return pairings[w][s].monthlyCost();
        }

        /** Value per inference / cost per inference (NaN without a value). */
        public double roiMultiple(int w, int s) {
            Double v = pairings[w][s].workload.valuePerInference();
            return v == null ? Double.NaN : v / costPerInference(w, s);
        }

        /** The stable crossover with ops of pair k of workload w (NaN when none). */
        public double stableCrossover(int w, int k) {
            return stable[w][k];
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
