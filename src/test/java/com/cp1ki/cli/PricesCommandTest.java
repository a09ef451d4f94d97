package com.cp1ki.cli;

import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PricesCommandTest {

    @TempDir
    Path dir;

    private Path copy(String resource, String name) throws Exception {
        Path p = dir.resolve(name);
        try (InputStream in = PricesCommandTest.class.getResourceAsStream(resource)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    private Path seed() throws Exception {
        Path p = dir.resolve("seed.cp1ki");
        Files.copy(Path.of(CliRun.SEED), p);
        return p;
    }

    private Path genai() throws Exception {
        return copy("/com/cp1ki/io/catalog/lists/genai-prices-data.json", "data.json");
    }

    @Test
    void pricesThatDifferAreTabledAndExitThree() throws Exception {
        CliRun r = CliRun.of("prices", seed().toString(), "--catalog", genai().toString(), "--date", "2026-11-30");
        assertEquals(Cli.DIFFERENT, r.exit(), r.err());
        assertTrue(r.out().contains("genai-prices list data.json"), r.out());
        assertTrue(r.out().matches("(?s).*GPT-4o\\s+cache read price\\s+2\\.5\\s+1\\.25\\s+2026-11-30\\s+-50\\.0%.*"), r.out());
        assertTrue(r.out().contains("Run with --apply"), r.out());
        assertTrue(r.out().contains("Not in the list: Llama 3 70B on g5.xlarge, Llama 3 70B on g5.xlarge + ops."), r.out());
    }

    @Test
    void aProjectThatAgreesWithTheListExitsZero() throws Exception {
        Path seed = seed();
        CliRun applied = CliRun.of("prices", seed.toString(), "--catalog", genai().toString(), "--apply");
        assertEquals(0, applied.exit(), applied.err());
        assertTrue(applied.out().contains("Written into"), applied.out());
        ManagedApi gpt = (ManagedApi) ProjectFiles.load(seed).stacks().stream().filter(s -> s.name().equals("GPT-4o"))
                .findFirst().orElseThrow().serving();
        assertEquals(1.25, gpt.cacheReadPrice());
        assertEquals(0.5, gpt.batchDiscount(), "a list without batch prices leaves the batch discount alone");
        assertTrue(gpt.priceSource().startsWith("catalog genai-prices:openai/gpt-4o: genai-prices data.json"), gpt.priceSource());
        assertTrue(Files.exists(ProjectFiles.backupOf(seed)));
        CliRun again = CliRun.of("prices", seed.toString(), "--catalog", genai().toString());
        assertEquals(0, again.exit(), again.out());
        assertTrue(again.out().contains("have its prices"), again.out());
    }

    @Test
    void jsonListsEveryDifferenceWithItsKeys() throws Exception {
        CliRun r = CliRun.of("prices", seed().toString(), "--catalog", genai().toString(), "--format", "json",
                "--date", "2026-11-30");
        assertEquals(Cli.DIFFERENT, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("formatVersion", "project", "day", "list", "differences", "notInList", "applied"),
                iterable(j.fieldNames()));
        JsonNode d = j.get("differences").get(0);
        assertEquals(List.of("stack", "field", "unit", "project", "catalog", "changePct", "catalogDate", "entry", "source"),
                iterable(d.fieldNames()));
        assertEquals(List.of("file", "format", "date", "entries", "notPriceable"), iterable(j.get("list").fieldNames()));
        assertEquals("genai-prices", j.get("list").get("format").asText());
        assertTrue(j.get("notInList").size() == 2);
    }

    @Test
    void withoutACatalogTheBundledOneIsUsed() throws Exception {
        CliRun r = CliRun.of("prices", seed().toString(), "--date", "2026-11-30");
        assertTrue(r.exit() == 0 || r.exit() == Cli.DIFFERENT, r.err());
        assertTrue(r.out().contains("the bundled catalog"), r.out());
    }

    @Test
    void aBadListOrUsageIsReported() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"data\": [{\"id\": \"a/b\", \"pricing\": {\"prompt\": \"-1.5\", \"completion\": \"1\"}}]}");
        Path seed = seed();
        byte[] before = Files.readAllBytes(seed);
        CliRun r = CliRun.of("prices", seed.toString(), "--catalog", bad.toString(), "--apply");
        assertEquals(Cli.FAILED, r.exit());
        assertTrue(r.err().contains("bad.json, entry \"a/b\": prompt is negative"), r.err());
        assertEquals(List.of(), List.of(), "");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(seed)), "the project is untouched");
        assertEquals(Cli.USAGE, CliRun.of("prices", seed.toString(), "--apply=yes").exit());
        assertEquals(Cli.USAGE, CliRun.of("prices", seed.toString(), "--date", "soon").exit());
        assertEquals(Cli.USAGE, CliRun.of("prices").exit());
    }

    private static List<String> iterable(java.util.Iterator<String> it) {
        List<String> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }
}
