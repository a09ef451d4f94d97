package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.cp1ki.cli.CliRun.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportCommandTest {
    static final String CONV = "src/test/resources/azure-llm-inference-2023/AzureLLMInferenceTrace_conv.csv";

    @TempDir
    Path dir;

    @Test
    void jsonReportHasTheDocumentedKeys() throws Exception {
        Path log = Files.writeString(dir.resolve("log.csv"),
                "timestamp,feature,prompt_tokens,completion_tokens\n"
                        + "2024-01-01T00:00:00Z,chat,100,10\n2024-01-01T00:00:01Z,chat,x,10\n2024-01-01T00:00:02Z,search,300,30\n");
        CliRun run = CliRun.of("import", log.toString(), "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode j = new ObjectMapper().readTree(run.out());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("file", "format", "gzip", "delimiter", "header", "columns", "rowsRead", "rowsUsed",
                "rowsSkipped", "blankLines", "weight", "skipped", "input", "output", "firstTimestamp", "lastTimestamp",
                "spanSeconds", "requestsPerSecond", "requestsPerDay", "peakToAverageHourly", "peakToAverageMinute",
                "tags", "notes"), keys);
        assertEquals(3, j.get("rowsRead").asLong());
        assertEquals(2, j.get("rowsUsed").asLong());
        assertEquals(1, j.get("skipped").get("nonNumeric").get("count").asLong());
        assertEquals(3, j.get("skipped").get("nonNumeric").get("firstLines").get(0).asLong());
        assertEquals(200, j.get("input").get("mean").asDouble(), 0);
        assertEquals(300, j.get("input").get("max").asDouble(), 0);
        assertEquals(2, j.get("spanSeconds").asDouble(), 0);
        assertEquals("chat", j.get("tags").get(0).get("name").asText());
        assertEquals(List.of("count", "mean", "p50", "p90", "p95", "p99", "max", "exact"),
                iterable(j.get("input")));
    }

    private static List<String> iterable(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k;
    }

    @Test
    void textReportNamesColumnsCountsAndSkippedLines() {
        CliRun run = CliRun.of("import", CONV);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("rows read 19,366, used 19,366, skipped 0"), run.out());
        assertTrue(run.out().contains("columns: input=ContextTokens, output=GeneratedTokens, time=TIMESTAMP"), run.out());
    }

    @Test
    void aBadFileExitsOneWithOneLineNamingIt() throws Exception {
        Path bin = Files.write(dir.resolve("x.bin"), new byte[] {1, 0, 2});
        CliRun run = CliRun.of("import", bin.toString());
        assertEquals(1, run.exit());
        assertEquals("cp1ki import: " + bin + ": a binary file (NUL byte at offset 1), not a text log", run.err().strip());
        assertEquals("", run.out());
    }

    @Test
    void aLogWithoutOutputTokensSaysWhichOptionsImportItAndTheyDo() throws Exception {
        Path one = Files.writeString(dir.resolve("one.csv"), "prompt_tokens,user\n100,a\n300,b\n");
        CliRun run = CliRun.of("import", one.toString());
        assertEquals(1, run.exit());
        assertEquals("cp1ki import: " + one + ": no output-token column (columns: prompt_tokens, user); name it with "
                + "--output-col, or give --output-ratio R or --output-mean N", run.err().strip());
        CliRun ratio = CliRun.of("import", one.toString(), "--output-ratio", "0.5");
        assertEquals(0, ratio.exit(), ratio.err());
        assertTrue(ratio.out().contains("output tokens = round(0.5 x input tokens) per request"), ratio.out());
        CliRun both = CliRun.of("import", CONV, "--output-mean", "9");
        assertEquals(1, both.exit());
        assertTrue(both.err().strip().endsWith("; drop --output-ratio/--output-mean"), both.err());
    }

    @Test
    void anEmptyColumnOptionIgnoresADetectedColumn() throws Exception {
        Path counted = Files.writeString(dir.resolve("counted.csv"), "input_tokens,output_tokens,count\n100,10,3\n");
        CliRun run = CliRun.of("import", counted.toString(), "--weight-col", "", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\"weight\" : 1,"), run.out());
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, CliRun.of("import").exit());
        assertEquals(2, CliRun.of("import", CONV, "--format", "xml").exit());
        assertEquals(2, CliRun.of("import", CONV, "--into", "p.cp1ki").exit());
        assertEquals(2, CliRun.of("import", CONV, "--delimiter", "weird").exit());
        assertEquals(2, CliRun.of("import", CONV, "--output-ratio", "abc").exit());
    }

    @Test
    void intoReplacesAnExistingWorkloadsTokensAndKeepsItsOtherFields() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        Workload before = ProjectFiles.load(project).workload("document_summariser").orElseThrow();
        CliRun run = CliRun.of("import", CONV, "--into", project.toString(), "--workload", "document_summariser");
        assertEquals(0, run.exit(), run.err());
        Project after = ProjectFiles.load(project);
        Workload w = after.workload("document_summariser").orElseThrow();
        assertEquals(before.inferencesPerDay(), w.inferencesPerDay(), 0);
        assertEquals(before.valuePerInference(), w.valuePerInference());
        assertEquals(before.peakToAverage(), w.peakToAverage(), 0, "no full hours, so the typed ratio stays");
        TokenDistribution d = (TokenDistribution) w.tokens();
        assertEquals(19_366, d.totalWeight(), 0);
        assertTrue(Files.exists(ProjectFiles.backupOf(project)));
    }

    @Test
    void intoAddsANewWorkloadWithTheMeasuredVolumeOrAsksForOne() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        CliRun run = CliRun.of("import", CONV, "--into", project.toString(), "--workload", "chat", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        Workload w = ProjectFiles.load(project).workload("chat").orElseThrow();
        assertEquals(19_366 / 3501.721937 * 86_400, w.inferencesPerDay(), 1);
        assertTrue(run.out().contains("\"created\" : true"), run.out());

        Path plain = Files.writeString(dir.resolve("plain.csv"), "in,out\n10,1\n");
        CliRun asks = CliRun.of("import", plain.toString(), "--into", project.toString(), "--workload", "other");
        assertEquals(2, asks.exit());
        assertTrue(asks.err().contains("give --per-day N"), asks.err());
        assertFalse(ProjectFiles.load(project).workload("other").isPresent());
        CliRun given = CliRun.of("import", plain.toString(), "--into", project.toString(), "--workload", "other",
                "--per-day", "500");
        assertEquals(0, given.exit(), given.err());
        assertEquals(500, ProjectFiles.load(project).workload("other").orElseThrow().inferencesPerDay(), 0);
    }

    @Test
    void intoWithATagTakesThatTagsDistributionAndMeasuredPeaks() throws Exception {
        Path project = Files.copy(Path.of(SEED), dir.resolve("p.cp1ki"));
        StringBuilder b = new StringBuilder("timestamp,feature,input_tokens,output_tokens\n");
        for (int h = 0; h < 5; h++) {
            for (int k = 0; k < (h == 2 ? 30 : 10); k++) {
                b.append(String.format("2024-01-01T%02d:%02d:00Z,chat,100,10%n", h, k));
                b.append(String.format("2024-01-01T%02d:%02d:30Z,search,7,1%n", h, k));
            }
        }
        b.append("2024-01-01T04:59:59.5Z,search,7,1\n");
        Path log = Files.writeString(dir.resolve("tagged.csv"), b);
        CliRun run = CliRun.of("import", log.toString(), "--into", project.toString(), "--workload", "chat",
                "--tag", "chat", "--per-day", "1000");
        assertEquals(0, run.exit(), run.err());
        Workload w = ProjectFiles.load(project).workload("chat").orElseThrow();
        assertEquals(100, w.tokens().meanInput(), 0);
        assertTrue(w.peakToAverage() > 1.5, "measured hourly peak: " + w.peakToAverage());
        assertEquals(2, CliRun.of("import", log.toString(), "--into", project.toString(), "--workload", "x",
                "--tag", "nope", "--per-day", "1").exit());
    }
}
