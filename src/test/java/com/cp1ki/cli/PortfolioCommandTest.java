package com.cp1ki.cli;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's portfolio section in JSON, markdown and CSV, and {@code cp1ki move}, on the portfolio sample. */
class PortfolioCommandTest {

    static final String SAMPLE = "sample-projects/portfolio.cp1ki";
    static final String FLEET = "Llama 3.1 8B on g5.xlarge (shared)";

    static Portfolio bill() throws Exception {
        return CostEngine.report(ProjectFiles.load(Path.of(SAMPLE))).portfolio();
    }

    static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertEquals(0, run.exit(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonPortfolioSectionHoldsTheBillByStackAndFeature() throws Exception {
        JsonNode json = json("report", SAMPLE, "--format", "json");
        ReportWritersTest.assertStableKeys(json);
        JsonNode p = json.get("portfolio");
        Portfolio bill = bill();
        assertEquals(bill.total(), p.get("total").asDouble(), 0);
        assertEquals(3, p.get("stacks").size());
        assertEquals(5, p.get("features").size());
        double sum = 0;
        for (JsonNode f : p.get("features")) {
            sum += f.get("monthlyCost").asDouble();
        }
        assertEquals(p.get("total").asDouble(), sum + p.get("unusedReserved").asDouble(), 1e-9 * sum);
        JsonNode fleet = p.get("stacks").get(2);
        assertEquals(FLEET, fleet.get("stack").asText());
        assertEquals(1, fleet.get("instances").asInt());
        assertEquals("GPU_SECONDS", fleet.get("fleetKey").asText());
        assertTrue(p.get("stacks").get(0).get("fleetKey").isNull());
        JsonNode chat = p.get("features").get(0);
        assertEquals("chat", chat.get("workload").asText());
        assertEquals(0.8, chat.get("shares").get(0).get("routingShare").asDouble(), 0);
        assertTrue(chat.get("shares").get(0).get("fleetShare").isNull());
        assertEquals(bill.feature("chat").orElseThrow().cp1ki(), chat.get("cp1ki").asDouble(), 0);
    }

    @Test
    void anUnroutedProjectHasAnEmptyPortfolioSection() throws Exception {
        JsonNode p = json("report", CliRun.SEED, "--format", "json").get("portfolio");
        assertEquals(0, p.get("total").asDouble());
        assertEquals(0, p.get("stacks").size());
        assertEquals(0, p.get("features").size());
        CliRun md = CliRun.of("report", CliRun.SEED);
        assertTrue(md.out().contains("No workload is routed, so there is no portfolio."), md.out());
    }

    @Test
    void markdownShowsTheBillTablesUnusedCapacityAndEachAllocationWithItsKey() {
        CliRun run = CliRun.of("report", SAMPLE);
        assertEquals(0, run.exit(), run.err());
        String md = run.out();
        assertTrue(md.contains("## Portfolio: the monthly bill as the product is run"), md);
        assertTrue(md.contains("| " + FLEET + " | self-hosted | 1 | 40.0% | $1,776.28 |"), md);
        assertTrue(md.contains("| **total** | | **$6,825.33** | | |"), md);
        assertTrue(md.contains("- fixed and ops on GPT-4o by requests: `(fixed + ops) x feature's requests / stack's` ="
                + " $50.00 x 60,000 inferences / 300,000 inferences = $10.00"), md);
        assertTrue(md.contains("### Feature chat in the portfolio"), md);
        assertTrue(md.contains("CP1Ki of") || md.contains("in the portfolio (as routed)"), md);
    }

    @Test
    void csvPortfolioSectionHasOneRowPerFeatureOnAStackSummingToTheBill() throws Exception {
        CliRun run = CliRun.of("report", SAMPLE, "--format", "csv", "--section", "portfolio");
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = Rfc4180.parse(run.out());
        assertEquals(PortfolioCsv.KEYS, rows.get(0));
        assertEquals(1 + 7, rows.size(), run.out()); // chat x2, code, summariser, legal, triage x2
        int cost = PortfolioCsv.KEYS.indexOf("monthlyCost");
        double sum = rows.subList(1, rows.size()).stream().mapToDouble(r -> Double.parseDouble(r.get(cost))).sum();
        assertEquals(bill().total(), sum, 1e-9 * sum);
        assertEquals("feature", rows.get(1).get(0));
        assertFalse(run.out().contains("E-") || run.out().contains("E+"), "plain numbers");
    }

    @Test
    void sectionIsOnlyForCsvAndNamesItsChoices() {
        CliRun md = CliRun.of("report", SAMPLE, "--section", "portfolio");
        assertEquals(Cli.USAGE, md.exit());
        assertTrue(md.err().contains("--section picks the table of --format csv"), md.err());
        CliRun bad = CliRun.of("report", SAMPLE, "--format", "csv", "--section", "bill");
        assertEquals(Cli.USAGE, bad.exit());
        assertTrue(bad.err().contains("unknown section 'bill' (expected results, portfolio or levers)"), bad.err());
    }

    @Test
    void moveShowsTheBillAndEveryFeaturesCp1kiBeforeAndAfter() throws Exception {
        JsonNode json = json("move", SAMPLE, "--workload", "chat", "--from", "GPT-4o", "--to", "Claude Haiku 3.5",
                "--format", "json");
        assertEquals(0.2, json.get("share").asDouble(), 0);
        Portfolio before = bill();
        assertEquals(before.total(), json.get("totalBefore").asDouble(), 0);
        var moved = ProjectFiles.load(Path.of(SAMPLE)).withRouteMoved("chat", "GPT-4o", "Claude Haiku 3.5", 0.2);
        Portfolio after = CostEngine.report(moved).portfolio();
        assertEquals(after.total(), json.get("totalAfter").asDouble(), 0);
        assertTrue(json.get("totalChange").asDouble() < 0, "Haiku is cheaper than GPT-4o for chat");
        JsonNode legal = json.get("features").get(3);
        assertEquals("legal_analysis", legal.get("workload").asText());
        // GPT-4o's $50 observability now falls on legal_analysis alone: its CP1Ki rises
        assertTrue(legal.get("cp1kiChange").asDouble() > 0, legal.toString());
        assertEquals(after.feature("legal_analysis").orElseThrow().cp1ki(), legal.get("cp1kiAfter").asDouble(), 0);
        JsonNode gpt = json.get("stacks").get(1);
        assertEquals("GPT-4o", gpt.get("stack").asText());
        assertEquals(after.stack("GPT-4o").orElseThrow().monthlyCost(), gpt.get("monthlyAfter").asDouble(), 0);
    }

    @Test
    void moveInMarkdownAndSavedToAnotherFileLeavesTheOriginalAlone(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("moved.cp1ki");
        byte[] original = Files.readAllBytes(Path.of(SAMPLE));
        CliRun run = CliRun.of("move", SAMPLE, "--workload", "ticket_triage", "--from", FLEET, "--to",
                "Claude Haiku 3.5", "--share", "25%", "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("# Moving 25% of ticket_triage from " + FLEET + " to Claude Haiku 3.5"), run.out());
        assertTrue(run.out().contains("| feature | monthly before | monthly after | change | CP1Ki before |"), run.out());
        assertEquals(List.of(new com.cp1ki.engine.model.Route("Claude Haiku 3.5", 0.75),
                new com.cp1ki.engine.model.Route(FLEET, 0.25)),
                ProjectFiles.load(out).workload("ticket_triage").orElseThrow().routing());
        assertEquals(new String(original), Files.readString(Path.of(SAMPLE)));
    }

    @Test
    void aBadMoveIsAMessageNamingTheWorkloadAndTheField() {
        CliRun tooMuch = CliRun.of("move", SAMPLE, "--workload", "chat", "--from", "GPT-4o", "--to",
                "Claude Haiku 3.5", "--share", "50%");
        assertEquals(Cli.FAILED, tooMuch.exit());
        assertEquals("cp1ki move: " + SAMPLE + ": workload 'chat' sends only 20% to stack 'GPT-4o', so 50% cannot move",
                tooMuch.err().strip());
        CliRun missing = CliRun.of("move", SAMPLE, "--workload", "chat", "--from", "GPT-4o", "--to", "Mistral");
        assertEquals(Cli.FAILED, missing.exit());
        assertTrue(missing.err().contains("there is no stack named 'Mistral'"), missing.err());
        CliRun notRouted = CliRun.of("move", CliRun.SEED, "--workload", "document_summariser", "--from", "GPT-4o",
                "--to", "Claude Haiku 3.5");
        assertEquals(Cli.FAILED, notRouted.exit());
        assertTrue(notRouted.err().contains("workload 'document_summariser' has no routing"), notRouted.err());
        CliRun badShare = CliRun.of("move", SAMPLE, "--workload", "chat", "--from", "GPT-4o", "--to", "GPT-4o",
                "--share", "-5%");
        assertEquals(Cli.USAGE, badShare.exit());
        assertTrue(badShare.err().contains("--share must be above 0% and at most 100%, was '-5%'"), badShare.err());
        CliRun self = CliRun.of("move", SAMPLE, "--workload", "chat", "--from", "GPT-4o", "--to", "GPT-4o");
        assertEquals(Cli.FAILED, self.exit());
        assertTrue(self.err().contains("to itself"), self.err());
        CliRun usage = CliRun.of("move", SAMPLE, "--workload", "chat");
        assertEquals(Cli.USAGE, usage.exit());
        assertTrue(usage.err().contains("missing --from"), usage.err());
    }

    @Test
    void validateNamesABrokenRoutingAndCountsRoutedWorkloads(@TempDir Path dir) throws Exception {
        CliRun ok = CliRun.of("validate", SAMPLE);
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("; 5 routed)"), ok.out());
        Path bad = dir.resolve("bad.cp1ki");
        Files.writeString(bad, Files.readString(Path.of(SAMPLE)).replaceFirst("\"share\": 0.8", "\"share\": 0.7"));
        CliRun run = CliRun.of("validate", bad.toString());
        assertEquals(Cli.FAILED, run.exit());
        assertTrue(run.err().contains("workloads[0] (chat) the routing shares of workload 'chat' add up to 90%"),
                run.err());
    }
}
