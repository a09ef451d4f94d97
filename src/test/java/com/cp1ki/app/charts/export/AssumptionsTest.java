package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The footer of an exported chart says what the chart assumes, in words a client reads, never cut mid-word. */
class AssumptionsTest {

    private final Project seed = Samples.seed();
    private final Report report = CostEngine.report(seed);

    private String footer(ChartKind kind, ChartOptions o) {
        return String.join("\n", Assumptions.footer(kind, seed, report, o));
    }

    @Test
    void everyWorkloadChartStatesTheTokenProfile() {
        for (ChartKind k : new ChartKind[]{ChartKind.CP1KI, ChartKind.CROSSOVER, ChartKind.ROI}) {
            assertTrue(footer(k, ChartOptions.DEFAULT).contains("Document summariser: 10,000 inferences/day, 1,800 input "
                    + "and 400 output tokens per inference (typed means)"), k.toString());
        }
    }

    @Test
    void aLogWorkloadStatesItsRequestCountMeansAndP95() throws Exception {
        Project azure = ProjectFiles.load(Path.of("sample-projects/azure-llm-traces.cp1ki"));
        String f = String.join("\n", Assumptions.footer(ChartKind.CP1KI, azure, CostEngine.report(azure),
                ChartOptions.DEFAULT));
        assertTrue(f.matches("(?s).*tokens from a log of [0-9,]+ requests: mean [0-9,]+ in, [0-9,]+ out; p95 [0-9,]+ in, "
                + "[0-9,]+ out.*"), f);
    }

    @Test
    void theRoiChartStatesTheValuePerInference() {
        assertTrue(footer(ChartKind.ROI, ChartOptions.DEFAULT).contains("value per inference $0.0200."),
                footer(ChartKind.ROI, ChartOptions.DEFAULT));
        assertFalse(footer(ChartKind.CP1KI, ChartOptions.DEFAULT).contains("value per inference"));
    }

    @Test
    void inAnotherCurrencyTheValueIsShownInItAndInUsd() {
        Project inr = seed.withSettings(new com.cp1ki.engine.model.Settings("INR", 83, "2025", "seed 004", 730, 30, 100,
                1e8));
        String f = String.join("\n", Assumptions.footer(ChartKind.ROI, inr, CostEngine.report(inr), ChartOptions.DEFAULT));
        assertTrue(f.contains("value per inference ₹1.66 ($0.02)"), f);
        assertTrue(f.contains("Money in INR at 83 INR per USD on 2025 (seed 004)."), f);
    }

    @Test
    void theMarginChartStatesThePlansInputsAndOnlyItsStacksPrice() {
        String f = footer(ChartKind.MARGIN, ChartOptions.DEFAULT);
        assertTrue(f.contains("Plan Pro: $3.60 per user per month, unlimited inferences; usage lognormal, median 300 "
                + "and p95 1,000 inferences per user per month; power user at 1,000 inferences; served by Claude Haiku 3.5 "
                + "for Document summariser."), f);
        assertTrue(f.contains("Prices: Claude Haiku 3.5 "), f);
        assertFalse(f.contains("GPT-4o"), f);
    }

    @Test
    void aPlanWithAQuotaStatesItsOverage() throws Exception {
        Project inr = ProjectFiles.load(Path.of("sample-projects/plans-inr-subscription.cp1ki"));
        String f = String.join("\n", Assumptions.footer(ChartKind.MARGIN, inr, CostEngine.report(inr),
                ChartOptions.DEFAULT.withPlan("Lite")));
        assertTrue(f.contains("Plan Lite: ₹149.00 per user per month, 300 inferences included, then ₹25.00 per 1,000; "
                + "usage lognormal, median 150 and p95 900 inferences per user per month; power user at 3,000 inferences"), f);
    }

    @Test
    void longSourcesAreShortenedAtAWordNeverInsideOne() {
        String s = Assumptions.shorten("seed 004: '₹299 ≈ $3.60', i.e. 83 INR per USD as the article states it", 50);
        assertEquals("seed 004: '₹299 ≈ $3.60', i.e. 83 INR per USD as…", s);
        assertEquals("short", Assumptions.shorten("short", 50));
        assertEquals("averyveryverylongword…", Assumptions.shorten("averyveryverylongword and more", 10));
        for (String line : Assumptions.footer(ChartKind.CP1KI, seed, report, ChartOptions.DEFAULT)) {
            for (String word : line.split(" ")) {
                if (word.endsWith("…") || word.endsWith("…)") || word.endsWith("…).")) {
                    String w = word.replaceAll("[…).]+$", "");
                    assertTrue(line.contains(" " + w + "…"), "a whole word before the ellipsis: " + word);
                }
            }
        }
        assertFalse(footer(ChartKind.CP1KI, ChartOptions.DEFAULT).contains("articl…"));
    }

    @Test
    void identifiersReadAsWordsAndTypedNamesStay() {
        assertEquals("Document summariser", ClientNames.readable("document_summariser"));
        assertEquals("Code review bot", ClientNames.readable("code-review_bot"));
        assertEquals("GPT-4o", ClientNames.readable("GPT-4o"));
        assertEquals("Pro (INR)", ClientNames.readable("Pro (INR)"));
        assertEquals("chat", ClientNames.readable("chat"));
        assertEquals("Cost per 1,000 inferences by stack: Document summariser",
                ClientNames.title(ChartKind.CP1KI, seed, report, ChartOptions.DEFAULT));
    }

    @Test
    void aForecastPictureSaysWhatItProjectsAndWhatItsBandIs() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        p = p.withUncertainty(p.uncertainty().withDraws(100));
        Report r = com.cp1ki.engine.forecast.ForecastEngine.withFan(p, CostEngine.report(p));
        var lines = Assumptions.footer(ChartKind.FORECAST, p, r, ChartOptions.DEFAULT);
        assertTrue(lines.contains("Forecast: volume +4%/month, tokens +0%/month, API prices -90%/year (10x a year,"
                + " a16z 2024-11-12), GPU rates -10%/year."), lines.toString());
        assertTrue(lines.contains("Shaded: P10 to P90 of 100 draws (seed 42) of the ranged forecast rates only:"
                + " volumeGrowthPerMonth triangular 1% to 8% (most likely 4%); apiPriceDeclinePerYear triangular"
                + " 66.6667% to 97.5% (most likely 90%); every other input at its value."), lines.toString());
        Report noFan = CostEngine.report(p);
        assertTrue(Assumptions.footer(ChartKind.FORECAST, p, noFan, ChartOptions.DEFAULT).stream()
                .noneMatch(l -> l.startsWith("Shaded")), "no band drawn, none described");
    }
}
