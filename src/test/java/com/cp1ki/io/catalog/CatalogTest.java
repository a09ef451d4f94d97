package com.cp1ki.io.catalog;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogTest {

    static Stream<ApiModelEntry> apiModels() {
        return Catalog.bundled().apiModels().stream();
    }

    static Stream<GpuInstanceEntry> gpuInstances() {
        return Catalog.bundled().gpuInstances().stream();
    }

    @Test
    void theBundledCatalogHoldsTheModelsAndInstancesTheIssueAsksFor() {
        Catalog c = Catalog.bundled();
        for (String id : List.of("anthropic-claude-haiku-3.5", "anthropic-claude-sonnet-4", "openai-gpt-4o",
                "openai-gpt-4o-mini", "google-gemini-2.5-flash")) {
            assertTrue(c.apiModel(id).isPresent(), id);
        }
        for (String id : List.of("aws-g5.xlarge", "aws-g5.12xlarge", "aws-g6.xlarge", "aws-g6e.xlarge", "aws-p4d.24xlarge",
                "aws-p5.48xlarge", "aws-p5e.48xlarge", "gcp-a2-highgpu-1g", "gcp-a3-highgpu-8g", "gcp-g2-standard-4",
                "azure-nd96isr-h100-v5")) {
            assertTrue(c.gpuInstance(id).isPresent(), id);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gpuInstances")
    void everyThroughputFigureCarriesItsConditions(GpuInstanceEntry e) {
        assertFalse(e.throughput().isEmpty(), e.id());
        for (GpuInstanceEntry.Throughput t : e.throughput()) {
            assertTrue(t.gpus() > 0 && t.inputTokens() > 0 && t.outputTokens() > 0, e.id() + ": GPUs and request shape");
            assertTrue(t.scenario() != null, e.id() + ": offline, latency-bounded or fixed concurrency");
            assertTrue(t.describe().contains(t.gpus() + (t.gpus() == 1 ? " GPU" : " GPUs")), t.describe());
            assertTrue(t.illustrative() || !t.note().isBlank(), e.id());
        }
    }

    @Test
    void figuresWithoutASolidSourceAreMarkedIllustrative() {
        for (String id : List.of("aws-p5.48xlarge", "aws-p5e.48xlarge", "gcp-a3-highgpu-8g", "azure-nd96isr-h100-v5")) {
            GpuInstanceEntry e = Catalog.bundled().gpuInstance(id).orElseThrow();
            assertTrue(e.ratesIllustrative(), id + " rates come from secondary or derived sources");
            assertTrue(e.toServing().throughputSource().contains("ILLUSTRATIVE"), id);
        }
        assertFalse(Catalog.bundled().gpuInstance("gcp-a2-highgpu-1g").orElseThrow().throughput().get(0).illustrative(),
                "measured on the A100 40GB this machine type has");
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        apiModels().forEach(e -> assertTrue(ids.add(e.id()), e.id()));
        gpuInstances().forEach(e -> assertTrue(ids.add(e.id()), e.id()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiModels")
    void everyApiModelHasASourceADateAndNoNegativePrice(ApiModelEntry e) {
        assertFalse(e.source().isBlank());
        assertFalse(e.checked().isBlank());
        for (double p : new double[]{e.inputPricePerMTok(), e.outputPricePerMTok(), e.cacheReadPricePerMTok(),
                e.cacheWritePricePerMTok()}) {
            assertTrue(p >= 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gpuInstances")
    void everyGpuInstanceHasSourcedRatesAndSourcedOrIllustrativeThroughput(GpuInstanceEntry e) {
        assertFalse(e.rateSource().isBlank());
        assertTrue(e.onDemandUsdPerHour() > 0);
        List<Double> rates = new ArrayList<>();
        rates.add(e.reserved1yUsdPerHour());
        rates.add(e.reserved3yUsdPerHour());
        rates.add(e.spotUsdPerHour());
        rates.stream().filter(r -> r != null).forEach(r -> assertTrue(r >= 0 && r <= e.onDemandUsdPerHour()));
        for (GpuInstanceEntry.Throughput t : e.throughput()) {
            assertFalse(t.source().isBlank());
            assertFalse(t.model().isBlank() || t.precision().isBlank() || t.engine().isBlank());
            assertTrue(t.outputTokensPerSecond() > 0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("apiModels")
    void anApiEntryFillsAManagedApiWithItsPricesDateAndSource(ApiModelEntry e) {
        ManagedApi m = e.toServing();
        assertEquals(e.inputPricePerMTok(), m.inputPrice());
        assertEquals(e.outputPricePerMTok(), m.outputPrice());
        assertEquals(e.cacheReadPricePerMTok(), m.cacheReadPrice());
        assertEquals(e.cacheWritePricePerMTok(), m.cacheWritePrice());
        assertEquals(e.batchDiscount(), m.batchDiscount());
        assertEquals(0, m.cacheReadShare());
        assertEquals(0, m.batchShare());
        assertEquals(e.checked(), m.pricesAsOf());
        assertTrue(m.priceSource().contains(e.source()));
        assertEquals(e.longContext() == null, m.longContext() == null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gpuInstances")
    void aGpuEntryFillsASelfHostedGpuWithItsRatesAndThroughput(GpuInstanceEntry e) {
        SelfHostedGpu g = e.toServing();
        assertEquals(e.onDemandUsdPerHour(), g.onDemandRate());
        assertEquals(RateKind.ON_DEMAND, g.rate());
        assertEquals(e.gpus(), g.gpusPerInstance());
        assertEquals(e.throughput().get(0).outputTokensPerSecond(), g.outputTokensPerSecond());
        assertTrue(g.throughputSource().contains(e.throughput().get(0).source()));
        assertEquals(e.throughput().get(0).illustrative(), g.throughputSource().startsWith("ILLUSTRATIVE"));
    }

    @Test
    void choosingARateTheCatalogDoesNotHoldIsAnInputError() {
        GpuInstanceEntry g6 = Catalog.bundled().gpuInstance("aws-g6.xlarge").orElseThrow();
        assertNull(g6.spotUsdPerHour());
        assertThrows(com.cp1ki.engine.model.InvalidInputException.class, () -> g6.toServing(RateKind.SPOT, null));
    }

    @Test
    void theSeedsReservedG5RateComesFromTheCatalog() {
        SelfHostedGpu g = Catalog.bundled().gpuInstance("aws-g5.xlarge").orElseThrow().toServing(RateKind.RESERVED_1Y, null);
        assertEquals(0.636, g.chosenRate());
        assertEquals(1.006, g.onDemandRate());
    }

    @Test
    void everyCatalogServingRoundTripsThroughAProjectFile() throws Exception {
        List<Stack> stacks = new ArrayList<>();
        apiModels().forEach(e -> stacks.add(new Stack(e.id(), true, e.toServing(), CommonCosts.NONE)));
        gpuInstances().forEach(e -> stacks.add(new Stack(e.id(), true, e.toServing(), CommonCosts.NONE)));
        Project p = new Project("catalog", Settings.DEFAULT,
                List.of(new Workload("w", 1000, new TypedMeans(1000, 200), null, 1)), stacks, List.of());
        assertEquals(p, ProjectFiles.read(ProjectFiles.write(p), "catalog.cp1ki"));
    }

    @Test
    void anEntryWithANegativePriceOrNoDateIsRefused() {
        String negative = "{\"checkedAsOf\":\"2026-11-22\",\"about\":\"x\",\"gpuInstances\":[],\"apiModels\":[{\"id\":\"m\","
                + "\"provider\":\"p\",\"model\":\"m\",\"inputPricePerMTok\":-1,\"outputPricePerMTok\":1,"
                + "\"cacheReadPricePerMTok\":1,\"cacheWritePricePerMTok\":1,\"batchDiscount\":0.5,\"longContext\":null,"
                + "\"source\":\"s\",\"checked\":\"2026-11-22\",\"illustrative\":false,\"note\":\"\"}]}";
        Exception e = assertThrows(Exception.class, () -> Catalog.parse(stream(negative)));
        assertTrue(String.valueOf(e.getMessage()).contains("inputPricePerMTok must be >= 0"), e.getMessage());
        String undated = negative.replace("-1", "1").replace("\"checked\":\"2026-11-22\"", "\"checked\":\"recently\"");
        Exception u = assertThrows(Exception.class, () -> Catalog.parse(stream(undated)));
        assertTrue(String.valueOf(u.getMessage()).contains("checked must be an ISO date"), u.getMessage());
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
