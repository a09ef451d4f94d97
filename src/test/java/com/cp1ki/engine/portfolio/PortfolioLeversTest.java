package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Batching;
import com.cp1ki.engine.model.Cascade;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Compression;
import com.cp1ki.engine.model.Levers;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.SemanticCache;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bill sees a routed stack's levers: an API's token costs after them, a fleet sized for what reaches it. */
class PortfolioLeversTest {
    static final Levers FLEET_LEVERS = new Levers(new Compression(0.3, 0, null), new SemanticCache(0.4, 0.00002, 0),
            Cascade.NONE, new Batching(0.5));

    static Project project(Levers fleetLevers, Levers apiLevers) {
        SelfHostedGpu g5 = new SelfHostedGpu("g5.xlarge", 1, 1.006, 0.636, 0, 0, 0, 0, RateKind.RESERVED_1Y, 40, 200,
                1.0, 1, 0, RateKind.RESERVED_1Y, null);
        Stack fleet = new Stack("Llama", true, g5, new CommonCosts(4, 5, 3, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0))
                .withLevers(fleetLevers);
        Stack haiku = new Stack("Haiku", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.8, 4), CommonCosts.NONE);
        Stack gpt = new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.5, 10), CommonCosts.NONE)
                .withLevers(apiLevers);
        Workload docs = new Workload("docs", 10_000, new TypedMeans(1800, 400), null, 2.0, List.of(new Route("Llama", 1)));
        Workload chat = new Workload("chat", 10_000, new TypedMeans(1800, 400), null, 1.0, List.of(new Route("GPT-4o", 1)));
        return new Project("p", Settings.DEFAULT, List.of(docs, chat), List.of(fleet, haiku, gpt), List.of());
    }

    private static StackResult pair(Report r, String w, String s) {
        return r.results().stream().filter(x -> x.workload().equals(w) && x.stack().equals(s)).findFirst().orElseThrow();
    }

    @Test
    void aFleetRoutedAloneIsSizedAsItsPairAfterItsLevers() {
        Report r = CostEngine.report(project(FLEET_LEVERS, Levers.NONE));
        StackResult docs = pair(r, "docs", "Llama");
        assertEquals(2, docs.instances());
        assertEquals(5, docs.levers().instancesWithout());
        assertEquals(2, r.portfolio().stack("Llama").orElseThrow().instances());
        // the bill's fleet is the pair's: GPU, fixed, and the cache lookups in extras
        assertEquals(docs.monthlyCost(), r.portfolio().feature("docs").orElseThrow().monthlyCost(), 1e-9);
    }

    @Test
    void anApisTokenCostsInTheBillAreAfterItsLevers() {
        Levers cascade = new Levers(Compression.NONE, new SemanticCache(0.4, 0.00002, 0), new Cascade("Haiku", 0.15),
                Batching.NONE);
        Report r = CostEngine.report(project(Levers.NONE, cascade));
        StackResult chat = pair(r, "chat", "GPT-4o");
        // $0.00002 + 0.6 x ($0.00304 + 0.15 x $0.0085) = $0.002609 -> $782.70 a month, Haiku's tokens included
        assertEquals(782.70, Math.round(chat.monthlyCost() * 100) / 100.0);
        assertEquals(chat.monthlyCost(), r.portfolio().feature("chat").orElseThrow().monthlyCost(), 1e-9);
        assertTrue(r.portfolio().feature("chat").orElseThrow().monthlyCost() < 2550);
    }
}
