package com.cp1ki.engine;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CheapestStacks.Band;
import com.cp1ki.engine.report.Headline;
import com.cp1ki.engine.report.Headline.Choice;

import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.List;

/**
 * A workload's headline: the cheapest stack at its volume (the band of the lower envelope holding
 * the volume, so the sentence and the chart agree), the runner-up and the saving from the
 * scenarios' exact costs at that volume, and the neighbouring bands, with and without ops.
 */
final class Answers {
    /** Costs within this share of each other are the same (a tie is named, not a saving of zero). */
    static final double TIE = 1e-9;

    private Answers() {
    }

    /**
     * Scenarios of the enabled stacks in project order, their results (after each stack's levers) in
     * the same order; the cheapest stacks of the same curves.
     */
    static Headline of(Workload w, List<Pairing> scenarios, List<StackResult> results, CheapestStacks withOps,
                       CheapestStacks withoutOps, Settings settings) {
        Choice ops = choice(w, scenarios, results, withOps, settings, true);
        Choice noOps = choice(w, scenarios, results, withoutOps, settings, false);
        boolean opsMatter = scenarios.stream().anyMatch(s -> s.ops > 0);
        double monthly = scenarios.get(0).monthlyInferences;
        return new Headline(w.name(), w.inferencesPerDay(), ops, noOps,
                AnswerText.of(w.name(), w.inferencesPerDay(), monthly, ops, noOps, opsMatter, settings));
    }

    private static Choice choice(Workload w, List<Pairing> scenarios, List<StackResult> results, CheapestStacks env,
                                 Settings s, boolean ops) {
        int n = scenarios.size();
        double[] cost = new double[n];
        for (int i = 0; i < n; i++) {
            StackResult r = results.get(i);
            cost[i] = r.monthlyCost() - (ops ? 0 : r.monthly().ops());
        }
        double v = w.inferencesPerDay();
        boolean inRange = v >= s.volumeMin() && v <= s.volumeMax();
        Band band = inRange ? env.bandAt(v) : null;
        if (band != null && band.stack() == null) {
            band = null; // unlisted there: the cheapest from the costs, without a band to name
        }
        int c = band != null ? index(scenarios, band.stack()) : cheapest(cost);
        List<String> tied = new ArrayList<>();
        int r = -1;
        for (int i = 0; i < n; i++) {
            if (i == c) {
                continue;
            }
            if (same(cost[i], cost[c])) {
                tied.add(scenarios.get(i).stack.name());
            } else if (r < 0 || cost[i] < cost[r] && !same(cost[i], cost[r])) {
                r = i; // of stacks that cost the same, the earliest
            }
        }
        Double perMonth = r < 0 ? null : Math.max(0, cost[r] - cost[c]);
        Double per1000 = perMonth == null ? null : perMonth / scenarios.get(0).monthlyInferences * 1000;
        Double from = null;
        Double to = null;
        String below = null;
        String above = null;
        if (band != null) {
            List<Band> bands = env.bands();
            int k = bands.indexOf(band);
            if (k > 0) {
                from = band.fromVolume();
                below = bands.get(k - 1).stack();
            }
            if (k < bands.size() - 1) {
                to = band.toVolume();
                above = bands.get(k + 1).stack();
            }
        }
        return new Choice(scenarios.get(c).stack.name(), cost[c], tied, r < 0 ? null : scenarios.get(r).stack.name(),
                r < 0 ? null : cost[r], per1000, perMonth, from, below, to, above);
    }

    private static int index(List<Pairing> scenarios, String stack) {
        for (int i = 0; i < scenarios.size(); i++) {
            if (scenarios.get(i).stack.name().equals(stack)) {
                return i;
            }
        }
        throw new IllegalStateException("no scenario for stack " + stack);
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= TIE * Math.max(Math.abs(a), Math.abs(b));
    }

    /** The cheapest index (the earliest on a tie). */
    private static int cheapest(double[] cost) {
        int best = 0;
        for (int i = 1; i < cost.length; i++) {
            if (cost[i] < cost[best]) {
                best = i;
            }
        }
        return best;
    }
}
