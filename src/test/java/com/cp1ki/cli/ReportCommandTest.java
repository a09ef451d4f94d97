package com.cp1ki.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static com.cp1ki.cli.CliRun.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cp1ki report} on the bundled seed sample: the engine's numbers reach every form intact. */
class ReportCommandTest {

    private static JsonNode result(JsonNode json, String stack) {
        for (JsonNode r : json.get("results")) {
            if (r.get("stack").asText().equals(stack)) {
                return r;
            }
        }
        throw new AssertionError("no result for " + stack + " in " + json);
    }

    private static JsonNode seedJson() throws IOException {
        CliRun run = CliRun.of("report", SEED, "--format", "json");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void jsonReportOfTheSeedHasTheReferenceNumbers() throws IOException {
        JsonNode json = seedJson();
        JsonNode haiku = result(json, "Claude Haiku 3.5");
        assertEquals(3.04, haiku.get("cp1ki").asDouble(), 1e-9);
        assertEquals(0.00304, haiku.get("costPerInference").asDouble(), 1e-12);
        assertEquals(30.40, haiku.get("dailyCost").asDouble(), 1e-9);
        assertEquals(912.00, haiku.get("monthlyCost").asDouble(), 1e-9);
        JsonNode gpt = result(json, "GPT-4o");
        assertEquals(8.50, gpt.get("cp1ki").asDouble(), 1e-9);
        assertEquals(2550.00, gpt.get("monthlyCost").asDouble(), 1e-9);
        JsonNode llama = result(json, "Llama 3 70B on g5.xlarge");
        assertEquals(476.28, llama.get("monthlyCost").asDouble(), 1e-9);
        assertEquals(1.5876, llama.get("cp1ki").asDouble(), 1e-9);
        assertEquals(1, llama.get("instances").asInt());
        assertEquals("gpu", llama.get("kind").asText());
    }

    @Test
    void jsonReportOfTheSeedKeepsTheDocumentedKeys() throws IOException {
        JsonNode json = seedJson();
        ReportWritersTest.assertStableKeys(json);
        assertEquals(1, json.get("formatVersion").asInt());
        assertEquals("USD", json.get("currency").asText());
        assertEquals("USD", json.get("moneyUnit").asText());
        assertTrue(json.get("results").size() >= 3);
    }

    @Test
    void markdownReportOfTheSeedReadsLikeTheWorkedExample() {
        CliRun run = CliRun.of("report", SEED);
        assertEquals(0, run.exit(), run.err());
        String md = run.out();
        assertTrue(md.contains("(1,800 x 0.80 + 400 x 4.00) / 1,000,000 = $0.00304"), md);
        assertTrue(md.contains("(1,800 x 2.50 + 400 x 10.00) / 1,000,000 = $0.0085"), md);
        assertTrue(md.contains("| stack | cost per inference | CP1Ki | daily | monthly |"), md);
        assertTrue(md.contains("| Claude Haiku 3.5 | $0.00304 | $3.04 | $30.40 | $912.00 |"), md);
        assertTrue(md.contains("| GPT-4o | $0.0085 | $8.50 | $85.00 | $2,550.00 |"), md);
        assertTrue(md.contains("| $1.59 | $15.88 | $476.28 |"), md);
        assertTrue(md.contains("Task: 1,800 input tokens and 400 output tokens per inference (mean); "
                + "10,000 inferences/day x 30 days = 300,000 inferences/month"), md);
    }

    @Test
    void formatMdIsTheDefault() {
        assertEquals(CliRun.of("report", SEED).out(), CliRun.of("report", SEED, "--format=md").out());
    }

    @Test
    void csvReportOfTheSeedHasARowPerResultUnderTheJsonKeys() throws IOException {
        CliRun run = CliRun.of("report", "--format", "csv", SEED);
        assertEquals(0, run.exit(), run.err());
        List<List<String>> rows = Rfc4180.parse(run.out());
        assertEquals(ReportWritersTest.RESULT_KEYS, rows.get(0));
        assertEquals(seedJson().get("results").size() + 1, rows.size());
        int stack = ReportWritersTest.RESULT_KEYS.indexOf("stack");
        int monthly = ReportWritersTest.RESULT_KEYS.indexOf("monthlyCost");
        List<String> haiku = rows.stream().filter(r -> r.get(stack).equals("Claude Haiku 3.5")).findFirst().orElseThrow();
        assertEquals(912.0, Double.parseDouble(haiku.get(monthly)), 1e-9);
    }

    @Test
    void theSeedsCrossoversAreInTheJsonAndInWords() throws IOException {
        JsonNode json = seedJson();
        JsonNode gptLlama = null;
        for (JsonNode c : json.get("crossovers")) {
            if (c.get("a").asText().equals("GPT-4o") && c.get("b").asText().equals("Llama 3 70B on g5.xlarge")
                    && c.get("withOps").asBoolean()) {
                gptLlama = c;
            }
        }
        assertTrue(gptLlama != null, json.get("crossovers").toString());
        // $476.28 a month flat against $0.0085 x 30 per (inference/day): 476.28 / 0.255 = 1,867.76
        assertEquals(476.28 / 0.255, gptLlama.get("stableAbove").asDouble(), 1e-6);
        assertEquals("Llama 3 70B on g5.xlarge", gptLlama.get("cheaperAbove").asText());
        String md = CliRun.of("report", SEED).out();
        assertTrue(md.contains("- Llama 3 70B on g5.xlarge is cheaper than GPT-4o above 1,868 inferences/day (with ops)."), md);
    }

    @Test
    void theSeedsReportLeadsWithTheCheapestStackAndWhereItChanges() throws IOException {
        String md = CliRun.of("report", SEED).out();
        // without ops the "+ ops" stack is the same fleet as the g5 (a tie), so the answer does not change
        String headline = "**In short:** For document_summariser at 10,000 inferences/day, "
                + "Llama 3 70B on g5.xlarge is cheapest: $1.45 per 1,000 inferences ($435.72 a month) less than Claude "
                + "Haiku 3.5. It is cheapest above 5,222 inferences/day; Claude Haiku 3.5 is cheaper below. Ops overhead "
                + "does not change this.";
        assertTrue(md.replace("\r\n", "\n").contains("## Workload document_summariser\n\n" + headline + "\n"), md);
        JsonNode json = seedJson();
        JsonNode h = json.get("headlines").get(0);
        assertEquals(headline.substring("**In short:** ".length()), h.get("text").asText());
        assertEquals("Llama 3 70B on g5.xlarge", h.get("withOps").get("stack").asText());
        assertEquals(912 - 476.28, h.get("withOps").get("savingPerMonth").asDouble(), 1e-9);
        assertEquals(476.28 / 0.0912, h.get("withOps").get("cheapestFrom").asDouble(), 1e-6);
        assertTrue(h.get("withOps").get("cheapestTo").isNull());
        JsonNode bands = json.get("cheapest").get(0).get("bands");
        assertEquals(2, bands.size());
        assertEquals("Claude Haiku 3.5", bands.get(0).get("stack").asText());
        assertEquals(100, bands.get(0).get("fromVolume").asDouble());
        assertEquals(476.28 / 0.0912, bands.get(1).get("fromVolume").asDouble(), 1e-6);
        assertEquals(1e8, bands.get(1).get("toVolume").asDouble());
        assertTrue(json.get("cheapest").get(0).get("complete").asBoolean());
    }

    @Test
    void theSeedsPlanIsExplainedInDollars() {
        String md = CliRun.of("report", SEED).out();
        assertTrue(md.contains("## Plans"), md);
        assertTrue(md.contains("### Pro (served by Claude Haiku 3.5)"), md);
        assertTrue(md.contains("$3.60 - 1,000 x $0.00304 = $0.56"), md);
        assertFalse(md.contains("INR"), "the seed is in USD, as the article states it");
    }

    @Test
    void theRupeePlanSampleIsExplainedAndShownInRupees() {
        String md = CliRun.of("report", "sample-projects/plans-inr-subscription.cp1ki").out();
        assertTrue(md.contains("### Pro (unlimited) (served by Claude Haiku 3.5)"), md);
        assertTrue(md.contains("- in INR: price $3.60 (INR 299.00)"), md);
    }

    @Test
    void theSeedsPlanMarginsAreInTheJsonInUsd() throws IOException {
        JsonNode plan = seedJson().get("plans").get(0);
        assertEquals("Pro", plan.get("plan").asText());
        // seed 004: 299 INR at 83 INR/USD is $3.60; a 1,000-inference user at CP1Ki $3.04 leaves $0.56
        assertEquals(3.60, plan.get("priceUsd").asDouble(), 1e-9);
        assertEquals(3.60 - 3.04, plan.get("marginAtPowerUser").asDouble(), 1e-9);
        assertTrue(plan.get("includedInferences").isNull());
    }
}
