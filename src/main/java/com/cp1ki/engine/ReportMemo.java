package com.cp1ki.engine;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.dist.WeightedPercentiles;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.StackResult;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What several reports of closely related projects can share: the reports of a base and its
 * scenarios ({@code engine.scenario}) hold mostly the same workload, stack and settings records
 * (an override rebuilds only the records on its path), and a workload on a stack alone depends on
 * those three only. Keyed by identity, so a record that was rebuilt, even to an equal value, is
 * computed again: reuse can only give the numbers a fresh report gives. One memo serves one
 * caller's run of reports and is dropped after; it is not shared between threads.
 */
public final class ReportMemo {

    /** A workload's token points and summaries, shared by its stacks. */
    record Tokens(TokenPoints points, Summary input, Summary output) {
    }

    /** A workload on a stack alone: the pairing, its result and its two cost curves. */
    record Pair(Pairing pairing, StackResult result, CostCurve withOps, CostCurve withoutOps) {
    }

    private final Map<Workload, Tokens> tokens = new IdentityHashMap<>();
    private final Map<Settings, Map<Workload, Map<Stack, Pair>>> pairs = new IdentityHashMap<>();

    Tokens tokens(Workload w) {
        return tokens.computeIfAbsent(w, x -> new Tokens(new TokenPoints(x.tokens()),
                WeightedPercentiles.tokens(x.tokens(), true), WeightedPercentiles.tokens(x.tokens(), false)));
    }

    Pair pair(Workload w, Stack s, Settings settings, CostDistribution dist) {
        Map<Stack, Pair> byStack = pairs.computeIfAbsent(settings, k -> new IdentityHashMap<>())
                .computeIfAbsent(w, k -> new IdentityHashMap<>());
        Pair p = byStack.get(s);
        if (p == null) {
            Tokens t = tokens(w);
            Pairing sc = new Pairing(w, s, settings, t.points());
            p = new Pair(sc, StackCost.result(sc, dist, t.input(), t.output()), Curves.of(sc, true), Curves.of(sc, false));
            byStack.put(s, p);
        }
        return p;
    }
}
