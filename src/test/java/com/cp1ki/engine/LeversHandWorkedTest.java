package com.cp1ki.engine;

import com.cp1ki.engine.model.Batching;
import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Compression;
import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SemanticCache;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.LeverResult;
import com.cp1ki.engine.report.LeverStep;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cp1ki.engine.Fixtures.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The levers worked by hand on seed 004's numbers (docs/cost-model.md, "Optimisation levers"):
 * 1,800 input and 400 output tokens, 10,000 inferences a day, 30 days (300,000 a month); Haiku at
 * $0.80 / $4.00 ($0.00304 a request, $912.00 a month), GPT-4o at $2.50 / $10.00 ($0.0085, $2,550.00).
 * The levers: 30% compression at a $0.0001 fee, 40% cache hits at a $0.00002 lookup, a cascade
 * Haiku -> GPT-4o with 15% escalated, 25% batched at the 50% batch discount.
 */
class LeversHandWorkedTest {
    static final Compression COMPRESS = new Compression(0.30, 0.0001, null);
    static final SemanticCache CACHE = new SemanticCache(0.40, 0.00002, 0.05);
    static final Cascade CASCADE = new Cascade("Claude Haiku 3.5", 0.15);

    private static double cents(double usd) {
        return Math.round(usd * 100) / 100.0;
    }

    private static Stack batched(Stack s) {
        ManagedApi a = (ManagedApi) s.serving();
        return s.withServing(new ManagedApi(a.provider(), a.model(), a.inputPrice(), a.outputPrice(),
                a.cacheReadPrice(), a.cacheWritePrice(), 0, 0, 0.25, 0.5, null, 0, 0, null, null));
    }

    /** Seed 004 with {@code stack} replaced by itself changed by {@code f}. */
    private static StackResult run(String stack, java.util.function.UnaryOperator<Stack> f) {
        Project seed = Fixtures.seed();
        Project p = seed.withStacks(seed.stacks().stream().map(s -> s.name().equals(stack) ? f.apply(s) : s).toList());
        return result(CostEngine.report(p), "document_summariser", stack);
    }

    private static void step(LeverStep s, String lever, double monthlyAfter, double saving, double savingShare) {
        assertEquals(lever, s.lever());
        assertEquals(monthlyAfter, cents(s.monthlyAfter()), s.label());
        assertEquals(monthlyAfter / 300, cents(s.cp1kiAfter()), 0.0051, s.label());
        assertEquals(saving, cents(s.saving()), s.label());
        assertEquals(savingShare, s.savingShare(), 1e-4, s.label());
    }

    @Test
    void compressionAlone() {
        // (1,800 x 0.7 x 0.80 + 400 x 4.00) / 1e6 = (1,008 + 1,600) / 1e6 = $0.002608, + $0.0001 fee = $0.002708
        StackResult r = run("Claude Haiku 3.5", s -> s.withLevers(Levers.NONE.withCompression(COMPRESS)));
        assertEquals(0.002708, r.costPerInference(), 1e-12);
        assertEquals(812.40, cents(r.monthlyCost()));
        LeverResult l = r.levers();
        assertEquals(912.00, cents(l.monthlyWithout()));
        assertEquals(3.04, cents(l.cp1kiWithout()));
        assertEquals(1, l.steps().size());
        step(l.steps().get(0), "compression", 812.40, 99.60, 99.60 / 912);
        assertTrue(has(l.steps().get(0), "input tokens after compression", "1,800 x (1 - 0.30) = 1,260"));
    }

    @Test
    void cacheAlone() {
        // $0.00002 + (1 - 0.4) x $0.00304 = $0.001844
        StackResult r = run("Claude Haiku 3.5", s -> s.withLevers(Levers.NONE.withCache(CACHE)));
        assertEquals(0.001844, r.costPerInference(), 1e-12);
        assertEquals(553.20, cents(r.monthlyCost()));
        step(r.levers().steps().get(0), "cache", 553.20, 358.80, 358.80 / 912);
        // the stale rate is a note, never a cost: 40% x 5% = 2% of answers
        assertEquals(1, r.levers().notes().size());
        assertTrue(r.levers().notes().get(0).contains("2%"), r.levers().notes().get(0));
    }

