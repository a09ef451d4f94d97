package com.cp1ki.engine;

import com.cp1ki.engine.levers.LeverEngine;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.ScaledTokens;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * One project's costs as {@link DrawCosts} follows them: every workload on every enabled stack
 * priced as {@link CostEngine} prices it (a {@link Pairing} and its {@link Curves}, or for a stack
 * with levers on, the lever run of {@link LeverCost} and its {@link LeverCurves}), from token means
 * read off the simulation's precomputed tables; the pairs' stable crossovers; a plan's cost per
 * inference. Not thread-safe; one per draw.
 */
final class DrawPass {
    final Project p;
    final Settings settings;
    final List<Stack> enabled = new ArrayList<>();
    final TokenMeans[] means;
    /** [workload][enabled stack]: the pairing (its numbers when the stack has no lever on) */
    final Pairing[][] pairings;
    /** [workload][enabled stack]: the lever run of a stack with a lever on, else null */
    final LeverEngine.Run[][] runs;
    /** [workload][enabled stack]: cost per inference, USD */
    final double[][] cost;
    /** [workload][enabled stack]: monthly cost, USD */
    final double[][] monthly;
    /** [workload][enabled stack]: the cost curve with ops (null without curves) */
    final CostCurve[][] curves;
    /** per workload, the lever pricing (made when a stack of it has levers) */
    private final LeverPricing[] pricing;
    /** the crossover searches' reused state, made at the first search */
    private Crossovers.Search search;

    /**
     * @param withCurves whether to build the cost curves (for the crossovers); without them, the
     *                   costs alone (a forecast month of the fan)
     * @param base       the base project's pass (with curves), whose curves a pairing with the same
     *                   curve inputs takes instead of building its own ({@link Curves#sameInputs}); null: none
     */
    DrawPass(Project p, Map<TokenProfile, TokenTable> tables, boolean withCurves, DrawPass base) {
        this.p = p;
        settings = p.settings();
        for (Stack s : p.stacks()) {
            if (s.enabled()) {
                enabled.add(s);
            }
        }
        int wn = p.workloads().size();
        int sn = enabled.size();
        means = new TokenMeans[wn];
        pairings = new Pairing[wn][sn];
        runs = new LeverEngine.Run[wn][sn];
        cost = new double[wn][sn];
        monthly = new double[wn][sn];
        curves = withCurves ? new CostCurve[wn][sn] : null;
        pricing = new LeverPricing[wn];
        for (int w = 0; w < wn; w++) {
            Workload wl = p.workloads().get(w);
            means[w] = means(wl.tokens(), tables);
            for (int s = 0; s < sn; s++) {
                Stack st = enabled.get(s);
                pairings[w][s] = new Pairing(wl, st, settings, null, means[w]);
                if (st.levers().any()) {
                    // as CostEngine: the last lever stage's numbers and curve (a batch share alone is priced as always)
                    LeverPricing lp = pricing(w);
                    runs[w][s] = LeverCost.run(st, lp);
                    cost[w][s] = runs[w][s].last().perInference();
                    monthly[w][s] = runs[w][s].last().total();
                    if (withCurves) {
                        curves[w][s] = LeverCurves.of(runs[w][s], lp, settings, wl.name(), st.name(), true);
                    }
                } else {
                    cost[w][s] = pairings[w][s].costPerInference();
                    monthly[w][s] = pairings[w][s].monthlyCost();
                    if (withCurves) {
                        Pairing b = base == null ? null : base.pairings[w][s];
                        curves[w][s] = b != null && Curves.sameInputs(pairings[w][s], b) ? base.curves[w][s]
                                : Curves.of(pairings[w][s], true);
                    }
                }
            }
        }
    }

    private LeverPricing pricing(int w) {
        if (pricing[w] == null) {
            pricing[w] = new LeverPricing(p, p.workloads().get(w), means[w]);
        }
        return pricing[w];
    }

    private static TokenMeans means(TokenProfile t, Map<TokenProfile, TokenTable> tables) {
        TokenTable table = tables.get(ScaledTokens.unscaled(t));
        if (table == null) {
            return new TokenPoints(t);
        }
        return t instanceof ScaledTokens s ? table.at(s.inputScale(), s.outputScale()) : table.at(1, 1);
    }

    /**
     * Workload w's curves with their envelopes, made once per curve for all the pairs it is in; a
     * curve with the same segments as {@code base}'s (null: none) is given base's own object, which
     * {@link #stable} takes as "unchanged".
     */
    Crossovers.Enveloped[] enveloped(int w, Crossovers.Enveloped[] base) {
        CostCurve[] c = curves[w];
        Crossovers.Enveloped[] out = new Crossovers.Enveloped[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = base != null && c[i].sameSegments(base[i].curve()) ? base[i]
                    : Crossovers.Enveloped.of(c[i], settings.volumeMin(), settings.volumeMax());
        }
        return out;
    }

    /**
     * Each pair's stable crossover with ops, a before b in project order (NaN when none); a pair
     * whose two curves are {@code base}'s own (both unchanged, see {@link #enveloped}) keeps its
     * {@code baseStable} one. The searches share one {@link Crossovers.Search}, and one breakpoint
     * budget per workload.
     */
    double[] stable(Crossovers.Enveloped[] c, Crossovers.Enveloped[] base, double[] baseStable) {
        double[] out = new double[c.length * (c.length - 1) / 2];
        Crossovers.Budget budget = new Crossovers.Budget();
        int k = 0;
        for (int i = 0; i < c.length; i++) {
            for (int j = i + 1; j < c.length; j++) {
                if (base != null && c[i] == base[i] && c[j] == base[j]) {
                    out[k] = baseStable[k];
                } else {
                    out[k] = Crossovers.stableAbove(c[i], c[j], settings.volumeMin(), settings.volumeMax(), budget,
                            search());
                }
                k++;
            }
        }
        return out;
    }

    private Crossovers.Search search() {
        if (search == null) {
            search = new Crossovers.Search();
        }
        return search;
    }

    /**
     * The plan's volume-weighted cost per inference, as {@code CostEngine} computes it (the plan's
     * stack found by a loop, not a stream: a draw runs this for every plan).
     */
    double planCost(Plan plan, Portfolio portfolio) {
        Stack stack = null;
        for (Stack x : p.stacks()) {
            if (stack == null && x.name().equals(plan.stack())) {
                stack = x;
            }
        }
        if (stack == null) {
            throw new NoSuchElementException("no stack " + plan.stack());
        }
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
            double cw;
            if (feature.isPresent()) {
                cw = feature.get().costPerInference();
            } else if (s >= 0) {
                cw = cost[w][s];
            } else if (stack.levers().any()) {
                cw = LeverCost.run(stack, pricing(w)).last().perInference();
            } else {
                cw = new Pairing(wl, stack, settings, null, means[w]).costPerInference();
            }
            volume += wl.inferencesPerDay();
            spend += wl.inferencesPerDay() * cw;
        }
        return spend / volume;
    }

    /** Pairwise results with what the portfolio reads of them (monthly inferences, breakdown, levers). */
    List<StackResult> results() {
        List<StackResult> out = new ArrayList<>();
        for (int w = 0; w < pairings.length; w++) {
            for (int s = 0; s < pairings[w].length; s++) {
                Pairing x = pairings[w][s];
                if (runs[w][s] != null) {
                    out.add(LeverCost.costs(x.workload, x.stack, settings, runs[w][s]));
                    continue;
                }
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
