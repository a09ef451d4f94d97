package com.cp1ki.engine;

import com.cp1ki.engine.model.Batching;
import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.Compression;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SemanticCache;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.LeverStep;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the optimisation levers over seeded random projects. */
class LeversPropertiesTest {

    private static Project project(Workload w, List<Stack> stacks) {
        return Fixtures.project(List.of(w), stacks, List.of());
    }

    private static Levers random(RandomProjects r, String first, String compressor) {
        Compression c = r.chance(0.6) ? new Compression(r.between(0, 0.9), r.chance(0.5) ? r.logBetween(1e-6, 1e-3) : 0,
                r.chance(0.3) ? compressor : null) : Compression.NONE;
        SemanticCache h = r.chance(0.6) ? new SemanticCache(r.between(0, 0.9), r.chance(0.7) ? r.logBetween(1e-7, 1e-3) : 0,
                r.between(0, 0.2)) : SemanticCache.NONE;
        Cascade k = r.chance(0.6) ? new Cascade(first, r.between(0, 1)) : Cascade.NONE;
        return new Levers(c, h, k, Batching.NONE);
    }

    /** Off-peak batching only where it applies (a self-hosted fleet). */
    private static Levers withBatching(RandomProjects r, Stack s, Levers l) {
        return s.serving() instanceof ManagedApi || !r.chance(0.5) ? l : l.withBatching(new Batching(r.between(0, 0.9)));
    }

    @Test
    void leversAtZeroChangeNothing() {
        RandomProjects r = new RandomProjects(11);
        for (int trial = 0; trial < 150; trial++) {
            Workload w = r.workload("w", r.chance(0.5) ? 0 : 1 + (int) r.between(1, 40));
            List<Stack> stacks = List.of(r.stack("a", r.chance(0.3)), r.stack("b", false), r.stack("c", false));
            Project plain = project(w, stacks);
            Report before;
            try {
                before = CostEngine.report(plain);
            } catch (InvalidInputException e) {
                continue;
            }
            // every lever present at its zero: no ratio, fee or compressor; no hits or lookup (a stale share
            // alone is a note about hits, of which there are none); no first stack; nothing off-peak
            Levers zero = new Levers(new Compression(0, 0, null), new SemanticCache(0, 0, r.between(0, 1)),
                    new Cascade(null, r.between(0, 1)), new Batching(0));
            Project levered = project(w, stacks.stream().map(s -> s.withLevers(zero)).toList());
            assertEquals(before, CostEngine.report(levered), "trial " + trial);
        }
    }

    @Test
    void aBatchShareWithoutDiscountChangesNothing() {
        Stack haiku = Fixtures.haiku();
        ManagedApi a = (ManagedApi) haiku.serving();
        Stack noDiscount = haiku.withServing(new ManagedApi(a.provider(), a.model(), a.inputPrice(), a.outputPrice(),
                a.cacheReadPrice(), a.cacheWritePrice(), 0, 0, 0.4, 0, null, 0, 0, null, null));
        StackResult r = Fixtures.only(Fixtures.summariser(), noDiscount);
        assertFalse(r.levers().any());
        assertEquals(Fixtures.only(Fixtures.summariser(), haiku).monthlyCost(), r.monthlyCost(), 1e-9);
    }

    @Test
    void aWaterfallsStepsAddUpToTheTotalSavingAndEndAtTheResult() {
        RandomProjects r = new RandomProjects(12);
        int checked = 0;
        for (int trial = 0; trial < 300; trial++) {
            Workload w = r.workload("w", r.chance(0.5) ? 0 : 1 + (int) r.between(1, 40));
            Stack a = r.stack("a", r.chance(0.3));
            Stack b = r.stack("b", r.chance(0.3));
            Stack c = r.stack("c", false);
            a = a.withLevers(withBatching(r, a, random(r, "b", "c")));
            Report report;
            try {
                report = CostEngine.report(project(w, List.of(a, b, c)));
            } catch (InvalidInputException e) {
                continue;
            }
            StackResult res = Fixtures.result(report, "w", "a");
            if (!res.levers().any()) {
                continue;
            }
            checked++;
            List<LeverStep> steps = res.levers().steps();
            double sum = 0;
            double shares = 0;
            for (LeverStep s : steps) {
                sum += s.saving();
                shares += s.savingShare();
            }
            double tol = 1e-9 * Math.max(1, res.levers().monthlyWithout());
            assertEquals(res.levers().monthlyWithout() - res.monthlyCost(), sum, tol, "trial " + trial);
            assertEquals(res.levers().totalSaving(), sum, tol, "trial " + trial);
            assertEquals(res.levers().totalSavingShare(), shares, 1e-9, "trial " + trial);
            assertEquals(res.monthlyCost(), steps.get(steps.size() - 1).monthlyAfter(), tol, "trial " + trial);
            assertEquals(res.monthlyCost(), res.monthly().total(), tol, "trial " + trial);
            // the per-request costs with the levers average to the cost per inference
            assertEquals(res.costPerInference(), res.cost().mean(), 1e-9 * Math.max(1e-6, res.costPerInference()),
                    "trial " + trial);
            for (int k = 1; k < steps.size(); k++) {
                assertEquals(steps.get(k - 1).monthlyAfter() - steps.get(k).monthlyAfter(), steps.get(k).saving(), tol);
            }
        }
        assertTrue(checked > 100, "only " + checked + " waterfalls checked");
    }

    @Test
    void aCacheHitOrACompressedPromptNeverAddsInstances() {
        RandomProjects r = new RandomProjects(13);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 200; trial++) {
            Workload w = r.workload("w", 0);
            Stack g = r.stack("g", false);
            if (g.serving() instanceof ManagedApi) {
                continue;
            }
            Levers l = new Levers(new Compression(r.between(0, 0.9), 0, null),
                    new SemanticCache(r.between(0, 0.9), 0, 0), Cascade.NONE, new Batching(r.between(0, 0.9)));
            StackResult res;
            try {
                res = Fixtures.only(w, g.withLevers(l));
            } catch (InvalidInputException e) {
                continue;
            }
            Integer before = res.levers().instancesWithout();
            for (LeverStep s : res.levers().steps()) {
                if (s.instancesAfter() > before || s.saving() < -1e-9) {
                    failures.add("trial " + trial + " " + s.label());
                }
                before = s.instancesAfter();
            }
        }
        assertEquals(List.of(), failures);
    }
}
