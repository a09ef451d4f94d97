package com.cp1ki.io.catalog.lists;

import com.cp1ki.io.catalog.ApiModelEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each real format's excerpt (see the fixtures' README) maps known entries to USD per 1M tokens. */
class PriceListsTest {

    static final LocalDate LIST_DATE = LocalDate.of(2026, 11, 30);
    static final PriceLists.Options OPTIONS = new PriceLists.Options(LIST_DATE, (r, t) -> { }, () -> false);

    @TempDir
    Path dir;

    static Path fixture(Path dir, String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = PriceListsTest.class.getResourceAsStream(name)) {
            Files.copy(in, p);
        }
        return p;
    }

    static ApiModelEntry entry(PriceList l, String id) {
        return l.apiModels().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry " + id + " in " + l.apiModels().stream().map(ApiModelEntry::id).toList()));
    }

    static void prices(ApiModelEntry e, double in, double out, double cacheRead, double cacheWrite) {
        assertEquals(in, e.inputPricePerMTok(), 1e-12, e.id() + " input");
        assertEquals(out, e.outputPricePerMTok(), 1e-12, e.id() + " output");
        assertEquals(cacheRead, e.cacheReadPricePerMTok(), 1e-12, e.id() + " cache read");
        assertEquals(cacheWrite, e.cacheWritePricePerMTok(), 1e-12, e.id() + " cache write");
    }

    @Test
    void liteLlmPricesPerTokenBecomePricesPerMillionWithCacheBatchAndLongContext() throws Exception {
        PriceList l = PriceLists.read(fixture(dir, "litellm-model-prices.json"), OPTIONS);
        assertEquals(ListFormat.LITELLM, l.format());
        ApiModelEntry gpt4o = entry(l, "litellm:gpt-4o");
        prices(gpt4o, 2.50, 10.00, 1.25, 2.50);
        assertEquals(0.5, gpt4o.batchDiscount(), 1e-9);
        assertEquals("openai", gpt4o.provider());
        assertEquals("gpt-4o", gpt4o.model());
        assertNull(gpt4o.longContext());
        prices(entry(l, "litellm:gpt-4o-mini"), 0.15, 0.60, 0.075, 0.15);
        ApiModelEntry sonnet = entry(l, "litellm:claude-sonnet-4-5");
        prices(sonnet, 3, 15, 0.30, 3.75);
        assertEquals(new ApiModelEntry.LongContext(200_000, 6, 22.5, 0.6, 7.5), sonnet.longContext());
        ApiModelEntry pro = entry(l, "litellm:gemini-2.5-pro");
        prices(pro, 1.25, 10, 0.125, 1.25);
        assertEquals(new ApiModelEntry.LongContext(200_000, 2.5, 15, 0.25, 0.25), pro.longContext());
        assertTrue(pro.source().contains("https://cloud.google.com/vertex-ai/generative-ai/pricing"), pro.source());
        prices(entry(l, "litellm:gemini-embedding-001"), 0.15, 0, 0.15, 0.15);
    }

    @Test
    void liteLlmEntriesKeepTheSourceTheListsDateAndAreAsOfIt() throws Exception {
        PriceList l = PriceLists.read(fixture(dir, "litellm-model-prices.json"), OPTIONS);
        ApiModelEntry e = entry(l, "litellm:gpt-4o");
        assertTrue(e.source().contains("LiteLLM model_prices_and_context_window.json (litellm-model-prices.json)"), e.source());
        assertEquals("2026-11-30", e.listDate());
        assertEquals("2026-11-30", e.checked());
        assertTrue(e.note().contains("as of the list's date"), e.note());
        assertNull(e.validFrom());
    }

    @Test
    void liteLlmImagesAndAudioAreListedNotPricedAndTheSampleSpecIsSkipped() throws Exception {
        PriceList l = PriceLists.read(fixture(dir, "litellm-model-prices.json"), OPTIONS);
        assertEquals(List.of("1024-x-1024/dall-e-2", "gpt-4o-transcribe", "gpt-4o-mini-tts", "gpt-image-1"),
                l.skipped().stream().map(Skipped::entry).toList());
        assertTrue(l.skipped().get(0).reason().contains("image_generation"), l.skipped().get(0).reason());
        assertEquals(6, l.apiModels().size());
        assertTrue(l.summary().contains("6 entries priced, 4 not priceable"), l.summary());
    }

    @Test
    void genAiPricesPerMillionWithTiersFeesAndFreeModels() throws Exception {
        PriceList l = PriceLists.read(fixture(dir, "genai-prices-data.json"), OPTIONS);
        assertEquals(ListFormat.GENAI_PRICES, l.format());
        ApiModelEntry haiku = entry(l, "genai-prices:anthropic/claude-3-5-haiku-latest");
        prices(haiku, 0.80, 4.00, 0.08, 1.00);
        assertEquals("Anthropic", haiku.provider());
        assertEquals("Claude Haiku 3.5", haiku.model());
        ApiModelEntry sonnet = entry(l, "genai-prices:anthropic/claude-sonnet-4-5");
        prices(sonnet, 3, 15, 0.3, 3.75);
        assertEquals(new ApiModelEntry.LongContext(200_000, 6, 22.5, 0.6, 7.5), sonnet.longContext());
        ApiModelEntry pro = entry(l, "genai-prices:google/gemini-2.5-pro");
        prices(pro, 1.25, 10, 0.125, 1.25);
        assertEquals(new ApiModelEntry.LongContext(200_000, 2.5, 15, 0.25, 2.5), pro.longContext());
        prices(entry(l, "genai-prices:openai/gpt-4o"), 2.5, 10, 1.25, 2.5);
        assertEquals(0.012, entry(l, "genai-prices:perplexity/sonar").feePerRequest(), 1e-12);
        ApiModelEntry free = entry(l, "genai-prices:openai/moderation");
        prices(free, 0, 0, 0, 0);
        assertTrue(free.note().contains("free"), free.note());
        ApiModelEntry deepseek = entry(l, "genai-prices:deepseek/deepseek-chat");
        prices(deepseek, 0.135, 0.55, 0.035, 0.135);
        assertTrue(deepseek.note().contains("time-of-day price (00:30:00Z to 16:30:00Z) is not imported"), deepseek.note());
    }

    @Test
    void genAiPricesDatedPricesBecomeValidityWindows() throws Exception {
        PriceList l = PriceLists.read(fixture(dir, "genai-prices-data.json"), OPTIONS);
        List<ApiModelEntry> s5 = l.apiModels().stream().filter(e -> e.id().equals("genai-prices:anthropic/claude-sonnet-5")).toList();
        assertEquals(2, s5.size());
        prices(s5.get(0), 2, 10, 0.2, 2.5);
        assertNull(s5.get(0).validFrom());
        assertEquals("2026-08-31", s5.get(0).validTo());
        prices(s5.get(1), 3, 15, 0.3, 3.75);
        assertEquals("2026-09-01", s5.get(1).validFrom());
        assertNull(s5.get(1).validTo());
        var c = l.toCatalog();
        assertEquals(2, c.apiModel("genai-prices:anthropic/claude-sonnet-5", LocalDate.of(2026, 8, 31)).orElseThrow().inputPricePerMTok());
        assertEquals(3, c.apiModel("genai-prices:anthropic/claude-sonnet-5", LocalDate.of(2026, 9, 1)).orElseThrow().inputPricePerMTok());
        assertEquals(3, c.apiModel("genai-prices:anthropic/claude-sonnet-5").orElseThrow().inputPricePerMTok());
        assertEquals(2, c.priceOn("Anthropic", "Claude Sonnet 5", LocalDate.of(2026, 7, 1)).orElseThrow().inputPricePerMTok());
    }

    @Test
    void genAiPricesCheckedIsTheEntrysOwnAsOfDate() throws Exception {
        Path f = dir.resolve("data.json");
        Files.writeString(f, """
                [{"id": "anthropic", "name": "Anthropic", "models": [
                  {"id": "claude-2", "name": "Claude 2.0 / 2.1", "prices": {"input_mtok": 8, "output_mtok": 24},
                   "prices_checked": "2025-11-06"},
                  {"id": "voice", "prices": {"input_audio_mtok": 40, "output_audio_mtok": 80}}]}]
                """);
        PriceList l = PriceLists.read(f, OPTIONS);
        ApiModelEntry e = entry(l, "genai-prices:anthropic/claude-2");
        assertEquals("2025-11-06", e.checked());
        assertEquals("2026-11-30", e.listDate());
        assertTrue(e.note().contains("prices checked 2025-11-06"), e.note());
        assertEquals("anthropic/voice", l.skipped().get(0).entry());
        assertTrue(l.skipped().get(0).reason().contains("input_audio_mtok, output_audio_mtok only"), l.skipped().get(0).reason());
    }

    @Test
    void openRouterStringsPerTokenBecomePricesPerMillionAndRequestFees() throws Exception {
        PriceList l = PriceLists.read(fixture(dir, "openrouter-models.json"), OPTIONS);
        assertEquals(ListFormat.OPENROUTER, l.format());
        ApiModelEntry haiku = entry(l, "openrouter:anthropic/claude-3.5-haiku");
        prices(haiku, 0.80, 4.00, 0.08, 1.00);
        assertEquals("OpenRouter", haiku.provider());
        assertEquals(0, haiku.feePerRequest());
        assertTrue(haiku.note().contains("Anthropic: Claude 3.5 Haiku"), haiku.note());
        prices(entry(l, "openrouter:openai/gpt-4o-mini"), 0.15, 0.60, 0.075, 0.15);
        assertEquals(0.005, entry(l, "openrouter:perplexity/sonar").feePerRequest(), 1e-12);
        assertEquals(List.of("openrouter/auto", "google/lyria-3-clip-preview"), l.skipped().stream().map(Skipped::entry).toList());
        assertTrue(l.skipped().get(0).reason().contains("-1"), l.skipped().get(0).reason());
        assertTrue(l.skipped().get(1).reason().contains("audio"), l.skipped().get(1).reason());
    }

    @Test
    void withoutAGivenDateTheListIsDatedByTheFilesModificationDay() throws Exception {
        Path f = fixture(dir, "openrouter-models.json");
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.from(
                LocalDate.of(2026, 10, 2).atStartOfDay(java.time.ZoneId.systemDefault()).plusHours(12).toInstant()));
        PriceList l = PriceLists.read(f);
        assertEquals(LocalDate.of(2026, 10, 2), l.listDate());
        assertEquals("2026-10-02", entry(l, "openrouter:openai/gpt-4o-mini").checked());
    }

    @Test
    void aCatalogFileReadsAsAList() throws Exception {
        Path f = dir.resolve("mine.json");
        try (InputStream in = com.cp1ki.io.catalog.Catalog.class.getResourceAsStream("catalog.json")) {
            Files.copy(in, f);
        }
        PriceList l = PriceLists.read(f, OPTIONS);
        assertEquals(ListFormat.CATALOG, l.format());
        assertEquals(com.cp1ki.io.catalog.Catalog.bundled().apiModels(), l.apiModels());
        assertEquals(com.cp1ki.io.catalog.Catalog.bundled().gpuInstances(), l.gpuInstances());
    }
}
