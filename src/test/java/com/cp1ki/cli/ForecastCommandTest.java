package com.cp1ki.cli;

import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.io.project.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code cp1ki forecast}: its forms, its JSON keys (docs/cli.md), and bad input named by field. */
class ForecastCommandTest {

    static final String PORTFOLIO = "sample-projects/portfolio.cp1ki";

    private static List<String> keys(JsonNode n) {
        List<String> k = new ArrayList<>();
        n.fieldNames().forEachRemaining(k::add);
        return k;
    }

    @Test
    void jsonHoldsEveryDocumentedKeyAndTheEnginesNumbers() throws Exception {
        CliRun r = CliRun.of("forecast", PORTFOLIO, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(List.of("formatVersion", "project", "currency", "fxRate", "moneyUnit", "months", "inputs", "volumes",
                "results", "cheapest", "crossovers", "plans", "bill", "fan", "warnings"), keys(j));
        assertEquals(List.of("months", "volumeGrowthPerMonth", "tokenGrowthPerMonth", "apiPriceDeclinePerYear",
                "apiPricePreset", "gpuRateDeclinePerYear", "stacks"), keys(j.get("inputs")));
        assertEquals(List.of("label", "cheaperPerYear", "source", "published", "url"),
                keys(j.get("inputs").get("apiPricePreset")));
        assertEquals("2024-11-12", j.get("inputs").get("apiPricePreset").get("published").asText());
        assertEquals(List.of("stack", "priceDeclinePerYear", "reservedMonthsLeft", "pricePreset"),
                keys(j.get("inputs").get("stacks").get(0)));
        assertEquals(List.of("workload", "inferencesPerDay", "tokenFactor"), keys(j.get("volumes").get(0)));
        assertEquals(List.of("workload", "stack", "kind", "months"), keys(j.get("results").get(0)));
        assertEquals(List.of("month", "cp1ki", "monthlyCost", "instances", "priceFactor", "reservedFactor", "cp1kiP10",
                "cp1kiP90", "monthlyCostP10", "monthlyCostP90"), keys(j.get("results").get(0).get("months").get(0)));
        assertEquals(List.of("workload", "stacks", "changes"), keys(j.get("cheapest").get(0)));
        assertEquals(List.of("month", "from", "to"), keys(j.get("cheapest").get(0).get("changes").get(0)));
        assertEquals(List.of("workload", "a", "b", "months"), keys(j.get("crossovers").get(0)));
        assertEquals(List.of("month", "stableAbove", "cheaperAbove", "cheaperBelow", "crossings"),
                keys(j.get("crossovers").get(0).get("months").get(0)));
        assertEquals(List.of("plan", "months"), keys(j.get("plans").get(0)));
        assertEquals(List.of("month", "costPerInference", "meanMarginPerUser", "marginAtMedian", "grossMarginPct",
                "unprofitableShare", "meanMarginPerUserP10", "meanMarginPerUserP90"),
                keys(j.get("plans").get(0).get("months").get(0)));
        assertEquals(List.of("month", "total", "totalP10", "totalP90", "stacks"), keys(j.get("bill").get(0)));
        assertEquals(List.of("code", "subject", "message"), keys(j.get("warnings").get(0)));

        ForecastReport f = ForecastEngine.forecast(ProjectFiles.load(Path.of(PORTFOLIO)));
        assertEquals(36, j.get("months").asInt());
        assertEquals(36, j.get("results").get(0).get("months").size());
        assertEquals(f.results().get(0).months().get(20).cp1ki(),
                j.get("results").get(0).get("months").get(20).get("cp1ki").asDouble(), 0);
        assertEquals(f.bill().get(35).total(), j.get("bill").get(35).get("total").asDouble(), 0);
        assertEquals(f.cheapest("chat").changes().get(0).month(),
                j.get("cheapest").get(0).get("changes").get(0).get("month").asInt());
    }

    @Test
    void aProjectWithoutAForecastIsFlatAndEqualsTheReportEveryMonth() throws Exception {
        CliRun f = CliRun.of("forecast", CliRun.SEED, "--months", "12", "--format", "json");
        CliRun r = CliRun.of("report", CliRun.SEED, "--format", "json");
        assertEquals(0, f.exit(), f.err());
        JsonNode fj = new ObjectMapper().readTree(f.out());
        JsonNode rj = new ObjectMapper().readTree(r.out());
        assertEquals(12, fj.get("months").asInt());
        for (int i = 0; i < rj.get("results").size(); i++) {
            JsonNode months = fj.get("results").get(i).get("months");
            for (JsonNode m : months) {
                assertEquals(rj.get("results").get(i).get("cp1ki").asDouble(), m.get("cp1ki").asDouble(), 0);
                assertEquals(rj.get("results").get(i).get("monthlyCost").asDouble(), m.get("monthlyCost").asDouble(), 0);
            }
        }
        assertTrue(CliRun.of("forecast", CliRun.SEED).out().contains("Nothing grows or falls"));
    }

    @Test
    void markdownCitesThePresetAndSaysWhenTheCheapestStackChanges() {
        CliRun r = CliRun.of("forecast", PORTFOLIO, "--months", "24");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("24 months"), r.out());
        assertTrue(r.out().contains("preset 10x a year: Guido Appenzeller (a16z)"), r.out());
        assertTrue(r.out().contains("2024-11-12"), r.out());
        assertTrue(r.out().contains("Cheapest stack: Llama 3.1 8B on g5.xlarge (shared) in month 1; Claude Haiku 3.5"
                + " from month 2."), r.out());
        assertTrue(r.out().contains("## Plan Pro by month"));
        assertTrue(r.out().contains("## The monthly bill (portfolio) by month"));
        assertFalse(r.out().contains("| 25 |"), "24 months, no more");
    }

