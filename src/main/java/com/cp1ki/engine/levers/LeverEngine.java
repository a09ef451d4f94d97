package com.cp1ki.engine.levers;

import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.report.Breakdown;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.LeverResult;
import com.cp1ki.engine.report.LeverStep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The optimisation levers of one stack serving one workload (docs/cost-model.md, "Optimisation
 * levers"): the stack without levers, then with compression, the semantic cache, the cascade and
 * batching switched on one after the other, each stage priced by the engine through a
 * {@link Pricer}, and the waterfall of those stages with every step's formula. Pure.
 */
public final class LeverEngine {
    public static final String COMPRESSION = "compression";
    public static final String CACHE = "cache";
    public static final String CASCADE = "cascade";
    public static final String BATCHING = "batching";

    private LeverEngine() {
    }

    /** The waterfall and the last stage (the result), or null when the stack has no lever on. */
    public record Run(LeverResult result, Stage last) {
    }

    /**
     * Prices every stage of a stack's levers.
     *
     * @param stack             the stack carrying the levers
     * @param monthlyInferences the workload's inferences a month
     * @param pricer            the engine pricing one use
     * @return the run, or null when no lever is on ({@link Stack#hasLevers()} is false)
     */
    public static Run run(Stack stack, double monthlyInferences, Pricer pricer) {
        List<String> active = active(stack);
        if (active.isEmpty()) {
            return null;
        }
        List<Stage> stages = new ArrayList<>();
        for (int k = 0; k <= active.size(); k++) {
            stages.add(stage(stack, active.subList(0, k), k == 0 ? null : active.get(k - 1), monthlyInferences, pricer));
        }
        Stage start = stages.get(0);
        double without = start.total();
        List<LeverStep> steps = new ArrayList<>();
        for (int k = 1; k < stages.size(); k++) {
            Stage before = stages.get(k - 1);
            Stage after = stages.get(k);
            double saving = before.total() - after.total();
            List<Explanation> ex = LeverText.step(stack, before, after, without);
            steps.add(new LeverStep(after.lever(), label(stack, after.lever()), after.monthly(), after.total(),
                    1000 * after.perInference(), saving, 1000 * saving / monthlyInferences,
                    without == 0 ? 0 : saving / without, instances(after), ex));
        }
        Stage last = stages.get(stages.size() - 1);
        Priced own = last.own();
        LeverResult result = new LeverResult(without, 1000 * start.perInference(), start.monthly(), instances(start),
                steps, addOns(stack, last), own.use().share(), last.keep(),
                own.fleet() == null ? Double.NaN : own.fleet().peakToAverage(), notes(stack, active),
                LeverText.start(stack, start));
        return new Run(result, last);
    }

    /** The levers that are on, in the cost model's order. */
    static List<String> active(Stack stack) {
        Levers l = stack.levers();
        List<String> out = new ArrayList<>(4);
        if (l.compression().on()) {
            out.add(COMPRESSION);
        }
        if (l.cache().on()) {
            out.add(CACHE);
        }
        if (l.cascade().on()) {
            out.add(CASCADE);
        }
        boolean batch = stack.serving() instanceof ManagedApi a ? a.batchShare() > 0 && a.batchDiscount() > 0
                : l.batching().on();
        if (batch) {
            out.add(BATCHING);
        }
        return out;
    }

    private static Stage stage(Stack stack, List<String> on, String lever, double m, Pricer pricer) {
        Levers l = stack.levers();
        boolean c = on.contains(COMPRESSION);
        boolean h = on.contains(CACHE);
        boolean k = on.contains(CASCADE);
        boolean b = on.contains(BATCHING);
        double keep = c ? 1 - l.compression().ratio() : 1;
        double miss = h ? 1 - l.cache().hitShare() : 1;
        double ownShare = k ? miss * l.cascade().escalationShare() : miss;
        List<Priced> uses = new ArrayList<>(3);
        uses.add(pricer.price(new Use(Role.OWN, stack.name(), ownShare, keep, 0, b, b ? l.batching().offPeakShare() : 0)));
        if (k) {
            uses.add(pricer.price(new Use(Role.FIRST, l.cascade().firstStack(), miss, keep, 0, true, 0)));
        }
        if (c && l.compression().compressor() != null) {
            uses.add(pricer.price(new Use(Role.COMPRESSOR, l.compression().compressor(), miss, 1,
                    1 - l.compression().ratio(), true, 0)));
        }
        double lookup = h ? l.cache().lookupCost() : 0;
        double fee = c ? l.compression().costPerRequest() : 0;
        double tokens = 0;
        double gpu = 0;
        double extras = 0;
        double fixed = 0;
        double ops = 0;
        Set<String> counted = new HashSet<>();
        for (Priced p : uses) {
            tokens += p.usage().tokens();
            gpu += p.usage().gpu();
            extras += p.usage().extras();
            if (counted.add(p.use().stack())) {
                fixed += p.fixed();
                ops += p.ops();
            }
        }
        extras += (lookup + miss * fee) * m;
        return new Stage(lever, uses, keep, miss, lookup, fee, fixed + ops, new Breakdown(tokens, gpu, fixed, ops, extras), m);
    }

    /** What the levers add beside this stack's own serving, fixed and ops. */
    private static Breakdown addOns(Stack stack, Stage last) {
        double tokens = 0;
        double gpu = 0;
        double extras = last.flatMonthly();
        double fixed = 0;
        double ops = 0;
        Set<String> counted = new HashSet<>();
        counted.add(stack.name());
        for (Priced p : last.uses()) {
            if (p.use().role() == Role.OWN) {
                continue;
            }
            tokens += p.usage().tokens();
            gpu += p.usage().gpu();
            extras += p.usage().extras();
            if (counted.add(p.use().stack())) {
                fixed += p.fixed();
                ops += p.ops();
            }
        }
        return new Breakdown(tokens, gpu, fixed, ops, extras);
    }

    private static Integer instances(Stage s) {
        return s.own().fleet() == null ? null : s.own().fleet().instances();
    }

    /** The step's name in words: "Prompt compression 30%". */
    static String label(Stack stack, String lever) {
        Levers l = stack.levers();
        return switch (lever) {
            case COMPRESSION -> "Prompt compression " + LeverText.pct(l.compression().ratio())
                    + (l.compression().compressor() != null ? " by " + l.compression().compressor() : "");
            case CACHE -> "Semantic cache, " + LeverText.pct(l.cache().hitShare()) + " hits";
            case CASCADE -> "Cascade from " + l.cascade().firstStack() + ", "
                    + LeverText.pct(l.cascade().escalationShare()) + " escalated";
            default -> stack.serving() instanceof ManagedApi a
                    ? "Batch API, " + LeverText.pct(a.batchShare()) + " at " + LeverText.pct(a.batchDiscount()) + " off"
                    : "Off-peak batching, " + LeverText.pct(l.batching().offPeakShare()) + " of requests";
        };
    }

    private static List<String> notes(Stack stack, List<String> active) {
        var cache = stack.levers().cache();
        if (!active.contains(CACHE) || cache.staleShare() == 0 || cache.hitShare() == 0) {
            return List.of();
        }
        double stale = cache.hitShare() * cache.staleShare();
        return List.of("About " + LeverText.pct(stale) + " of answers may be stale (cache hits "
                + LeverText.pct(cache.hitShare()) + " x stale share of hits " + LeverText.pct(cache.staleShare())
                + "); a quality note, not a cost.");
    }
}
