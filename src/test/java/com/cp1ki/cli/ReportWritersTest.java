package com.cp1ki.cli;

import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.StackResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The three report forms, on a report built by hand (see {@link HandBuiltReport}). */
class ReportWritersTest {

    static final List<String> TOP_KEYS = List.of("formatVersion", "project", "scenario", "currency", "fxRate", "fxDate",
            "fxSource", "moneyUnit", "daysPerMonth", "hoursPerMonth", "results", "crossovers", "plans", "portfolio", "warnings",
            "cheapest", "headlines");
    static final List<String> CHEAPEST_KEYS = List.of("workload", "withOps", "changes", "complete", "bands");
    static final List<String> BAND_KEYS = List.of("fromVolume", "toVolume", "stack", "startsAtStep");
    static final List<String> HEADLINE_KEYS = List.of("workload", "volume", "text", "withOps", "withoutOps");
    static final List<String> CHOICE_KEYS = List.of("stack", "monthlyCost", "tiedWith", "runnerUp", "runnerUpMonthlyCost",
            "savingPer1000", "savingPerMonth", "cheapestFrom", "cheaperBelow", "cheapestTo", "cheaperAbove");
    static final List<String> RESULT_KEYS = List.of("workload", "stack", "kind", "costPerInference", "cp1ki",
            "dailyCost", "monthlyCost", "monthlyInferences", "monthlyTokens", "monthlyGpu", "monthlyFixed",
            "monthlyOps", "monthlyExtras", "instances", "utilisation", "roiMultiple", "roiBand", "roiMultipleP95",
            "roiBandP95", "costP50", "costP90", "costP95", "costP99", "costMax", "p95OverP50", "tailShare",
            "meanInputTokens", "meanOutputTokens", "valuePerInference", "costToValue", "costToValueP95",
            "netValuePerInference", "netValueP95", "tokenRequests", "tokenPercentilesExact", "inputTokensP50",
            "inputTokensP90", "inputTokensP95", "inputTokensP99", "inputTokensMax", "outputTokensP50", "outputTokensP90",
            "outputTokensP95", "outputTokensP99", "outputTokensMax");
    /** Written after the result columns in JSON only (the CSV has --section levers). */
    static final List<String> RESULT_LEVER_KEYS = List.of("withoutLevers", "levers", "leverNotes");
    static final List<String> WITHOUT_LEVERS_KEYS = List.of("cp1ki", "monthlyCost", "instances", "totalSaving",
            "totalSavingShare");
    static final List<String> LEVER_STEP_KEYS = List.of("step", "label", "cp1kiAfter", "monthlyAfter", "saving",
            "savingCp1ki", "savingShare", "instancesAfter");
    static final List<String> CROSSOVER_KEYS = List.of("workload", "a", "b", "withOps", "crossings", "stableAbove",
            "cheaperAbove", "cheaperBelow", "crossingCount");
    static final List<String> PLAN_KEYS = List.of("plan", "stack", "meanMarginPerUser", "grossMarginPct",
            "unprofitableShare", "breakEvenUsage", "powerUserWipeout", "costPerInference", "priceUsd",
            "includedInferences", "overagePer1000Usd", "meanUsage", "medianUsage", "meanRevenuePerUser",
            "meanCostPerUser", "marginAtMedian", "powerUserUsage", "marginAtPowerUser");
    static final List<String> WARNING_KEYS = List.of("code", "subject", "message");
    static final List<String> PORTFOLIO_KEYS = List.of("total", "allocated", "unusedReserved", "stacks", "features");
    static final List<String> PORTFOLIO_STACK_KEYS = List.of("stack", "kind", "monthlyCost", "tokens", "gpu", "fixed",
            "ops", "extras", "unusedReserved", "monthlyInferences", "instances", "utilisation", "peakUtilisation",
            "fleetKey", "overheadKey", "coincidenceFactor", "features");
    static final List<String> PORTFOLIO_FEATURE_KEYS = List.of("workload", "monthlyCost", "costPerInference", "cp1ki",
            "monthlyInferences", "tokens", "gpu", "fixed", "ops", "extras", "roiMultiple", "roiBand", "shares");
    static final List<String> PORTFOLIO_SHARE_KEYS = List.of("stack", "routingShare", "monthlyInferences",
            "monthlyCost", "tokens", "gpu", "fixed", "ops", "extras", "fleetShare", "overheadShare");

