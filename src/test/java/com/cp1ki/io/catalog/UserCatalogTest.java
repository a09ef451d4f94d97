package com.cp1ki.io.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserCatalogTest {

    @TempDir
    Path dir;

    static ApiModelEntry listed(String id, double in, String listDate) {
        return new ApiModelEntry(id, "OpenAI", "gpt-4o", in, 10, in / 2, in, 0.5, null, "LiteLLM (prices.json)", listDate,
                false, "", 0.0, null, null, listDate);
    }

    @Test
    void withNoFileTheUserCatalogIsEmpty() throws IOException {
        Catalog c = new UserCatalog(dir.resolve("cp1ki/catalog.json")).load(LocalDate.of(2026, 11, 30));
        assertTrue(c.apiModels().isEmpty());
        assertEquals("2026-11-30", c.checkedAsOf());
    }

    @Test
    void importedEntriesAreSavedAndReadBack() throws IOException {
        UserCatalog u = new UserCatalog(dir.resolve("cp1ki/catalog.json"));
        Catalog saved = u.add(List.of(listed("litellm:gpt-4o", 2.5, "2026-11-30")), List.of(), LocalDate.of(2026, 11, 30));
        assertEquals(saved, u.load(LocalDate.of(2026, 12, 1)));
        assertEquals(1, saved.apiModels().size());
        try (var files = Files.list(dir.resolve("cp1ki"))) {
            assertEquals(List.of("catalog.json"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void reimportingALaterListKeepsTheOldPriceAsHistory() throws IOException {
        UserCatalog u = new UserCatalog(dir.resolve("catalog.json"));
        u.add(List.of(listed("litellm:gpt-4o", 5.0, "2026-01-10")), List.of(), LocalDate.of(2026, 1, 10));
        Catalog c = u.add(List.of(listed("litellm:gpt-4o", 2.5, "2026-06-01")), List.of(), LocalDate.of(2026, 6, 1));
        assertEquals(2, c.apiModels().size());
        assertEquals(5.0, c.apiModel("litellm:gpt-4o", LocalDate.of(2026, 5, 31)).orElseThrow().inputPricePerMTok());
        assertEquals(2.5, c.apiModel("litellm:gpt-4o", LocalDate.of(2026, 6, 1)).orElseThrow().inputPricePerMTok());
        assertEquals(2.5, c.apiModel("litellm:gpt-4o").orElseThrow().inputPricePerMTok());
        assertEquals(5.0, c.priceOn("openai", "GPT-4o", LocalDate.of(2026, 3, 1)).orElseThrow().inputPricePerMTok());
        Catalog again = u.add(List.of(listed("litellm:gpt-4o", 2.5, "2026-07-01")), List.of(), LocalDate.of(2026, 7, 1));
        assertEquals(2, again.apiModels().size(), "the same price again adds no history");
        assertEquals("2026-06-01", again.apiModel("litellm:gpt-4o").orElseThrow().validFrom());
    }

    @Test
    void entriesOfOtherListsAreKept() throws IOException {
        UserCatalog u = new UserCatalog(dir.resolve("catalog.json"));
        u.add(List.of(listed("openrouter:openai/gpt-4o", 2.5, "2026-01-10")), List.of(), LocalDate.of(2026, 1, 10));
        Catalog c = u.add(List.of(listed("litellm:gpt-4o", 2.5, "2026-02-01")), List.of(), LocalDate.of(2026, 2, 1));
        assertEquals(List.of("openrouter:openai/gpt-4o", "litellm:gpt-4o"), c.apiModels().stream().map(ApiModelEntry::id).toList());
    }

    @Test
    void anUnreadableUserCatalogIsNamedAndLeftAsItWas() throws IOException {
        Path f = dir.resolve("catalog.json");
        Files.writeString(f, "{\"checkedAsOf\": \"2026-11-30\", \"apiModels\": [");
        UserCatalog u = new UserCatalog(f);
        IOException e = assertThrows(IOException.class, () -> u.add(List.of(listed("litellm:gpt-4o", 2.5, "2026-11-30")),
                List.of(), LocalDate.of(2026, 11, 30)));
        assertTrue(e.getMessage().contains("the user price catalog " + f + " cannot be read"), e.getMessage());
        assertEquals("{\"checkedAsOf\": \"2026-11-30\", \"apiModels\": [", Files.readString(f));
    }

    @Test
    void theUsersCatalogLivesInTheConfigurationFolder() {
        assertEquals(com.cp1ki.io.files.UserFolders.config().resolve("catalog.json"), UserCatalog.forUser().file());
    }

    @Test
    void entriesSharingAnIdMustNotOverlapInTime() {
        ApiModelEntry a = listed("x", 1, "2026-01-01");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Catalog("2026-01-01", "", List.of(a, CatalogMerge.withWindow(a, "2026-02-01", null)), List.of()));
        assertTrue(e.getMessage().contains("catalog entry x appears twice for the same days"), e.getMessage());
        Catalog ok = new Catalog("2026-01-01", "", List.of(CatalogMerge.withWindow(a, null, "2026-01-31"),
                CatalogMerge.withWindow(a, "2026-02-01", null)), List.of());
        assertNull(ok.apiModel("x", LocalDate.of(2026, 1, 31)).orElseThrow().validFrom());
    }
}
