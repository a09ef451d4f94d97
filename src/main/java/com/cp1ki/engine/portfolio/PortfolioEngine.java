package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.FeatureShare;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The portfolio: the product as it is run (docs/cost-model.md, "Portfolio"). Every routed workload
 * on the stacks that serve it; each stack's fixed and ops cost paid once; a self-hosted fleet sized
 * for the combined demand of everything routed to it; every dollar of the bill allocated to a
 * feature by the stack's keys, except reserved instances nobody needs, which are their own line.
 * Pure, like {@code CostEngine}, which calls it with the pairwise results it has just computed.
 */
public final class PortfolioEngine {
    /** Below this realised utilisation a shared fleet is reported as underused. */
    static final double UNDERUSED = 0.30;
    /** Peak demand at or above this share of the ceiling is reported as at the ceiling. */
    static final double AT_CEILING = 0.98;

    private PortfolioEngine() {
    }

    /**
     * The monthly bill of the project's routed workloads.
     *
     * @param pairwise the pairwise results of the same project; they must include every routed
     *                 (workload, stack) pair (routes go to enabled stacks, which the pairwise view covers)
     */
    public static Portfolio bill(Project project, List<StackResult> pairwise) {
        return bill(project, pairwise, true);
    }

    /**
     * The same bill, every number to the bit, without its explanations (each list empty): what a
     * simulation draw or a month of the forecast's fan reads, where building the explanations' text
     * was most of the time.
     */
    public static Portfolio billNumbers(Project project, List<StackResult> pairwise) {
        return bill(project, pairwise, false);
    }

    private static Portfolio bill(Project project, List<StackResult> pairwise, boolean explain) {
        List<Workload> routed = project.routedWorkloads();
        if (routed.isEmpty()) {
            return Portfolio.EMPTY;
        }
        Map<String, StackResult> pairs = new HashMap<>();
        for (StackResult r : pairwise) {
            pairs.put(r.workload() + "\u0000" + r.stack(), r);
        }
        double days = project.settings().daysPerMonth();
        double hours = project.settings().hoursPerMonth();
        List<StackBill> stacks = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Map<String, List<Allocated>> byFeature = new HashMap<>();
        double total = 0;
        double unused = 0;
        for (Stack s : project.stacks()) {
            List<Part> parts = new ArrayList<>();
            for (Workload w : routed) {
                // shares add up to 1 within typed rounding; dividing by their sum bills every inference once
                double share = w.shareOn(s.name()) / routingSum(w);
                if (share > 0) {
                    StackResult pair = pairs.get(w.name() + "\u0000" + s.name());
                    if (pair == null) {
                        throw new IllegalArgumentException("no pairwise result for workload '" + w.name()
                                + "' on stack '" + s.name() + "'");
                    }
                    parts.add(new Part(w, s, share, pair, days));
                }
            }
            if (parts.isEmpty()) {
                continue;
            }
            StackAllocation a = StackAllocation.of(s, parts, hours, explain);
            stacks.add(a.bill());
            a.warnings(warnings);
            total += a.bill().monthlyCost();
            unused += a.bill().unusedReserved();
            for (Allocated x : a.parts()) {
                byFeature.computeIfAbsent(x.part().workload.name(), k -> new ArrayList<>()).add(x);
            }
        }
        List<FeatureBill> features = new ArrayList<>();
        for (Workload w : routed) {
            features.add(feature(w, byFeature.getOrDefault(w.name(), List.of()), days, explain));
        }
        return new Portfolio(stacks, features, total, unused, warnings);
    }

    private static double routingSum(Workload w) {
        double sum = 0;
        for (Route r : w.routing()) {
            sum += r.share();
        }
        return sum;
    }

    /** A feature's bill: its parts in routing order, summed. */
    private static FeatureBill feature(Workload w, List<Allocated> parts, double days, boolean explain) {
        List<Allocated> ordered = new ArrayList<>();
        for (Route r : w.routing()) {
            for (Allocated a : parts) {
                if (a.part().stack.name().equals(r.stack())) {
                    ordered.add(a);
                }
            }
        }
        double tokens = 0;
        double gpu = 0;
        double fixed = 0;
        double ops = 0;
        double extras = 0;
        List<FeatureShare> shares = new ArrayList<>();
        List<Explanation> ex = new ArrayList<>();
        for (Allocated a : ordered) {
            Breakdown b = a.monthly();
            tokens += b.tokens();
            gpu += b.gpu();
            fixed += b.fixed();
            ops += b.ops();
            extras += b.extras();
            shares.add(new FeatureShare(a.part().stack.name(), a.part().share, a.part().monthlyInferences, b,
                    a.fleetShare(), a.overheadShare()));
            ex.addAll(a.explanations());
        }
        Breakdown monthly = new Breakdown(tokens, gpu, fixed, ops, extras);
        double monthlyInferences = w.inferencesPerDay() * days;
        double cost = monthly.total();
        double c = cost / monthlyInferences;
        Double roi = w.valuePerInference() == null ? null : w.valuePerInference() / c;
        if (explain) {
            ex.addAll(BillExplanations.featureTotals(w, ordered, monthly, monthlyInferences, c, roi));
        }
        return new FeatureBill(w.name(), monthlyInferences, monthly, cost, c, 1000 * c, roi,
                roi == null ? null : RoiBand.of(roi), shares, ex);
    }
}