    static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    /** Asserts the exact, ordered key lists of every level of a JSON report. */
    static void assertStableKeys(JsonNode json) {
        assertEquals(TOP_KEYS, keys(json));
        List<String> resultKeys = new ArrayList<>(RESULT_KEYS);
        resultKeys.addAll(RESULT_LEVER_KEYS);
        json.get("results").forEach(r -> {
            assertEquals(resultKeys, keys(r));
            if (!r.get("withoutLevers").isNull()) {
                assertEquals(WITHOUT_LEVERS_KEYS, keys(r.get("withoutLevers")));
            }
            r.get("levers").forEach(s -> assertEquals(LEVER_STEP_KEYS, keys(s)));
        });
        json.get("crossovers").forEach(c -> assertEquals(CROSSOVER_KEYS, keys(c)));
        json.get("plans").forEach(p -> assertEquals(PLAN_KEYS, keys(p)));
        json.get("cheapest").forEach(c -> {
            assertEquals(CHEAPEST_KEYS, keys(c));
            c.get("bands").forEach(b -> assertEquals(BAND_KEYS, keys(b)));
        });
        json.get("headlines").forEach(h -> {
            assertEquals(HEADLINE_KEYS, keys(h));
            assertEquals(CHOICE_KEYS, keys(h.get("withOps")));
            assertEquals(CHOICE_KEYS, keys(h.get("withoutOps")));
        });
        json.get("warnings").forEach(w -> assertEquals(WARNING_KEYS, keys(w)));
        JsonNode portfolio = json.get("portfolio");
        assertEquals(PORTFOLIO_KEYS, keys(portfolio));
        portfolio.get("stacks").forEach(s -> assertEquals(PORTFOLIO_STACK_KEYS, keys(s)));
        portfolio.get("features").forEach(f -> {
            assertEquals(PORTFOLIO_FEATURE_KEYS, keys(f));
            f.get("shares").forEach(x -> assertEquals(PORTFOLIO_SHARE_KEYS, keys(x)));
        });
    }

    private static String json() throws IOException {
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(HandBuiltReport.project(), HandBuiltReport.report(), out);
        return out.toString();
    }

    private static String markdown(com.cp1ki.engine.model.Project project) {
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(project, HandBuiltReport.report(), out);
        return out.toString();
    }

    @Test
    void jsonKeysAreExactlyTheDocumentedOnesInOrder() throws IOException {
        JsonNode json = new ObjectMapper().readTree(json());
        assertStableKeys(json);
        assertEquals(3, json.get("results").size());
        assertEquals(2, json.get("crossovers").size());
        assertEquals(1, json.get("plans").size());
        assertEquals(1, json.get("warnings").size());
        assertEquals(RESULT_KEYS, ResultColumns.keys());
    }

    @Test
    void jsonCarriesUnroundedUsdAndNullsForAbsentValues() throws IOException {
        JsonNode json = new ObjectMapper().readTree(json());
        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals("USD", json.get("moneyUnit").asText());
        JsonNode haiku = json.get("results").get(0);
        assertEquals(0.00304 * 300_000, haiku.get("monthlyCost").asDouble(), 0);
        assertTrue(haiku.get("instances").isNull());
        assertTrue(haiku.get("utilisation").isNull());
        assertEquals("excellent", haiku.get("roiBand").asText());
        JsonNode llama = json.get("results").get(2);
        assertEquals(1, llama.get("instances").asInt());
        assertEquals(0.636 * 730 + 12, llama.get("monthlyCost").asDouble(), 0);
        JsonNode crossing = json.get("crossovers").get(0);
        assertTrue(crossing.get("withOps").asBoolean());
        assertEquals(1868.2352941176, crossing.get("crossings").get(0).asDouble(), 0);
        assertTrue(json.get("crossovers").get(1).get("stableAbove").isNull());
        JsonNode plan = json.get("plans").get(0);
        assertTrue(plan.get("powerUserWipeout").isNull());
        assertTrue(plan.get("includedInferences").isNull());
        assertEquals(1185.0, plan.get("breakEvenUsage").asDouble(), 0);
    }

    @Test
    void markdownShowsEachNumberWithItsFormulaAndInputs() {
        String md = markdown(HandBuiltReport.project());
        assertTrue(md.contains("- cost per inference: `(I x p_in + O x p_out) / 1,000,000` = "
                + "(1800 x 0.80 + 400 x 4.00) / 1,000,000 = $0.00304"), md);
        assertTrue(md.contains("- CP1Ki: `1000 x cost per inference` = 1000 x $0.00304 = $3.04"), md);
        assertTrue(md.contains("Task: 1,800 input tokens and 400 output tokens per inference (mean); "
                + "10,000 inferences/day x 30 days = 300,000 inferences/month"), md);
        assertTrue(md.contains("- fleet: 1 instance at 25.0% realised utilisation"), md);
    }