    @Test
    void csvHasOneRowPerMonthAndPairAndASectionPerTable() {
        CliRun r = CliRun.of("forecast", PORTFOLIO, "--format", "csv");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().split("\r\n");
        assertEquals(String.join(",", ForecastCsv.Section.RESULTS.columns), lines[0]);
        assertEquals(1 + 36 * 5 * 3, lines.length, "36 months x 5 workloads x 3 stacks");
        assertTrue(lines[1].startsWith("1,chat,Claude Haiku 3.5,api,40000,1,"), lines[1]);
        CliRun plans = CliRun.of("forecast", PORTFOLIO, "--format", "csv", "--section", "plans", "--months", "12");
        assertEquals(1 + 12, plans.out().split("\r\n").length);
        CliRun bill = CliRun.of("forecast", PORTFOLIO, "--format=csv", "--section=bill", "--months=12");
        assertEquals(1 + 12 * 4, bill.out().split("\r\n").length, "a total and three stacks a month");
        assertEquals(2, CliRun.of("forecast", PORTFOLIO, "--section", "plans").exit(), "--section is for csv");
        assertEquals(2, CliRun.of("forecast", PORTFOLIO, "--format", "csv", "--section", "tea").exit());
    }

    @Test
    void monthsOutside12To60AreAMessageNamingTheFieldAndNothingIsWritten() {
        for (String m : new String[]{"11", "61", "0", "-3"}) {
            CliRun r = CliRun.of("forecast", PORTFOLIO, "--months", m);
            assertEquals(Cli.FAILED, r.exit(), m);
            assertTrue(r.err().contains("forecast months must be from 12 to 60, was " + m), r.err());
            assertEquals("", r.out());
        }
        CliRun r = CliRun.of("forecast", PORTFOLIO, "--months", "two years");
        assertEquals(Cli.USAGE, r.exit());
        assertTrue(r.err().contains("--months takes a whole number of months from 12 to 60"), r.err());
    }