    @Test
    void cascadeHaikuThenGpt4oAlone() {
        // GPT-4o with Haiku first: $0.00304 + 0.15 x $0.0085 = $0.004315
        StackResult r = run("GPT-4o", s -> s.withLevers(Levers.NONE.withCascade(CASCADE)));
        assertEquals(0.004315, r.costPerInference(), 1e-12);
        assertEquals(1294.50, cents(r.monthlyCost()));
        step(r.levers().steps().get(0), "cascade", 1294.50, 1255.50, 1255.50 / 2550);
        assertEquals(0.15, r.levers().servedShare(), 1e-12);
        // the cheap stack's tokens are counted: Haiku's 300,000 requests and GPT-4o's 45,000
        assertEquals(912.00 + 382.50, cents(r.monthly().tokens()));
        assertEquals(912.00, cents(r.levers().addOns().tokens()));
    }

    @Test
    void batchingAloneIsTheApiBatchShare() {
        // $0.00304 x (1 - 0.25 x 0.5) = $0.00266: the serving's batch share and discount are the batching step
        StackResult r = run("Claude Haiku 3.5", LeversHandWorkedTest::batched);
        assertEquals(0.00266, r.costPerInference(), 1e-12);
        assertEquals(798.00, cents(r.monthlyCost()));
        assertEquals(912.00, cents(r.levers().monthlyWithout()));
        step(r.levers().steps().get(0), "batching", 798.00, 114.00, 114.0 / 912);
    }

    @Test
    void allFourOnGpt4o() {
        // without: $2,550.00
        // compression: (1,260 x 2.50 + 400 x 10.00) / 1e6 = $0.00715, + $0.0001 = $0.00725 -> $2,175.00
        // cache: $0.00002 + 0.6 x $0.00725 = $0.00437 -> $1,311.00
        // cascade: $0.00002 + 0.6 x ($0.0001 + $0.002608 + 0.15 x $0.00715) = $0.0022883 -> $686.49
        // batching: GPT-4o's part x (1 - 0.25 x 0.5): $0.00002 + 0.6 x ($0.0001 + $0.002608 + 0.15 x $0.00625625)
        //           = $0.0022078625 -> $662.36
        StackResult r = run("GPT-4o", s -> batched(s).withLevers(new Levers(COMPRESS, CACHE, CASCADE, Batching.NONE)));
        List<LeverStep> steps = r.levers().steps();
        assertEquals(List.of("compression", "cache", "cascade", "batching"),
                steps.stream().map(LeverStep::lever).toList());
        assertEquals(2550.00, cents(r.levers().monthlyWithout()));
        step(steps.get(0), "compression", 2175.00, 375.00, 375.0 / 2550);
        step(steps.get(1), "cache", 1311.00, 864.00, 864.0 / 2550);
        step(steps.get(2), "cascade", 686.49, 624.51, (1311 - 686.49) / 2550);
        step(steps.get(3), "batching", 662.36, 24.13, (686.49 - 662.36) / 2550);
        assertEquals(0.0022078625, r.costPerInference(), 1e-12);
        assertEquals(662.36, cents(r.monthlyCost()));
        assertEquals(1887.64, cents(r.levers().totalSaving()));
        assertEquals(0.6 * 0.15, r.levers().servedShare(), 1e-12);
        assertEquals(0.7, r.levers().inputKeep(), 1e-12);
    }

