package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * Hand-worked splits of a CP1Ki change: thirty days of baseline, then one day that changes. Each
 * expected number is worked out in the comment beside it; the parts always add up to the change.
 */
class DecompositionTest {
    static final LocalDate D0 = LocalDate.of(2024, 5, 1);
    static final LocalDate LAST_BASE = D0.plusDays(29);
    static final LocalDate DAY = D0.plusDays(30);
    /** $1 per 1M input, $2 per 1M output, cache reads at $0.10. */
    static final Stack A = Rows.stack("A", new ManagedApi("P", "model-a", 1, 2, 0.1, 1.25, 0, 0, 0, 0.5, null, 0, 0, null, null));
    static final Stack B = Rows.stack("B", "model-b", 10, 20);

    private static Decomposition split(Rows rows, List<Stack> stacks, PriceBook prices) {
        DriftReport r = Drift.analyse(Rows.project(stacks), rows.data(), DriftSettings.of(DriftRule.defaults(Granularity.DAY)),
                prices);
        DriftPoint p = r.features().get(0).points().get(30);
        assertEquals(DAY.toString(), p.label());
        assertNotNull(p.decomposition(), p.reason());
        Decomposition d = p.decomposition();
        double sum = d.parts().stream().mapToDouble(Decomposition.Part::amount).sum();
        assertEquals(d.change(), sum, 1e-12, "the parts add up to the change");
        return d;
    }

    private static Rows baseline() {
        return new Rows().daily("chat", "model-a", D0, LAST_BASE, 1000, 100, 1000);
    }

    private static void only(Decomposition d, Driver driver, double amount) {
        for (Decomposition.Part p : d.parts()) {
            assertEquals(p.driver() == driver ? amount : 0, p.amount(), 1e-12, p.driver().key());
        }
    }

    @Test
    void longerPromptsLandOnInputTokens() {
        // baseline: 1000 x $1/M + 100 x $2/M = $0.0012 a request -> CP1Ki $1.20
        // day: 1800 x $1/M + 100 x $2/M = $0.0020 -> $2.00; all of the $0.80 is input
        Decomposition d = split(baseline().add("chat", "model-a", DAY, 1800, 100, 1000), List.of(A), PriceBook.PROJECT);
        assertEquals(1.20, d.baseline(), 1e-12);
        assertEquals(2.00, d.actual(), 1e-12);
        only(d, Driver.INPUT_TOKENS, 0.80);
    }

    @Test
    void longerAnswersLandOnOutputTokens() {
        // 1000 x $1/M + 400 x $2/M = $0.0018 -> $1.80: +$0.60 of output
        only(split(baseline().add("chat", "model-a", DAY, 1000, 400, 1000), List.of(A), PriceBook.PROJECT),
                Driver.OUTPUT_TOKENS, 0.60);
    }

    @Test
    void aSwitchToADearerModelLandsOnTheMix() {
        // the same tokens on B: 1000 x $10/M + 100 x $20/M = $0.012 -> $12.00: +$10.80 of mix
        only(split(baseline().add("chat", "model-b", DAY, 1000, 100, 1000), List.of(A, B), PriceBook.PROJECT),
                Driver.MODEL_MIX, 10.80);
    }

    @Test
    void aPriceChangeOnTheDayLandsOnPrice() {
        // A's prices double from the day on: $2.40, +$1.20 of price
        ManagedApi doubled = new ManagedApi("P", "model-a", 2, 4, 0.2, 2.5, 0, 0, 0, 0.5, null, 0, 0, null, null);
        PriceBook book = PriceBook.dated(List.of(new DatedPrice("A", DAY, null, doubled)));
        only(split(baseline().add("chat", "model-a", DAY, 1000, 100, 1000), List.of(A), book), Driver.PRICE, 1.20);
    }

    @Test
    void aRetryStormLandsOnRetries() {
        // every request fails once first, with its prompt read and nothing written back:
        // 1000 failed x 1000 x $1/M = $1.00 more over 1000 inferences -> +$1.00 of retries
        Rows rows = baseline().add("chat", "model-a", DAY, 1000, 100, 1000)
                .add(new Rows.Row("chat", "model-a", DAY, 1000, 0, 0, 0, true, 1000, 0));
        only(split(rows, List.of(A), PriceBook.PROJECT), Driver.RETRIES, 1.00);
    }

    @Test
    void aWarmCacheLandsOnTheCacheShare() {
        // half of the prompt read from the cache at $0.10/M: 500 x $1/M + 500 x $0.1/M + 100 x $2/M
        // = $0.00075 -> $0.75, -$0.45 of cache
        Rows rows = baseline().add(new Rows.Row("chat", "model-a", DAY, 1000, 500, 0, 100, false, 1000, 0));
        only(split(rows, List.of(A), PriceBook.PROJECT), Driver.CACHE_HIT_SHARE, -0.45);
    }