    @Test
    void markdownHasTheSeedsComparisonTable() {
        String md = markdown(HandBuiltReport.project());
        assertTrue(md.contains("| stack | cost per inference | CP1Ki | daily | monthly |"), md);
        assertTrue(md.contains("| Claude Haiku 3.5 | $0.00304 | $3.04 | $30.40 | $912.00 |"), md);
        assertTrue(md.contains("| GPT-4o | $0.0085 | $8.50 | $85.00 | $2,550.00 |"), md);
        assertTrue(md.contains("| Llama 3 70B, g5.xlarge | $0.0015876 | $1.59 | $15.88 | $476.28 |"), md);
    }

    @Test
    void markdownStatesCrossoversInWords() {
        String md = markdown(HandBuiltReport.project());
        assertTrue(md.contains("- Llama 3 70B, g5.xlarge is cheaper than GPT-4o above 1,868 inferences/day (with ops)."), md);
        assertTrue(md.contains("- Claude Haiku 3.5 is cheaper than GPT-4o across the whole volume range (without ops)."), md);
    }

    @Test
    void markdownListsPlansAndWarnings() {
        String md = markdown(HandBuiltReport.project());
        assertTrue(md.contains("### Basic, \"unlimited\" (served by Claude Haiku 3.5)"), md);
        assertTrue(md.contains("- break-even usage: 1,185 inferences/user/month"), md);
        assertTrue(md.contains("margin $0.56; the median user has no margin to wipe out"), md);
        assertTrue(md.contains("- Llama 3 70B, g5.xlarge / document_summariser: The fleet runs at 25% utilisation, "
                + "below 30%. (fleet-underused)"), md);
    }

    @Test
    void markdownShowsTheDisplayCurrencyBesideUsd() {
        String md = markdown(HandBuiltReport.projectInRupees());
        assertTrue(md.contains("| Claude Haiku 3.5 | $0.00304 (INR 0.25232) | $3.04 (INR 252.32) |"), md);
        assertTrue(md.contains("with INR beside it at 83 INR per USD (rate of 2026-11-01, source: illustrative)"), md);
        assertFalse(markdown(HandBuiltReport.project()).contains("INR"));
    }

    @Test
    void csvHasOneRowPerResultUnderTheJsonResultKeys() throws IOException {
        StringWriter out = new StringWriter();
        new CsvReportWriter().write(HandBuiltReport.report(), out);
        List<List<String>> rows = Rfc4180.parse(out.toString());
        assertEquals(4, rows.size());
        assertEquals(RESULT_KEYS, rows.get(0));
        List<String> llama = rows.get(3);
        assertEquals("Llama 3 70B, g5.xlarge", llama.get(RESULT_KEYS.indexOf("stack")));
        assertEquals(0.636 * 730 + 12, Double.parseDouble(llama.get(RESULT_KEYS.indexOf("monthlyCost"))), 0);
        assertEquals("", rows.get(1).get(RESULT_KEYS.indexOf("instances")));
        assertEquals("0.00304", rows.get(1).get(RESULT_KEYS.indexOf("costPerInference")));
        assertTrue(out.toString().contains("\r\n"));
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
        assertEquals("\"a, b\"", com.cp1ki.io.export.Csv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", com.cp1ki.io.export.Csv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", com.cp1ki.io.export.Csv.cell("two\nlines"));
        assertEquals("plain", com.cp1ki.io.export.Csv.cell("plain"));
        assertEquals("0.0000001", com.cp1ki.io.export.Csv.cell(1e-7));
        assertEquals("", com.cp1ki.io.export.Csv.cell(Double.NaN));
    }

    @Test
    void markdownSummarisesATokenDistributionButNotTypedMeans() {
        com.cp1ki.engine.model.TokenDistribution d = new com.cp1ki.engine.model.TokenDistribution.Builder()
                .add(1000, 100).add(2000, 300).add(3000, 800).build();
        com.cp1ki.engine.model.Project p = HandBuiltReport.project();
        p = p.withWorkloads(List.of(p.workloads().get(0).withTokens(d)));
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(p, HandBuiltReport.report(), out);
        assertTrue(out.toString().contains("Token distribution of 1 request:\n\n| tokens/request | mean | p50 | p90 | p95 | p99 | max |\n"
                .replace("\n", System.lineSeparator())), out.toString());
        assertTrue(out.toString().contains("| input | 1,800 | 1,800 | 1,800 | 1,800 | 1,800 | 1,800 |"), out.toString());
        assertTrue(out.toString().contains("| output | 400 | 400 | 400 | 400 | 400 | 400 |"), out.toString());
        assertFalse(markdown(HandBuiltReport.project()).contains("Token distribution"));
    }