    @Test
    void levelsOffAFleetStepByStep() {
        // Llama on g5s at $0.636/h reserved, 40 output and 200 input tokens/s, ceiling 100%, peak 2x:
        // s = 400 / 40 + 1,800 / 200 = 19 s, cap = 189.47/h, D = 10,000 / 24 x 2 = 833.33/h -> N = 5
        // compression 30%: s = 10 + 6.3 = 16.3 s, cap = 220.86/h -> 3.77 -> N = 4
        // cache 40% (lookup $0.00002, $6.00 a month): D = 500/h -> 2.26 -> N = 3
        // off-peak 50%: P = max(2 x 0.5, 1) = 1, D = 250/h -> 1.13 -> N = 2
        Stack llama = new Stack("Llama 3 70B", true, Fixtures.gpu(1.006, 0.636, RateKind.RESERVED_1Y, 40, 200, 1.0, 1, 0),
                Fixtures.G5_FIXED).withLevers(new Levers(new Compression(0.3, 0, null),
                new SemanticCache(0.4, 0.00002, 0), Cascade.NONE, new Batching(0.5)));
        Workload w = new Workload("document_summariser", 10_000, new TypedMeans(1800, 400), null, 2.0);
        StackResult r = Fixtures.only(w, llama);
        LeverResult l = r.levers();
        assertEquals(5, l.instancesWithout());
        assertEquals(2333.40, cents(l.monthlyWithout()));
        List<LeverStep> steps = l.steps();
        step(steps.get(0), "compression", 1869.12, 464.28, 464.28 / 2333.40);
        assertEquals(4, steps.get(0).instancesAfter());
        step(steps.get(1), "cache", 1410.84, 458.28, 458.28 / 2333.40);
        assertEquals(3, steps.get(1).instancesAfter());
        step(steps.get(2), "batching", 946.56, 464.28, 464.28 / 2333.40);
        assertEquals(2, steps.get(2).instancesAfter());
        assertEquals(2, r.instances());
        assertEquals(946.56, cents(r.monthlyCost()));
        assertEquals(1.0, l.peakToAverage(), 1e-12);
        assertTrue(has(steps.get(2), "peak-to-average after off-peak batching", "max(2.00 x (1 - 0.50), 1) = 1.00"));
    }

    @Test
    void aManagedApiWithoutBatchShareHasNoWaterfall() {
        StackResult r = result(CostEngine.report(Fixtures.seed()), "document_summariser", "Claude Haiku 3.5");
        assertFalse(r.levers().any());
        assertNull(r.levers().instancesWithout());
    }

    @Test
    void compressionOnARealDistributionLeavesTheLongContextTier() {
        // two requests a day of each: (150,000 in, 500 out) and (250,000 in, 1,000 out); $3 / $15, above
        // 200,000 input tokens the whole request pays $6 / $22.50.
        // without: $0.4575 and 250,000 x 6 + 1,000 x 22.5 = $1.5225 -> mean $0.99 (typed means would say $0.61125)
        // 30% compression: 105,000 -> $0.3225 and 175,000 (now under the tier) -> $0.54 -> mean $0.43125
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        b.add(150_000, 500).add(250_000, 1000);
        Workload w = new Workload("long_docs", 1000, b.build(), null, 1.0);
        ManagedApi tiered = new ManagedApi("P", "M", 3, 15, 3, 3, 0, 0, 0, 0.5,
                new LongContextTier(200_000, 6, 22.5, 6, 6), 0, 0, null, null);
        Stack s = new Stack("Tiered", true, tiered, CommonCosts.NONE)
                .withLevers(Levers.NONE.withCompression(new Compression(0.3, 0, null)));
        StackResult r = Fixtures.only(w, s);
        assertEquals(0.99 * 30_000, r.levers().monthlyWithout(), 1e-6);
        assertEquals(0.43125, r.costPerInference(), 1e-12);
        assertEquals(16_762.50, cents(r.levers().steps().get(0).saving()));
        // the per-request costs are the two requests' own: the dearer one is $0.54, no longer $1.5225
        assertEquals(0.54, r.cost().max(), 1e-12);
    }

    static boolean has(LeverStep s, String quantity, String substituted) {
        return s.explanations().stream().anyMatch(e -> e.quantity().equals(quantity) && e.substituted().equals(substituted));
    }
}
