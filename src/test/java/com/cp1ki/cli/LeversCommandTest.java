package com.cp1ki.cli;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The optimisation levers in the report's JSON, markdown and CSV ({@code --section levers}), on the levers sample. */
class LeversCommandTest {
    static final String SAMPLE = "sample-projects/levers.cp1ki";

    @Test
    void jsonCarriesEachResultsWaterfall() throws Exception {
        CliRun run = CliRun.of("report", SAMPLE, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        ReportWritersTest.assertStableKeys(json);
        StackResult gpt = CostEngine.report(ProjectFiles.load(Path.of(SAMPLE))).results().stream()
                .filter(r -> r.workload().equals("document_summariser") && r.stack().equals("GPT-4o")).findFirst()
                .orElseThrow();
        JsonNode r = json.get("results").get(1);
        assertEquals("GPT-4o", r.get("stack").asText());
        assertEquals(2550.0, r.get("withoutLevers").get("monthlyCost").asDouble(), 1e-9);
        assertEquals(8.5, r.get("withoutLevers").get("cp1ki").asDouble(), 1e-9);
        assertTrue(r.get("withoutLevers").get("instances").isNull());
        JsonNode steps = r.get("levers");
        assertEquals(4, steps.size());
        assertEquals("compression", steps.get(0).get("step").asText());
        assertEquals(375.0, steps.get(0).get("saving").asDouble(), 1e-9);
        assertEquals(375.0 / 2550, steps.get(0).get("savingShare").asDouble(), 1e-12);
        assertEquals(7.25, steps.get(0).get("cp1kiAfter").asDouble(), 1e-9);
        assertEquals(r.get("monthlyCost").asDouble(), steps.get(3).get("monthlyAfter").asDouble(), 0);
        assertEquals(gpt.levers().totalSaving(), r.get("withoutLevers").get("totalSaving").asDouble(), 0);
        assertTrue(r.get("leverNotes").get(0).asText().contains("stale"));
    }

    @Test
    void markdownShowsTheWaterfallUnderTheStack() {
        CliRun run = CliRun.of("report", SAMPLE);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("| without levers | $8.50 | $2,550.00 |  |  |"), run.out());
        assertTrue(run.out().contains("| Prompt compression 30% | $7.25 | $2,175.00 | $375.00 | 14.7% |"), run.out());
        assertTrue(run.out().contains("- saving of compression: `monthly cost before - monthly cost after` ="
                + " $2,550.00 - $2,175.00 = $375.00"), run.out());
    }

    @Test
    void csvLeversSectionHasARowPerStep() {
        CliRun run = CliRun.of("report", SAMPLE, "--format", "csv", "--section", "levers");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(String.join(",", LeversReport.KEYS), lines.get(0));
        assertTrue(lines.contains("document_summariser,GPT-4o,none,without levers,8.5,2550,,,,"), run.out());
        assertTrue(lines.contains("document_summariser,GPT-4o,compression,Prompt compression 30%,7.25,2175,375,1.25,"
                + "0.14705882352941177,"), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("support_chat,Llama 3 70B on g5.xlarge,cache,")));
    }
}