    @Test
    void twoDriversMovingTogetherShareTheirInteractionEqually() {
        // input 1000 -> 2000 and the input price $1 -> $2, no output:
        // $1.00 -> $4.00. Input alone +$1.00 (at $1) or +$2.00 (at $2): Shapley gives 1.50 each
        Stack plain = Rows.stack("A", "model-a", 1, 2);
        Rows rows = new Rows().daily("chat", "model-a", D0, LAST_BASE, 1000, 0, 1000).add("chat", "model-a", DAY, 2000, 0, 1000);
        PriceBook book = PriceBook.dated(List.of(new DatedPrice("A", DAY, null, ManagedApi.simple("P", "model-a", 2, 2))));
        Decomposition d = split(rows, List.of(plain), book);
        assertEquals(1.00, d.baseline(), 1e-12);
        assertEquals(4.00, d.actual(), 1e-12);
        assertEquals(1.50, d.part(Driver.INPUT_TOKENS).amount(), 1e-12);
        assertEquals(1.50, d.part(Driver.PRICE).amount(), 1e-12);
    }

    @Test
    void aLongContextTierIsAppliedRequestByRequestAndMovesWithInputTokens() {
        // tier above 2000 input tokens at double prices; the day's prompts grow to 3000 tokens:
        // 3000 x $2/M + 100 x $4/M = $0.0064 -> $6.40; all of +$5.20 is input (band share and size)
        ManagedApi tiered = new ManagedApi("P", "model-a", 1, 2, 1, 1, 0, 0, 0, 0.5,
                new com.cp1ki.engine.model.LongContextTier(2000, 2, 4, 2, 2), 0, 0, null, null);
        Rows rows = baseline().add("chat", "model-a", DAY, 3000, 100, 1000);
        rows.thresholds = new long[] {2000};
        Decomposition d = split(rows, List.of(Rows.stack("A", tiered)), PriceBook.PROJECT);
        assertEquals(6.40, d.actual(), 1e-12);
        only(d, Driver.INPUT_TOKENS, 5.20);
    }

    @Test
    void batchAndPlatformFeesScaleEveryTokenAndTheFeePerRequestIsAddedOnce() {
        // 50% batched at half price, 5% fee, $0.0001 a request: per request
        // (1000 x $1/M + 100 x $2/M) x 0.75 x 1.05 + $0.0001 = $0.001045 -> $1.045
        ManagedApi a = new ManagedApi("P", "model-a", 1, 2, 1, 1, 0, 0, 0.5, 0.5, null, 0.05, 0.0001, null, null);
        Rows rows = new Rows().daily("chat", "model-a", D0, DAY, 1000, 100, 1000);
        Decomposition d = split(rows, List.of(Rows.stack("A", a)), PriceBook.PROJECT);
        assertEquals(1.045, d.actual(), 1e-12);
        assertEquals(0, d.change(), 1e-12);
    }

    @Test
    void withoutACacheColumnTheStacksAssumedShareIsUsed() {
        // 40% assumed cache reads at $0.10: 600 x $1/M + 400 x $0.1/M + 100 x $2/M = $0.00084 -> $0.84
        ManagedApi a = new ManagedApi("P", "model-a", 1, 2, 0.1, 1, 0.4, 0, 0, 0.5, null, 0, 0, null, null);
        Rows rows = new Rows().daily("chat", "model-a", D0, DAY, 1000, 100, 1000);
        rows.cacheColumn = false;
        assertEquals(0.84, split(rows, List.of(Rows.stack("A", a)), PriceBook.PROJECT).actual(), 1e-12);
    }

    @Test
    void everyIncidentTogetherStillAddsUpExactly() {
        ManagedApi dear = ManagedApi.simple("P", "model-b", 12, 24);
        PriceBook book = PriceBook.dated(List.of(new DatedPrice("B", DAY, null, dear)));
        Rows rows = baseline().add("chat", "model-b", DAY, 1800, 250, 400)
                .add(new Rows.Row("chat", "model-a", DAY, 2500, 1200, 100, 300, false, 600, 0))
                .add(new Rows.Row("chat", "model-a", DAY, 2500, 0, 0, 0, true, 700, 0));
        Decomposition d = split(rows, List.of(A, B), book);
        assertEquals(Driver.MODEL_MIX, d.largest());
    }

    @Test
    void partsKeepTheEnumsOrderAndSayWhatMoved() {
        Decomposition d = split(baseline().add("chat", "model-a", DAY, 1800, 100, 1000), List.of(A), PriceBook.PROJECT);
        assertEquals(List.of(Driver.values()), d.parts().stream().map(Decomposition.Part::driver).toList());
        assertEquals("1,000 tokens", d.part(Driver.INPUT_TOKENS).before());
        assertEquals("1,800 tokens", d.part(Driver.INPUT_TOKENS).after());
        assertEquals("A 100%", d.part(Driver.MODEL_MIX).after());
    }

    static Stack unused() {
        return new Stack("unused", true, ManagedApi.simple("P", "x", 1, 1), CommonCosts.NONE);
    }
}