    @Test
    void theReportCarriesCostToValueNetValueAndTokenStatisticsInJsonCsvAndMarkdown() throws IOException {
        com.cp1ki.engine.model.TokenDistribution d = new com.cp1ki.engine.model.TokenDistribution.Builder()
                .add(1000, 100).add(2000, 300).add(3000, 800).add(5000, 1200).build();
        com.cp1ki.engine.model.Project p = HandBuiltReport.project();
        p = p.withWorkloads(List.of(p.workloads().get(0).withTokens(d)));
        com.cp1ki.engine.report.Report report = com.cp1ki.engine.CostEngine.report(p);
        StackResult r = report.results().get(0);
        double c = r.costPerInference();

        StringWriter json = new StringWriter();
        new JsonReportWriter().write(p, report, json);
        JsonNode first = new ObjectMapper().readTree(json.toString()).get("results").get(0);
        assertEquals(0.05, first.get("valuePerInference").asDouble(), 0);
        assertEquals(c / 0.05, first.get("costToValue").asDouble(), 1e-15);
        assertEquals(0.05 - c, first.get("netValuePerInference").asDouble(), 1e-15);
        assertEquals(r.cost().p95() / 0.05, first.get("costToValueP95").asDouble(), 1e-15);
        assertEquals(0.05 - r.cost().p95(), first.get("netValueP95").asDouble(), 1e-15);
        assertEquals(4, first.get("tokenRequests").asDouble(), 0);
        assertTrue(first.get("tokenPercentilesExact").asBoolean());
        assertEquals(2000, first.get("inputTokensP50").asDouble(), 0);
        assertEquals(5000, first.get("inputTokensP90").asDouble(), 0);
        assertEquals(5000, first.get("inputTokensMax").asDouble(), 0);
        assertEquals(1200, first.get("outputTokensP99").asDouble(), 0);
        assertEquals(300, first.get("outputTokensP50").asDouble(), 0);

        StringWriter csv = new StringWriter();
        new CsvReportWriter().write(report, csv);
        List<String> row = Rfc4180.parse(csv.toString()).get(1);
        assertEquals(c / 0.05, Double.parseDouble(row.get(RESULT_KEYS.indexOf("costToValue"))), 1e-15);
        assertEquals(0.05 - c, Double.parseDouble(row.get(RESULT_KEYS.indexOf("netValuePerInference"))), 1e-15);
        assertEquals("2750", row.get(RESULT_KEYS.indexOf("meanInputTokens")));
        assertEquals("5000", row.get(RESULT_KEYS.indexOf("inputTokensP95")));

        StringWriter md = new StringWriter();
        new MarkdownReportWriter().write(p, report, md);
        String text = md.toString();
        assertTrue(text.contains("- Cost-to-value ratio: `cost per inference / value per inference` ="), text);
        assertTrue(text.contains("- Net value per inference: `value per inference - cost per inference` = $0.05 - "), text);
        assertTrue(text.contains("Token distribution of 4 requests:"), text);
        assertTrue(text.contains("| input | 2,750 | 2,000 | 5,000 | 5,000 | 5,000 | 5,000 |"), text);
        assertTrue(text.contains("| output | 600 | 300 | 1,200 | 1,200 | 1,200 | 1,200 |"), text);
    }

    @Test
    void aResultWithoutExplanationsStillStatesCostToValueAndNetValue() {
        String text = markdown(HandBuiltReport.project());
        assertTrue(text.contains("- cost-to-value ratio: 6.1% of the value at mean cost, 6.1% at p95 request cost"), text);
        assertTrue(text.contains("- net value per inference: $0.04696 at mean cost"), text);
    }

    @Test
    void crossoverSentencesCoverTiesAndSeveralCrossings() {
        Crossover tie = new Crossover("w", "A", "B", false, List.of(), null, null, null, List.of());
        assertEquals("A and B cost the same across the whole volume range (without ops).",
                MarkdownReportWriter.crossoverSentence(tie));
        Crossover steps = new Crossover("w", "API", "GPU", true, List.of(15_090.8, 17_280.0, 20_181.6), 20_181.6,
                "GPU", "API", List.of());
        assertEquals("GPU is cheaper than API above 20,182 inferences/day (with ops). "
                + "The cheaper stack changes at 15,091, 17,280, 20,182 inferences/day.", MarkdownReportWriter.crossoverSentence(steps));
        Crossover noStable = new Crossover("w", "API", "GPU", true, List.of(500.0), null, "API", "GPU", List.of());
        assertEquals("API is cheaper than GPU at the top of the volume range (with ops). "
                + "The cheaper stack changes at 500 inferences/day.",
                MarkdownReportWriter.crossoverSentence(noStable));
    }
}
