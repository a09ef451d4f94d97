package com.cp1ki.io.catalog;

import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriceCheckTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 30);

    static ApiModelEntry entry(String id, String provider, String model, double in, double out) {
        return new ApiModelEntry(id, provider, model, in, out, in / 10, in * 1.25, 0.5, null, "test list", "2026-11-30",
                false, "", 0.0, null, null, "2026-11-30");
    }

    static Catalog catalog(ApiModelEntry... e) {
        return new Catalog("2026-11-30", "", List.of(e), Catalog.bundled().gpuInstances());
    }

    static ManagedApi api(Project p, String stack) {
        return (ManagedApi) p.stacks().stream().filter(s -> s.name().equals(stack)).findFirst().orElseThrow().serving();
    }

    @Test
    void theSeedAgreesWithTheBundledCatalogExceptWhereTheSeedIsOlder() {
        PriceCheck.Result r = PriceCheck.check(Samples.seed(), Catalog.bundled(), DAY);
        assertEquals(4, r.matched());
        assertTrue(r.unmatched().isEmpty(), r.unmatched().toString());
        assertTrue(r.differences().stream().noneMatch(d -> d.field().equals("input price") || d.field().equals("output price")),
                r.differences().toString());
    }

    @Test
    void aModelNamedDifferentlyByTheListIsFoundAndItsDifferentPricesListed() {
        Catalog c = catalog(entry("litellm:claude-3-5-haiku-20241022", "anthropic", "claude-3-5-haiku-20241022", 1.0, 5.0));
        PriceCheck.Result r = PriceCheck.check(Samples.seed(), c, DAY);
        List<PriceDifference> haiku = r.differences().stream().filter(d -> d.stack().equals("Claude Haiku 3.5")).toList();
        PriceDifference in = haiku.stream().filter(d -> d.field().equals("input price")).findFirst().orElseThrow();
        assertEquals(0.80, in.project());
        assertEquals(1.0, in.catalog());
        assertEquals(25.0, in.changePct(), 1e-9);
        assertEquals("USD/1M tokens", in.unit());
        assertEquals("2026-11-30", in.catalogDate());
        assertTrue(r.unmatched().contains("GPT-4o"), "GPT-4o is not in this catalog: " + r.unmatched());
    }

    @Test
    void aPriceOfZeroHasNoChangePercent() {
        assertNull(new PriceDifference("s", "fee per request", "USD/request", 0, 0.005, "x", "2026-11-30", "s").changePct());
    }

    @Test
    void applyingEveryDifferenceOfAStackTakesTheCatalogsPricesDateAndSource() {
        Catalog c = catalog(entry("litellm:gpt-4o", "openai", "gpt-4o", 2.0, 8.0));
        Project seed = Samples.seed();
        PriceCheck.Result r = PriceCheck.check(seed, c, DAY);
        List<PriceDifference> gpt = r.differences().stream().filter(d -> d.stack().equals("GPT-4o")).toList();
        Project updated = PriceUpdate.apply(seed, r.differences(), gpt);
        ManagedApi m = api(updated, "GPT-4o");
        assertEquals(2.0, m.inputPrice());
        assertEquals(8.0, m.outputPrice());
        assertEquals("2026-11-30", m.pricesAsOf());
        assertEquals("catalog litellm:gpt-4o: test list", m.priceSource());
        assertEquals(api(seed, "Claude Haiku 3.5"), api(updated, "Claude Haiku 3.5"));
        assertTrue(PriceCheck.check(updated, c, DAY).differences().stream().noneMatch(d -> d.stack().equals("GPT-4o")));
    }

    @Test
    void applyingSomeDifferencesKeepsTheStacksDateAndSource() {
        Catalog c = catalog(entry("litellm:gpt-4o", "openai", "gpt-4o", 2.0, 8.0));
        Project seed = Samples.seed();
        PriceCheck.Result r = PriceCheck.check(seed, c, DAY);
        PriceDifference input = r.differences().stream()
                .filter(d -> d.stack().equals("GPT-4o") && d.field().equals("input price")).findFirst().orElseThrow();
        ManagedApi m = api(PriceUpdate.apply(seed, r.differences(), List.of(input)), "GPT-4o");
        assertEquals(2.0, m.inputPrice());
        assertEquals(10.0, m.outputPrice());
        assertEquals(api(seed, "GPT-4o").pricesAsOf(), m.pricesAsOf());
    }

    @Test
    void aGpuStackIsCheckedByInstanceTypeAndItsRatesUpdated() {
        GpuInstanceEntry g5 = Catalog.bundled().gpuInstance("aws-g5.xlarge").orElseThrow();
        GpuInstanceEntry cheaper = new GpuInstanceEntry(g5.id(), g5.provider(), g5.instanceType(), g5.region(), g5.gpus(),
                g5.gpuModel(), g5.gpuMemoryGb(), 0.9, 0.6, g5.reserved3yUsdPerHour(), g5.spotUsdPerHour(), "new rates",
                "2026-11-30", false, "", g5.throughput());
        Catalog c = new Catalog("2026-11-30", "", List.of(), List.of(cheaper));
        Project seed = Samples.seed();
        PriceCheck.Result r = PriceCheck.check(seed, c, DAY);
        List<PriceDifference> gpu = r.differences().stream().filter(d -> d.stack().equals("Llama 3 70B on g5.xlarge")).toList();
        assertEquals(List.of("on-demand rate", "reserved 1-year rate"), gpu.stream().map(PriceDifference::field).toList());
        SelfHostedGpu g = (SelfHostedGpu) PriceUpdate.apply(seed, r.differences(), gpu).stacks().stream()
                .filter(s -> s.name().equals("Llama 3 70B on g5.xlarge")).map(Stack::serving).findFirst().orElseThrow();
        assertEquals(0.9, g.onDemandRate());
        assertEquals(0.6, g.reserved1yRate());
        assertTrue(g.throughputSource().endsWith("rates: catalog aws-g5.xlarge: new rates (checked 2026-11-30)"), g.throughputSource());
    }

    @Test
    void theEntryAStackWasFilledFromWinsOverAnotherListsEntryForTheSameModel() {
        ApiModelEntry bundled = Catalog.bundled().apiModel("openai-gpt-4o").orElseThrow();
        ApiModelEntry other = entry("litellm:gpt-4o", "OpenAI", "GPT-4o", 9, 9);
        Catalog c = new Catalog("2026-11-30", "", List.of(other, bundled), List.of());
        Project p = Samples.seed();
        Stack s = p.stacks().stream().filter(x -> x.name().equals("GPT-4o")).findFirst().orElseThrow();
        Project filled = p.withStacks(p.stacks().stream().map(x -> x == s ? x.withServing(bundled.toServing()) : x).toList());
        assertTrue(PriceCheck.check(filled, c, DAY).differences().stream().noneMatch(d -> d.stack().equals("GPT-4o")));
    }
}