    @Test
    void aDeclineOf100PercentInTheFileIsRefusedWithItsLocation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        String text = Files.readString(Path.of(PORTFOLIO)).replace("\"apiPriceDeclinePerYear\": 0.9",
                "\"apiPriceDeclinePerYear\": 1.0");
        assertTrue(text.contains("\"apiPriceDeclinePerYear\": 1.0"), "the sample holds the decline");
        Files.writeString(f, text);
        CliRun r = CliRun.of("forecast", f.toString());
        assertEquals(Cli.FAILED, r.exit());
        assertTrue(r.err().contains("API price decline must be below 100% a year"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void aGrowthThatOverflowsAVolumeIsAMessageNamingTheGrowth(@TempDir Path dir) throws Exception {
        Project p = ProjectFiles.load(Path.of(PORTFOLIO));
        Path f = dir.resolve("p.cp1ki");
        ProjectFiles.save(p.withForecast(new Forecast(60, 1.0, 0, 0, 0, List.of())), f);
        byte[] before = Files.readAllBytes(f);
        CliRun r = CliRun.of("forecast", f.toString(), "--format", "json");
        assertEquals(Cli.FAILED, r.exit());
        assertTrue(r.err().contains("at a volume growth of 100% a month"), r.err());
        assertEquals("", r.out());
        assertEquals(0, CliRun.of("report", f.toString()).exit(), "the project itself still reports");
        assertEquals(new String(before), new String(Files.readAllBytes(f)), "the file is untouched");
    }

    static final String RANGES = "sample-projects/summariser-ranges.cp1ki";

    @Test
    void aRangeOnAForecastRateGivesTheFanInJsonMarkdownAndCsv() throws Exception {
        CliRun r = CliRun.of("forecast", RANGES, "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode fan = j.get("fan");
        assertEquals(List.of("draws", "seed", "ranged", "problem"), keys(fan));
        assertEquals(1000, fan.get("draws").asInt(), "the project's 10,000 draws, capped for the fan");
        assertEquals(42, fan.get("seed").asLong());
        assertEquals("forecast.volumeGrowthPerMonth", fan.get("ranged").get(0).asText());
        assertEquals("forecast.apiPriceDeclinePerYear", fan.get("ranged").get(1).asText());
        assertTrue(fan.get("problem").isNull());
        Project p = ProjectFiles.load(Path.of(RANGES));
        ForecastReport f = ForecastEngine.fan(p, ForecastEngine.forecast(p));
        JsonNode m12 = j.get("results").get(0).get("months").get(11);
        assertEquals(f.results().get(0).months().get(11).monthlyBand().p10(), m12.get("monthlyCostP10").asDouble(), 0);
        assertEquals(f.results().get(0).months().get(11).monthlyBand().p90(), m12.get("monthlyCostP90").asDouble(), 0);
        assertTrue(m12.get("cp1kiP10").asDouble() < m12.get("cp1kiP90").asDouble(), "API prices fall at a ranged rate");

        CliRun md = CliRun.of("forecast", RANGES);
        assertTrue(md.out().contains("Fan: the P10 to P90 band of each number under the ranged forecast rates"
                + " (forecast.volumeGrowthPerMonth, forecast.apiPriceDeclinePerYear), every other input at its value;"
                + " n = 1,000, seed = 42."), md.out());
        assertTrue(md.out().matches("(?s).*\\| 12 \\| [0-9,]+ \\| [^|]+ \\| \\$[0-9.]+ \\(\\$[0-9.]+ to \\$[0-9.]+\\) \\|.*"),
                "a month's CP1Ki with its band");

        CliRun csv = CliRun.of("forecast", RANGES, "--format", "csv", "--months", "12");
        String[] month12 = csv.out().split("\r\n")[12].split(",");
        assertEquals(f.results().get(0).months().get(11).monthlyBand().p90(),
                Double.parseDouble(month12[month12.length - 1]), 1e-9 * f.results().get(0).months().get(11).monthlyCost());
    }

    @Test
    void aGrowthRangeTooWideForTheMonthsLeavesThePointForecastAndNamesTheField(@TempDir Path dir) throws Exception {
        Project p = ProjectFiles.load(Path.of(RANGES));
        Path file = dir.resolve("wide.cp1ki");
        ProjectFiles.save(p.withForecast(p.forecast().withMonths(60)).withUncertainty(
                p.uncertainty().withRange("forecast.volumeGrowthPerMonth",
                        com.cp1ki.engine.model.Range.uniform(0.1, 0.9))), file);
        CliRun r = CliRun.of("forecast", file.toString(), "--format", "json");
        assertEquals(0, r.exit(), "the point forecast stands: " + r.err());
        assertTrue(r.err().contains("forecast.volumeGrowthPerMonth"), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertTrue(j.get("fan").get("problem").asText().contains("narrow the range"), j.get("fan").toString());
        assertTrue(j.get("results").get(0).get("months").get(5).get("monthlyCostP10").isNull());
        assertEquals(60, j.get("results").get(0).get("months").size());
    }
}
