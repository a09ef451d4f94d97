package com.cp1ki.engine;

import com.cp1ki.engine.dist.Summary;
import com.cp1ki.engine.dist.WeightedPercentiles;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * The cost engine: one immutable project in, one report out (cost-model.md). Pure: no I/O,
 * threads, clocks or shared state; every call builds its own buffers.
 */
public final class CostEngine {
    private CostEngine() {
    }

    /** Computes every number of the report for a project. */
    public static Report report(Project project) {
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
        List<StackResult> results = new ArrayList<>();
        List<CostCurve> curves = new ArrayList<>();
        List<Crossover> crossovers = new ArrayList<>();
        for (Workload w : project.workloads()) {
            TokenPoints pts = new TokenPoints(w.tokens());
            Summary in = WeightedPercentiles.tokens(w.tokens(), true);
            Summary out = WeightedPercentiles.tokens(w.tokens(), false);
            List<CostCurve> withOps = new ArrayList<>();
            List<CostCurve> withoutOps = new ArrayList<>();
            for (Stack s : enabled) {
                Scenario sc = new Scenario(w, s, settings, pts);
                results.add(StackCost.result(sc, dist, in, out));
                StackCost.warnings(sc, warnings);
                withOps.add(Curves.of(sc, true));
                withoutOps.add(Curves.of(sc, false));
            }
            curves.addAll(withOps);
            curves.addAll(withoutOps);
            pairs(withOps, settings, crossovers, warnings);
            pairs(withoutOps, settings, crossovers, warnings);
        }
        List<PlanResult> plans = new ArrayList<>();
        return new Report(results, crossovers, plans, curves, warnings);
    }

    /** Crossovers of every unordered pair of curves, a before b in project order. */
    private static void pairs(List<CostCurve> curves, Settings settings, List<Crossover> out, List<Warning> warnings) {
        for (int i = 0; i < curves.size(); i++) {
            for (int j = i + 1; j < curves.size(); j++) {
                Crossover c = Crossovers.between(curves.get(i), curves.get(j), settings.volumeMin(), settings.volumeMax());
                out.add(c);
                if (Crossovers.truncated(c)) {
                    warnings.add(new Warning("crossings-truncated", c.a() + " / " + c.b() + " / " + c.workload(),
                            "The costs of " + c.a() + " and " + c.b() + " cross more than " + Crossovers.MAX_CROSSINGS
                                    + " times; only the first are listed."));
                }
            }
        }
    }
}
