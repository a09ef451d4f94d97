package com.cp1ki.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * sample-projects/drift/: the committed files are what {@link DriftSample} writes
 * ({@code -Dcp1ki.regenerateSamples=true} rewrites them), and under the default rule the detector
 * flags the four injected incidents, on their days and no others, each on its driver.
 */
class DriftSampleTest {
    static final Path DIR = Path.of("sample-projects", "drift");
    static final String MAP = "gpt-4o-mini-2024-07-18=GPT-4o mini,claude-3-5-haiku-20241022=Claude Haiku 3.5,"
            + "claude-sonnet-4-20250514=Claude Sonnet 4";
    static JsonNode withPrices;
    static int exit;

    @BeforeAll
    static void writeOrCheckAndRun() throws Exception {
        if (Boolean.getBoolean("cp1ki.regenerateSamples")) {
            DriftSample.write(DIR);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exit = run(out, "drift", DIR.resolve("requests.csv.gz").toString(), "--project", DIR.resolve("drift.cp1ki").toString(),
                "--prices", DIR.resolve("prices.json").toString(), "--map", MAP, "--format", "json");
        withPrices = new ObjectMapper().readTree(out.toByteArray());
    }

    static int run(ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(code == 0 || code == DriftCommand.DRIFTED, err.toString(StandardCharsets.UTF_8));
        return code;
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws Exception {
        assertArrayEquals(DriftSample.log(), Files.readAllBytes(DIR.resolve("requests.csv.gz")), "requests.csv.gz");
        assertEquals(DriftSample.prices(), Files.readString(DIR.resolve("prices.json")));
        assertEquals(com.cp1ki.io.project.ProjectFiles.write(DriftSample.project()),
                Files.readString(DIR.resolve("drift.cp1ki")));
        assertTrue(Files.readString(DIR.resolve("ATTRIBUTION.md")).contains("CC-BY 4.0"));
    }

    static Map<String, String> alerts(JsonNode report) {
        Map<String, String> m = new TreeMap<>();
        for (JsonNode a : report.get("alerts")) {
            m.put(a.get("feature").asText() + " " + a.get("date").asText(), a.get("largestDriver").asText());
        }
        return m;
    }

    @Test
    void theDefaultRuleAlertsOnTheFourIncidentsAndNothingElseEachOnItsDriver() {
        assertEquals(Map.of(
                "support-chat " + DriftSample.day(DriftSample.PROMPT_DAY), "inputTokens",
                "code-assist " + DriftSample.day(DriftSample.SWITCH_DAY), "modelMix",
                "summariser " + DriftSample.day(DriftSample.STORM_DAY), "retries",
                "search-answers " + DriftSample.day(DriftSample.PRICE_DAY), "price"), alerts(withPrices));
        assertEquals(DriftCommand.DRIFTED, exit);
    }

    @Test
    void everyDayOutsideTheIncidentsIsWithinTheRuleAndTheRetryStormLastsOneDay() {
        for (JsonNode f : withPrices.get("features")) {
            String name = f.get("feature").asText();
            int incident = switch (name) {
                case "support-chat" -> DriftSample.PROMPT_DAY;
                case "code-assist" -> DriftSample.SWITCH_DAY;
                case "summariser" -> DriftSample.STORM_DAY;
                default -> DriftSample.PRICE_DAY;
            };
            List<String> drifted = new ArrayList<>();
            for (JsonNode p : f.get("series")) {
                String state = p.get("state").asText();
                if (state.equals("alert") || state.equals("above")) {
                    drifted.add(p.get("date").asText());
                }
            }
            assertEquals(DriftSample.day(incident), drifted.get(0), name);
            if (name.equals("summariser")) {
                assertEquals(List.of(DriftSample.day(DriftSample.STORM_DAY)), drifted);
            }
            // the lasting changes stay open while the baseline absorbs them, in one run of days
            for (int k = 1; k < drifted.size(); k++) {
                assertTrue(java.time.LocalDate.parse(drifted.get(k)).isAfter(java.time.LocalDate.parse(drifted.get(k - 1))));
            }
        }
    }

    @Test
    void eachIncidentIsMostlyItsDriverAndThePartsAddUpToTheChange() {
        for (JsonNode f : withPrices.get("features")) {
            for (JsonNode p : f.get("series")) {
                JsonNode d = p.get("decomposition");
                if (!p.get("state").asText().equals("alert")) {
                    continue;
                }
                double sum = 0;
                double largest = 0;
                for (JsonNode part : d.get("parts")) {
                    sum += part.get("amount").asDouble();
                    largest = Math.max(largest, Math.abs(part.get("amount").asDouble()));
                }
                double change = d.get("change").asDouble();
                assertEquals(change, sum, 1e-12 * Math.abs(change));
                assertTrue(largest > 0.75 * change, f.get("feature").asText() + ": largest part " + largest + " of " + change);
            }
        }
    }

    @Test
    void theProjectsDriftSetupIsUsedWhereNoOptionIsGiven(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // the sample's file maps the log's model ids: without --map, the same alerts
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(DriftCommand.DRIFTED, run(out, "drift", DIR.resolve("requests.csv.gz").toString(), "--project",
                DIR.resolve("drift.cp1ki").toString(), "--prices", DIR.resolve("prices.json").toString(), "--format", "json"));
        assertEquals(alerts(withPrices), alerts(new ObjectMapper().readTree(out.toByteArray())));
        // a threshold of 100 in the file: nothing drifts; an option still wins over the file
        var sample = DriftSample.project().project();
        var d = sample.drift();
        Path high = dir.resolve("high.cp1ki");
        Files.writeString(high, com.cp1ki.io.project.ProjectFiles.write(
                sample.withDrift(d.withRule(100, d.minRequests(), d.sameWeekday(), d.robust()))));
        assertTrue(Files.readString(high).contains("\"threshold\": 100"));
        assertEquals(0, run(new ByteArrayOutputStream(), "drift", DIR.resolve("requests.csv.gz").toString(), "--project",
                high.toString(), "--prices", DIR.resolve("prices.json").toString()));
        assertEquals(DriftCommand.DRIFTED, run(new ByteArrayOutputStream(), "drift", DIR.resolve("requests.csv.gz").toString(),
                "--project", high.toString(), "--prices", DIR.resolve("prices.json").toString(), "--threshold", "1.2"));
    }

    @Test
    void withoutTheDatedPricesThePriceChangeIsNotSeenButBilledDiffersFromModelled() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        run(out, "drift", DIR.resolve("requests.csv.gz").toString(), "--project", DIR.resolve("drift.cp1ki").toString(),
                "--map", MAP, "--format", "json");
        JsonNode r = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(3, r.get("alerts").size());
        for (JsonNode f : r.get("features")) {
            double diff = f.get("billedMinusModelled").asDouble();
            if (f.get("feature").asText().equals("search-answers")) {
                // 75 days at 30% off: billed well under the list price the project models
                assertTrue(diff < -0.2 * f.get("modelledCost").asDouble() * 0.5, "billed - modelled " + diff);
            } else {
                assertEquals(0, diff, 1e-6, f.get("feature").asText());
            }
        }
    }

    @Test
    void theBadRowsAndTheUnpricedModelAreReportedByReasonLineAndCount() {
        JsonNode file = withPrices.get("files").get(0);
        assertEquals(1, file.get("skipped").get("noModel").get("count").asInt());
        JsonNode unpriced = null;
        for (JsonNode m : withPrices.get("models")) {
            if (m.get("model").asText().equals("gpt-5-preview")) {
                unpriced = m;
            }
        }
        assertEquals(3, unpriced.get("requests").asInt());
        assertTrue(unpriced.get("stack").isNull());
        assertEquals("unmapped", unpriced.get("how").asText());
        assertEquals(3, unpriced.get("firstLines").size());
        assertEquals(file.get("rowsRead").asLong(), file.get("rowsUsed").asLong() + file.get("rowsSkipped").asLong());
    }
}
