package com.cp1ki.app.editor.stack;

import com.cp1ki.io.catalog.ApiModelEntry;
import com.cp1ki.io.catalog.Catalog;
import com.cp1ki.io.catalog.GpuInstanceEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CatalogSearchTest {

    private final List<ApiModelEntry> api = Catalog.bundled().apiModels();

    private List<String> find(String q) {
        return CatalogSearch.filter(api, q, CatalogSearch::text, ApiModelEntry::inputPricePerMTok).stream()
                .map(ApiModelEntry::id).toList();
    }

    @Test
    void everyWordMustAppearInProviderModelSourceOrDate() {
        assertEquals(List.of("openai-gpt-4o-mini"), find("openai MINI"));
        assertEquals(List.of("anthropic-claude-haiku-3.5", "anthropic-claude-sonnet-4"), find("anthropic 2026-11"));
        assertEquals(api.size(), find("  ").size());
    }

    @Test
    void aComparisonFiltersOnThePrice() {
        assertEquals(List.of("anthropic-claude-haiku-3.5", "openai-gpt-4o-mini", "google-gemini-2.5-flash"), find("<1"));
        assertEquals(List.of("anthropic-claude-sonnet-4"), find(">=3"));
        assertEquals(List.of("openai-gpt-4o"), find("openai >2"));
        assertTrue(find("$2.50").contains("openai-gpt-4o"), "a price in the label is found as text");
    }

    @Test
    void labelsShowPricesOriginAndDate() {
        ApiModelEntry haiku = Catalog.bundled().apiModel("anthropic-claude-haiku-3.5").orElseThrow();
        assertEquals("Anthropic Claude Haiku 3.5 · $0.80 / $4.00 per 1M tokens · bundled, as of 2026-11-22", CatalogSearch.label(haiku));
        ApiModelEntry listed = new ApiModelEntry("openrouter:perplexity/sonar", "OpenRouter", "perplexity/sonar", 1, 1, 1, 1, 0,
                null, "s", "2026-11-30", false, "", 0.005, null, null, "2026-11-30");
        assertEquals("OpenRouter perplexity/sonar · $1.00 / $1.00 per 1M tokens + $0.005/request · OpenRouter list of 2026-11-30,"
                + " as of 2026-11-30", CatalogSearch.label(listed));
        GpuInstanceEntry g5 = Catalog.bundled().gpuInstance("aws-g5.xlarge").orElseThrow();
        assertEquals("AWS g5.xlarge, 1× NVIDIA A10G · $1.006/h on demand · us-east-1 · bundled, as of 2026-11-22", CatalogSearch.label(g5));
        List<GpuInstanceEntry> cheap = CatalogSearch.filter(Catalog.bundled().gpuInstances(), "<1", CatalogSearch::text,
                GpuInstanceEntry::onDemandUsdPerHour);
        assertEquals(List.of("aws-g6.xlarge", "gcp-g2-standard-4"), cheap.stream().map(GpuInstanceEntry::id).toList());
    }
}
