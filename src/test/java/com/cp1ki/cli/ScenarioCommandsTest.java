package com.cp1ki.cli;

import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code report --scenario NAME} and {@code compare FILE} on the portfolio sample's scenarios. */
class ScenarioCommandsTest {

    static final String SAMPLE = PortfolioCommandTest.SAMPLE;

    @Test
    void reportOnAScenarioNamesItAndHoldsItsNumbers() throws Exception {
        JsonNode json = PortfolioCommandTest.json("report", SAMPLE, "--format", "json", "--scenario", "Launch");
        assertEquals("Launch", json.get("scenario").asText());
        Project p = ProjectFiles.load(Path.of(SAMPLE));
        assertEquals(ScenarioEngine.report(p, "Launch").portfolio().total(), json.get("portfolio").get("total").asDouble(), 0);
        assertTrue(PortfolioCommandTest.json("report", SAMPLE, "--format", "json").get("scenario").isNull());
        CliRun md = CliRun.of("report", SAMPLE, "--scenario", "Launch");
        assertTrue(md.out().startsWith("# CP1Ki report: Dev assistant: the product's monthly bill, scenario Launch"),
                md.out().lines().findFirst().orElse(""));
    }

    @Test
    void anUnknownScenarioIsAnErrorThatListsTheProjectsScenarios() {
        CliRun run = CliRun.of("report", SAMPLE, "--scenario", "Nope");
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().contains("no scenario named 'Nope'") && run.err().contains("'Launch'"), run.err());
    }

    @Test
    void aStaleOverrideIsAWarningNamingTheScenarioAndField(@TempDir Path dir) throws Exception {
        Project p = ProjectFiles.load(Path.of(SAMPLE));
        Path file = dir.resolve("stale.cp1ki");
        java.nio.file.Files.writeString(file, ProjectFiles.write(p.withScenarios(List.of(new Scenario("Stale",
                List.of(FieldOverride.set("stacks[Gone].serving.inputPrice", 1)))))));
        CliRun run = CliRun.of("report", file.toString(), "--scenario", "Stale", "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("Scenario 'Stale'") && run.err().contains("stacks[Gone].serving.inputPrice"), run.err());
        JsonNode w = new ObjectMapper().readTree(run.out()).get("warnings").get(0);
        assertEquals("scenario-override-missing", w.get("code").asText());
        CliRun compare = CliRun.of("compare", file.toString(), "--format", "json");
        assertEquals("Stale", new ObjectMapper().readTree(compare.out()).get("problems").get(0).get("scenario").asText());
    }

    @Test
    void compareJsonHoldsTheComparisonWithItsDocumentedKeys() throws Exception {
        JsonNode json = PortfolioCommandTest.json("compare", SAMPLE, "--format", "json");
        assertEquals(List.of("formatVersion", "project", "moneyUnit", "columns", "problems", "rows"), keys(json));
        Comparison c = ScenarioEngine.compare(ProjectFiles.load(Path.of(SAMPLE)));
        assertEquals(c.columns().size(), json.get("columns").size());
        assertEquals(c.rows().size(), json.get("rows").size());
        JsonNode row = json.get("rows").get(0);
        assertEquals(List.of("section", "unit", "item", "cells"), keys(row));
        assertEquals(List.of("column", "value", "text", "delta", "deltaPct", "changed"), keys(row.get("cells").get(1)));
        for (int i = 0; i < c.rows().size(); i++) {
            Comparison.Row r = c.rows().get(i);
            JsonNode j = json.get("rows").get(i);
            assertEquals(r.section().key(), j.get("section").asText());
            for (int col = 0; col < r.cells().size(); col++) {
                Double d = r.cells().get(col).delta();
                JsonNode jd = j.get("cells").get(col).get("delta");
                assertEquals(d == null, jd.isNull());
                if (d != null) {
                    assertEquals(d, jd.asDouble(), 0);
                }
            }
        }
    }

    @Test
    void compareMarkdownAndCsv() {
        CliRun md = CliRun.of("compare", SAMPLE);
        assertEquals(0, md.exit(), md.err());
        assertTrue(md.out().contains("| item | Base | Launch | GPT-4o at half price | All chat on Haiku | Pro at $19 |"),
                md.out());
        assertTrue(md.out().contains("## Monthly bill (USD/month)"), md.out());
        CliRun csv = CliRun.of("compare", SAMPLE, "--format", "csv");
        assertEquals(0, csv.exit(), csv.err());
        List<String> lines = new ArrayList<>(csv.out().lines().toList());
        assertEquals("section,unit,item,column,value,text,delta,deltaPct,changed", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("bill,USD/month,total,Launch,")), csv.out());
        assertEquals(Cli.USAGE, CliRun.of("compare", SAMPLE, "--format", "xml").exit());
    }

    @Test
    void compareKeepsUsdForAProjectShownInAnotherCurrency(@TempDir Path dir) throws Exception {
        Project usd = ProjectFiles.load(Path.of(SAMPLE));
        com.cp1ki.engine.model.Settings s = usd.settings();
        Project inr = usd.withSettings(new com.cp1ki.engine.model.Settings("INR", 83, "2025-06-01", "test rate",
                s.hoursPerMonth(), s.daysPerMonth(), s.volumeMin(), s.volumeMax()));
        Path file = dir.resolve("inr.cp1ki");
        java.nio.file.Files.writeString(file, ProjectFiles.write(inr));
        JsonNode json = PortfolioCommandTest.json("compare", file.toString(), "--format", "json");
        assertEquals("USD", json.get("moneyUnit").asText());
        Comparison c = ScenarioEngine.compare(inr);
        for (int i = 0; i < c.rows().size(); i++) {
            Comparison.Row r = c.rows().get(i);
            JsonNode j = json.get("rows").get(i);
            assertEquals(r.section().unit(), j.get("unit").asText());
            Double v = r.cells().get(0).value();
            if (v != null) {
                assertEquals(v, j.get("cells").get(0).get("value").asDouble(), 1e-9 * Math.abs(v), r.item());
            }
        }
        CliRun csv = CliRun.of("compare", file.toString(), "--format", "csv");
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("bill,USD/month,total,Base,6825.3")), csv.out());
    }

    private static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k;
    }
}
