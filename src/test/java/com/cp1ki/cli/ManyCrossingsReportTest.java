package com.cp1ki.cli;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fleet's fine staircase against an API line of the same slope crosses it 2,314 times up to
 * 1e8 inferences/day, more than the 1,000 the engine lists: the report still names the real last
 * crossing, in JSON and in the markdown sentence.
 */
class ManyCrossingsReportTest {

    /** 1,000 input tokens per inference; the GPU takes 1 s per request at $1/h, so $730 per 86,400 inferences/day. */
    static Project project() {
        Workload w = new Workload("w", 10_000, new TypedMeans(1000, 100), null, 1);
        Stack api = new Stack("API", true, ManagedApi.simple("P", "M", 730.0 / 86_400 * 1000 / 30, 0),
                new CommonCosts(365, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0));
        SelfHostedGpu g = new SelfHostedGpu("g", 1, 1.0, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 100, 0, 1, 0, 0,
                RateKind.RESERVED_1Y, null);
        Stack gpu = new Stack("GPU", true, g, CommonCosts.NONE);
        return new Project("many crossings", Settings.DEFAULT, List.of(w), List.of(api, gpu), List.of());
    }

    @Test
    void theMarkdownSentenceNamesTheRealLastCrossingAndCountsTheRest() {
        Project p = project();
        StringWriter out = new StringWriter();
        new MarkdownReportWriter().write(p, CostEngine.report(p), out);
        String md = out.toString();
        assertTrue(md.contains("- API is cheaper than GPU above 99,964,800 inferences/day (without ops)."), md);
        String line = md.lines().filter(l -> l.startsWith("- API is cheaper than GPU above") && l.contains("without ops"))
                .findFirst().orElseThrow();
        assertTrue(line.contains("2,314 times"), line);
        assertTrue(line.length() < 400, "the sentence lists a few crossings, not a thousand: " + line.length() + " characters");
    }

    @Test
    void jsonListsTheCapAndCountsEveryCrossing() throws IOException {
        Project p = project();
        Report r = CostEngine.report(p);
        StringWriter out = new StringWriter();
        new JsonReportWriter().write(p, r, out);
        JsonNode c = new ObjectMapper().readTree(out.toString()).get("crossovers").get(0);
        assertEquals(1000, c.get("crossings").size());
        assertEquals(2314, c.get("crossingCount").asInt());
        assertEquals(99_964_800, c.get("stableAbove").asDouble(), 1e-3);
    }

    @Test
    void aSentenceWithFewCrossingsListsThemAll() {
        Crossover c = new Crossover("w", "API", "GPU", true, List.of(15_090.8, 17_280.0, 20_181.6), 20_181.6,
                "GPU", "API", List.of());
        assertEquals("GPU is cheaper than API above 20,182 inferences/day (with ops). "
                + "The cheaper stack changes at 15,091, 17,280, 20,182 inferences/day.", MarkdownReportWriter.crossoverSentence(c));
    }
}
