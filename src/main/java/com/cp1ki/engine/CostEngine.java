package com.cp1ki.engine;

import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Headline;
import com.cp1ki.engine.portfolio.PortfolioEngine;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * The cost engine: one immutable project in, one report out (cost-model.md). Pure: no I/O,
 * threads, clocks or shared state; every call builds its own buffers.
 */
public final class CostEngine {
    private CostEngine() {
    }

    /** How much of a report to compute. */
    public enum Detail {
        /**
         * Every number, distribution, curve, crossover and explanation, and the forecast
         * ({@link Report#forecast()}, from {@code engine.forecast}: each month at {@link #COSTS}).
         */
        FULL,
        /**
         * Every number of {@link #FULL} for the project as it is now, without the forecast: what a
         * scenario comparison or a simulation draw needs.
         */
        NOW,
        /**
         * The costs alone, the same numbers as {@link #FULL}: each result's cost per inference, CP1Ki,
         * daily and monthly cost with its breakdown, fleet size and utilisation; the crossovers and
         * curves with ops; plans; the portfolio; warnings. Left out (null, NaN or empty): token and
         * request-cost distributions, ROI, the results' explanations, the curves and crossovers
         * without ops, the cheapest stacks over the volume range and the headlines. What a forecast
         * evaluates for each month.
         */
        COSTS
    }

    /** Computes every number of the report for a project, its forecast included. */
    public static Report report(Project project) {
        return report(project, Detail.FULL);
    }

    /** Computes a project's report to the given detail. */
    public static Report report(Project project, Detail detail) {
        Report r = report(project, new ReportMemo(), detail);
        return detail == Detail.FULL ? ForecastEngine.withForecast(project, r) : r;
    }

    /**
     * The report of a project ({@link Detail#NOW}: no forecast), reusing from {@code memo} each
     * workload-on-a-stack result of a previous report that had the very same workload, stack and
     * settings records (the reports of a base and its scenarios); equal to
     * {@code report(project, Detail.NOW)}.
     */
    public static Report report(Project project, ReportMemo memo) {
        return report(project, memo, Detail.NOW);
    }

    private static Report report(Project project, ReportMemo memo, Detail detail) {
        boolean costsOnly = detail == Detail.COSTS;
        var settings = project.settings();
        List<Warning> warnings = new ArrayList<>();
        List<Stack> enabled = new ArrayList<>();
        for (Stack s : project.stacks()) {
            if (s.enabled()) {
                enabled.add(s);
            } else {
                warnings.add(new Warning("stack-disabled", s.name(),
                        "Stack " + s.name() + " is disabled: it is left out of results, crossovers and charts."));
            }
        }
        CostDistribution dist = new CostDistribution();
        Map<String, TokenPoints> points = new HashMap<>();
        List<StackResult> results = new ArrayList<>();
        List<CostCurve> curves = new ArrayList<>();
        List<Crossover> crossovers = new ArrayList<>();
        List<CheapestStacks> cheapest = new ArrayList<>();
        List<Headline> headlines = new ArrayList<>();
        Crossovers.Budget budget = new Crossovers.Budget();
        for (Workload w : project.workloads()) {
            TokenPoints pts = costsOnly ? new TokenPoints(w.tokens()) : memo.tokens(w).points();
            points.put(w.name(), pts);
            List<CostCurve> withOps = new ArrayList<>();
            List<CostCurve> withoutOps = new ArrayList<>();
            List<Pairing> pairings = new ArrayList<>();
            LeverPricing pricing = null;
            for (Stack s : enabled) {
                if (s.hasLevers()) {
                    // levers are priced afresh (not memoised), with every number even for COSTS
                    pricing = pricing == null ? new LeverPricing(project, w, pts) : pricing;
                    ReportMemo.Tokens t = memo.tokens(w);
                    Pairing pairing = new Pairing(w, s, settings, pts);
                    pairings.add(pairing);
                    var run = LeverCost.run(s, pricing);
                    LeverCost.warnings(w, s, run, warnings);
                    if (!s.levers().any()) {
                        // a managed API whose only lever is its batch share: priced as before, the waterfall beside it
                        results.add(StackCost.result(pairing, dist, t.input(), t.output(), run.result()));
                        StackCost.warnings(pairing, warnings);
                        withOps.add(Curves.of(pairing, true));
                        if (!costsOnly) {
                            withoutOps.add(Curves.of(pairing, false));
                        }
                    } else {
                        results.add(LeverCost.result(w, s, settings, run, pricing, dist, t.input(), t.output()));
                        withOps.add(LeverCurves.of(run, pricing, settings, w.name(), s.name(), true));
                        if (!costsOnly) {
                            withoutOps.add(LeverCurves.of(run, pricing, settings, w.name(), s.name(), false));
                        }
                    }
                    continue;
                }
                if (costsOnly) {
                    Pairing pairing = new Pairing(w, s, settings, pts);
                    pairings.add(pairing);
                    results.add(StackCost.costs(pairing));
                    StackCost.warnings(pairing, warnings);
                    withOps.add(Curves.of(pairing, true));
                    continue;
                }
                ReportMemo.Pair pair = memo.pair(w, s, settings, dist);
                pairings.add(pair.pairing());
                results.add(pair.result());
                StackCost.warnings(pair.pairing(), warnings);
                withOps.add(pair.withOps());
                withoutOps.add(pair.withoutOps());
            }
            curves.addAll(withOps);
            curves.addAll(withoutOps);
            pairs(withOps, settings, crossovers, warnings, budget);
            pairs(withoutOps, settings, crossovers, warnings, budget);
            if (!costsOnly && !pairings.isEmpty()) {
                CheapestStacks ops = envelope(withOps, settings, warnings);
                CheapestStacks noOps = envelope(withoutOps, settings, warnings);
                cheapest.add(ops);
                cheapest.add(noOps);
                headlines.add(Answers.of(w, pairings, results.subList(results.size() - pairings.size(),
                        results.size()), ops, noOps, settings));
            }
        }
        Portfolio portfolio = PortfolioEngine.bill(project, results);
        warnings.addAll(portfolio.warnings());
        List<PlanResult> plans = new ArrayList<>();
        for (Plan plan : project.plans()) {
            plans.add(plan(project, plan, points, portfolio, warnings));
        }
        return new Report(results, crossovers, plans, curves, warnings, portfolio, cheapest, headlines);
    }

