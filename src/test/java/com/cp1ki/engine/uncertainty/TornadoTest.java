package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TornadoTest {

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"portfolio", "azure-llm-traces", "plans-inr-subscription"})
    void barEndsOfRoutedTieredAndDistributionProjectsEqualFullReports(String name) throws Exception {
        Project p = com.cp1ki.io.project.ProjectFiles.load(java.nio.file.Path.of("sample-projects", name + ".cp1ki"));
        Tornado t = UncertaintyEngine.tornado(p);
        Outputs outputs = new Outputs(CostEngine.report(p));
        int checked = 0;
        for (Tornado.Chart c : t.outputs()) {
            int ck = outputs.list.indexOf(c.output());
            for (int b = 0; b < c.bars().size(); b += 3) {
                Tornado.Bar bar = c.bars().get(b);
                FieldPath path = FieldPath.parse(bar.field());
                double lo = outputs.row(CostEngine.report(Inputs.with(p, path, bar.lowInput())))[ck];
                double hi = outputs.row(CostEngine.report(Inputs.with(p, path, bar.highInput())))[ck];
                DrawCostsTest.close(lo, bar.atLow(), bar.field() + " low, " + c.output().key());
                DrawCostsTest.close(hi, bar.atHigh(), bar.field() + " high, " + c.output().key());
                checked++;
            }
        }
        assertTrue(checked > 5, checked + " bars checked");
    }

    @Test
    void eachBarsEndsAreTheFullReportWithThatInputAtThatEnd() throws Exception {
        Project p = SimulationTest.ranged(SimulationTest.seed(), 10, new String[]{SimulationTest.GPT_OUT},
                Range.lognormal(7, 14));
        Tornado t = UncertaintyEngine.tornado(p);
        Outputs outputs = new Outputs(CostEngine.report(p));
        assertTrue(t.outputs().stream().anyMatch(c -> c.output().kind() == Output.Kind.MARGIN));
        Tornado.Chart gpt = t.outputs().stream().filter(c -> c.output().key().equals("cp1ki/document_summariser/GPT-4o"))
                .findFirst().orElseThrow();
        Tornado.Bar first = gpt.bars().get(0);
        assertEquals(SimulationTest.GPT_OUT, first.field(), "the ranged price swings GPT-4o most");
        assertTrue(first.ranged());
        assertEquals(7, first.lowInput());
        assertEquals(14, first.highInput());
        for (int b = 1; b < gpt.bars().size(); b++) {
            assertTrue(gpt.bars().get(b - 1).swing() >= gpt.bars().get(b).swing(), "sorted by swing");
        }
        int k = outputs.list.indexOf(gpt.output());
        for (Tornado.Chart c : t.outputs()) {
            int ck = outputs.list.indexOf(c.output());
            for (Tornado.Bar bar : c.bars()) {
                FieldPath path = FieldPath.parse(bar.field());
                double lo = outputs.row(CostEngine.report(Inputs.with(p, path, bar.lowInput())))[ck];
                double hi = outputs.row(CostEngine.report(Inputs.with(p, path, bar.highInput())))[ck];
                assertEquals(lo, bar.atLow(), 0.0, bar.field());
                assertEquals(hi, bar.atHigh(), 0.0, bar.field());
                if (!bar.ranged()) {
                    double v = bar.base();
                    assertTrue(bar.lowInput() <= v && bar.highInput() >= v, bar.field());
                }
            }
        }
        assertTrue(k >= 0);
        // a fleet's CP1Ki depends on the volume; the unranged volume moves by the default 20%
        Tornado.Chart llama = t.outputs().stream()
                .filter(c -> c.output().key().equals("cp1ki/document_summariser/Llama 3 70B on g5.xlarge"))
                .findFirst().orElseThrow();
        Tornado.Bar v = llama.bars().stream().filter(x -> x.field().equals(SimulationTest.VOLUME)).findFirst()
                .orElseThrow();
        assertTrue(!v.ranged());
        assertEquals(0.8 * v.base(), v.lowInput(), 1e-9);
        assertEquals(1.2 * v.base(), v.highInput(), 1e-9);
    }

    @Test
    void theSimulationsDriftsAndForecastsOwnSettingsAreNotInputsOfTheTornado() throws Exception {
        Project p = SimulationTest.seed().withDrift(com.cp1ki.engine.model.DriftSetup.DEFAULT.withRule(1.5, 100, false, false))
                .withForecast(new com.cp1ki.engine.model.Forecast(24, 0.05, 0, 0.5, 0, List.of()));
        for (Tornado.Chart c : UncertaintyEngine.tornado(p).outputs()) {
            for (Tornado.Bar bar : c.bars()) {
                String top = FieldPath.parse(bar.field()).segments().get(0).component();
                assertTrue(!List.of("uncertainty", "drift", "forecast").contains(top), bar.field());
            }
        }
        assertTrue(UncertaintyEngine.refusal(p, "drift.threshold", Range.uniform(1.1, 1.3)).contains("not inputs"));
        assertTrue(UncertaintyEngine.refusal(p, "uncertainty.draws", Range.uniform(100, 200)) != null);
        assertTrue(UncertaintyEngine.rangeableFields(p).contains("forecast.volumeGrowthPerMonth"),
                "a forecast rate may carry a range (for a fan)");
    }

    @Test
    void anInputThatAdmitsNoOtherValueIsNoDriverButABrokenRangeIsNamed() throws Exception {
        // a managed API's peak coincidence factor must be 1: the 20% swing cannot move it, and that is no news
        Tornado plain = UncertaintyEngine.tornado(SimulationTest.seed());
        assertTrue(plain.warnings().isEmpty(), plain.warnings().toString());
        assertTrue(plain.outputs().stream().flatMap(c -> c.bars().stream()).noneMatch(b -> b.field().endsWith("coincidence")));
        // a range the user typed on it, though, cannot be used, and the tornado says so
        String field = "stacks[GPT-4o].sharing.coincidence";
        Project p = SimulationTest.ranged(SimulationTest.seed(), 10, new String[]{field}, Range.uniform(0.8, 1));
        List<String> warnings = UncertaintyEngine.tornado(p).warnings();
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith(field + " does not move in the tornado")), warnings.toString());
    }
}
