package com.cp1ki.io.catalog.lists;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A list that is not a list, cut short, holds a bad price or is huge: a message naming the file and the entry. */
class BadPriceListsTest {

    @TempDir
    Path dir;

    private PriceListException fails(String name, String content) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, content);
        return assertThrows(PriceListException.class, () -> PriceLists.read(f, PriceListsTest.OPTIONS));
    }

    private static void says(PriceListException e, String... parts) {
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' not in: " + e.getMessage());
        }
    }

    @Test
    void aFileInNoneOfTheFormatsIsRefusedNamingTheFormats() throws Exception {
        says(fails("prices.csv", "model,input,output\ngpt-4o,2.5,10\n"), "prices.csv is not JSON", "LiteLLM", "genai-prices",
                "OpenRouter");
        says(fails("numbers.json", "[1, 2, 3]"), "numbers.json is not a price list this program reads", "a list of a number");
        says(fails("other.json", "{\"name\": \"my project\", \"version\": 2}"), "other.json is not a price list",
                "first key \"name\"");
        says(fails("empty.json", ""), "empty.json is empty");
        says(fails("or.json", "{\"object\": \"list\"}"), "or.json is not a price list");
    }

    @Test
    void aTruncatedListNamesTheLineAndTheEntryItStoppedIn() throws Exception {
        String whole = new String(getClass().getResourceAsStream("litellm-model-prices.json").readAllBytes());
        int cut = whole.indexOf("\"gemini-2.5-pro\"") + 200;
        PriceListException e = fails("cut.json", whole.substring(0, cut));
        says(e, "cut.json ends too early", "line ", "in entry \"gemini-2.5-pro\"", "truncated", "Nothing was imported");
        assertEquals("gemini-2.5-pro", e.entry());
    }

    @Test
    void aNegativePriceNamesTheFileTheEntryAndTheField() throws Exception {
        PriceListException e = fails("neg.json", """
                {"gpt-4o": {"litellm_provider": "openai", "mode": "chat",
                            "input_cost_per_token": -2.5e-06, "output_cost_per_token": 1e-05}}""");
        says(e, "neg.json, entry \"gpt-4o\": input_cost_per_token is negative", "Nothing was imported");
        assertEquals("gpt-4o", e.entry());
    }

    @Test
    void aNaNOrATextThatIsNotANumberIsRefused() throws Exception {
        says(fails("nan.json", "{\"m\": {\"litellm_provider\": \"openai\", \"input_cost_per_token\": NaN, \"output_cost_per_token\": 1}}"),
                "nan.json holds NaN or Infinity", "line 1");
        says(fails("text.json", """
                {"data": [{"id": "openai/gpt-4o", "pricing": {"prompt": "cheap", "completion": "0.00001"}}]}"""),
                "text.json, entry \"openai/gpt-4o\": prompt is not a number (\"cheap\")");
        says(fails("nantext.json", """
                {"data": [{"id": "x/y", "pricing": {"prompt": "NaN", "completion": "0.00001"}}]}"""),
                "entry \"x/y\": prompt is not a number (\"NaN\")");
        says(fails("neg.json", """
                {"data": [{"id": "x/y", "pricing": {"prompt": "-0.5", "completion": "0.00001"}}]}"""),
                "entry \"x/y\": prompt is negative (-0.5)");
        says(fails("genai.json", """
                [{"id": "p", "models": [{"id": "m", "prices": {"input_mtok": {"base": 1, "tiers": [{"start": 200000, "price": -3}]},
                  "output_mtok": 2}}]}]"""), "genai.json, entry \"p/m\": price is negative (-3)");
    }

    @Test
    void aListOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        Path f = dir.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
            raf.setLength(300L << 20);
        }
        PriceListException e = assertThrows(PriceListException.class, () -> PriceLists.read(f, PriceListsTest.OPTIONS));
        says(e, "huge.json is 300 MB; a price list may be at most 64 MB", "Nothing was imported");
    }

    @Test
    void parserLimitsStopHostileNestingAndDuplicateKeys() throws Exception {
        says(fails("deep.json", "{\"m\": {\"litellm_provider\": \"x\", \"a\": " + "[".repeat(100) + "]".repeat(100) + "}}"),
                "deep.json exceeds a parser limit", "nest deeper than 64", "in entry \"m\"");
        says(fails("dup.json", "{\"m\": {\"litellm_provider\": \"x\", \"input_cost_per_token\": 1, \"input_cost_per_token\": 2}}"),
                "dup.json has the key 'input_cost_per_token' twice");
    }

    @Test
    void contentAfterTheListIsRefused() throws Exception {
        says(fails("two.json", "{\"data\": []} {\"data\": []}"), "two.json has more content after the end of the list");
    }

    @Test
    void aBrokenCatalogNamesTheEntry() throws Exception {
        says(fails("cat.json", """
                {"checkedAsOf": "2026-11-30", "about": "", "gpuInstances": [], "apiModels": [{"id": "mine", "provider": "p",
                 "model": "m", "inputPricePerMTok": 1, "outputPricePerMTok": 1, "cacheReadPricePerMTok": 1,
                 "cacheWritePricePerMTok": 1, "batchDiscount": 0, "source": "s", "checked": "2026-11-30",
                 "illustrative": false, "note": "", "validFrom": "2026-12-01", "validTo": "2026-11-01"}]}"""),
                "catalog entry mine: validFrom 2026-12-01 is after validTo 2026-11-01");
    }

    @Test
    void aCancelledReadStopsWithoutAResult() throws Exception {
        Path f = PriceListsTest.fixture(dir, "litellm-model-prices.json");
        assertThrows(CancellationException.class, () -> PriceLists.read(f,
                new PriceLists.Options(PriceListsTest.LIST_DATE, (r, t) -> { }, () -> true)));
    }

    @Test
    void aFolderOrAMissingFileIsNamed() {
        says(assertThrows(PriceListException.class, () -> PriceLists.read(dir)), "is a folder");
        says(assertThrows(PriceListException.class, () -> PriceLists.read(dir.resolve("none.json"))), "none.json does not exist");
    }
}