    /**
     * A plan's margins at the volume-weighted cost per inference of its workloads: a routed
     * workload's cost as the portfolio allocates it (each stack's fixed cost counted once), an
     * unrouted one's on the plan's stack alone.
     */
    private static PlanResult plan(Project project, Plan plan, Map<String, TokenPoints> points, Portfolio portfolio,
                                   List<Warning> warnings) {
        Stack stack = project.stack(plan.stack()).orElseThrow();
        boolean allRouted = plan.workloads().stream().allMatch(n -> portfolio.feature(n).isPresent());
        if (!stack.enabled() && !allRouted) {
            warnings.add(new Warning("plan-stack-disabled", plan.name(), "Plan " + plan.name() + " is served by "
                    + stack.name() + ", which is disabled; its margins still use that stack's cost."));
        }
        double volume = 0;
        double spend = 0;
        StringBuilder terms = new StringBuilder();
        double lastCost = 0;
        for (String name : plan.workloads()) {
            Workload w = project.workload(name).orElseThrow();
            var feature = portfolio.feature(name);
            double cw = feature.isPresent() ? feature.get().costPerInference()
                    : costPerInference(project, w, stack, points.get(name));
            volume += w.inferencesPerDay();
            spend += w.inferencesPerDay() * cw;
            terms.append(terms.length() == 0 ? "" : " + ").append(Fmt.count(w.inferencesPerDay())).append(" x ")
                    .append(Fmt.usd(cw));
            lastCost = cw;
        }
        double c = spend / volume;
        String basis = PlanBasis.describe(plan, portfolio, stack.name());
        PlanExplanations.CostSource source = plan.workloads().size() == 1
                ? new PlanExplanations.CostSource("CP1Ki of " + plan.workloads().get(0) + " " + basis + " / 1,000",
                Fmt.usd(1000 * lastCost) + " / 1,000 = " + Fmt.usd(c))
                : new PlanExplanations.CostSource("volume-weighted cost per inference: sum(V x c) / sum(V)"
                + (basis.startsWith("on ") ? "" : ", c " + basis),
                "(" + terms + ") / " + Fmt.count(volume) + " = " + Fmt.usd(c));
        PlanResult r = PlanMargins.of(plan, project.settings(), c, source);
        if (r.marginAtMedian() < 0) {
            warnings.add(new Warning("plan-median-unprofitable", plan.name(), "The median user of plan " + plan.name()
                    + " costs more than they pay: " + Fmt.usd(r.marginAtMedian()) + " a month."));
        }
        return r;
    }

    /** A workload's cost per inference on one stack alone, after the stack's levers. */
    private static double costPerInference(Project project, Workload w, Stack stack, TokenPoints pts) {
        if (stack.levers().any()) {
            return LeverCost.run(stack, new LeverPricing(project, w, pts)).last().perInference();
        }
        return new Pairing(w, stack, project.settings(), pts).costPerInference();
    }

    /** The cheapest stack over the volume range, with a warning when it changes too often to list every band. */
    private static CheapestStacks envelope(List<CostCurve> curves, Settings settings, List<Warning> warnings) {
        CheapestStacks c = LowerEnvelope.of(curves, settings.volumeMin(), settings.volumeMax());
        List<CheapestStacks.Band> bands = c.bands();
        CheapestStacks.Band last = bands.get(bands.size() - 1);
        if (last.stack() == null) {
            warnings.add(new Warning("cheapest-search-cut", c.workload(), "The cheapest stack for " + c.workload()
                    + (c.withOps() ? " with" : " without") + " ops was searched up to " + Fmt.count(last.fromVolume())
                    + " inferences/day only: the stacks' costs stay within one instance of each other over more fleet"
                    + " steps than are searched (" + Fmt.count(LowerEnvelope.MAX_VISITS) + ")."));
        } else if (!c.complete()) {
            warnings.add(new Warning("cheapest-truncated", c.workload(), "The cheapest stack for " + c.workload()
                    + " changes " + Fmt.count(c.changes()) + " times " + (c.withOps() ? "with" : "without")
                    + " ops; the first " + Fmt.count(LowerEnvelope.MAX_BANDS) + " bands and the last are listed."));
        }
        return c;
    }

    /** Crossovers of every unordered pair of curves, a before b in project order. */
    private static void pairs(List<CostCurve> curves, Settings settings, List<Crossover> out, List<Warning> warnings,
                              Crossovers.Budget budget) {
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                Crossover c = Crossovers.between(curves.get(i), curves.get(j), settings.volumeMin(), settings.volumeMax(),
                        warnings, budget);
                out.add(c);
                if (c.truncated()) {
                    warnings.add(new Warning("crossings-truncated", c.a() + " / " + c.b() + " / " + c.workload(),
                            "The costs of " + c.a() + " and " + c.b() + " cross " + Fmt.count(c.crossingCount())
                                    + " times " + (c.withOps() ? "with" : "without") + " ops; only the first "
                                    + Fmt.count(c.crossings().size()) + " are listed (the stable volume is the last of all)."));
                }
            }
        }
    }
}
