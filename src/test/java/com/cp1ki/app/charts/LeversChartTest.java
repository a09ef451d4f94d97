package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.LeverStep;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.project.ProjectFiles;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The levers' waterfall draws the engine's steps: start, one floating bar per lever labelled with its saving, result. */
class LeversChartTest {

    static Project sample() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects/levers.cp1ki"));
    }

    static StackResult result(Report r, String w, String s) {
        return r.results().stream().filter(x -> x.workload().equals(w) && x.stack().equals(s)).findFirst().orElseThrow();
    }

    private static LeversChart shown(Project p, Report r, ChartOptions o, String measure) {
        return Fx.call(() -> {
            LeversChart c = new LeversChart();
            c.measure(measure);
            c.show(p, r, o);
            return c;
        });
    }

    @Test
    void eachStepFloatsFromTheCostBeforeItToTheCostAfterIt() throws Exception {
        Project p = sample();
        Report r = CostEngine.report(p);
        StackResult gpt = result(r, "document_summariser", "GPT-4o");
        LeversChart c = shown(p, r, ChartOptions.DEFAULT.withWorkload("document_summariser").withStack("GPT-4o"),
                LeversChart.MONTHLY);
        List<XYChart.Data<String, Number>> base = c.chart().getData().get(0).getData();
        List<XYChart.Data<String, Number>> bar = c.chart().getData().get(1).getData();
        assertEquals(2 + gpt.levers().steps().size(), bar.size());
        assertEquals(2550.0, bar.get(0).getYValue().doubleValue(), 1e-9);
        double before = 2550.0;
        for (int i = 0; i < gpt.levers().steps().size(); i++) {
            LeverStep st = gpt.levers().steps().get(i);
            assertEquals(st.monthlyAfter(), base.get(i + 1).getYValue().doubleValue(), 1e-9, st.label());
            assertEquals(before - st.monthlyAfter(), bar.get(i + 1).getYValue().doubleValue(), 1e-9, st.label());
            before = st.monthlyAfter();
        }
        assertEquals(gpt.monthlyCost(), bar.get(bar.size() - 1).getYValue().doubleValue(), 1e-9);
        assertTrue(c.chart().marks().texts().stream().anyMatch(t -> t.text().equals("−$375.00\n(14.7%)")),
                c.chart().marks().texts().toString());
        assertEquals("Step", c.table().headers().get(2));
        assertEquals(1 + gpt.levers().steps().size(), c.table().rows().size(), "without levers, then each step");
    }

    @Test
    void cp1kiIsTheDefaultAndALeverThatAddsCostRisesInstead() throws Exception {
        Project p = sample();
        Report r = CostEngine.report(p);
        LeversChart c = shown(p, r, ChartOptions.DEFAULT.withWorkload("document_summariser")
                .withStack("Llama 3 70B on g5.xlarge"), LeversChart.CP1KI);
        StackResult llama = result(r, "document_summariser", "Llama 3 70B on g5.xlarge");
        assertTrue(llama.levers().steps().get(0).saving() < 0, "the cache's lookups cost more than one instance saves");
        assertTrue(c.chart().marks().texts().stream().anyMatch(t -> t.text().startsWith("+$")));
        assertEquals("CP1Ki (USD)", c.chart().getYAxis().getLabel());
        assertTrue(c.chart().getData().get(1).getData().get(1).getNode().getStyleClass().contains("waterfall-increase"));
    }

    @Test
    void clickingAStepExplainsItAndFollowsTheNextReport() throws Exception {
        Project p = sample();
        Report r = CostEngine.report(p);
        LeversChart c = shown(p, r, ChartOptions.DEFAULT.withWorkload("document_summariser").withStack("GPT-4o"),
                LeversChart.CP1KI);
        AtomicReference<Selection> picked = new AtomicReference<>();
        Fx.run(() -> {
            c.setOnSelect(picked::set);
            var node = c.chart().getData().get(1).getData().get(1).getNode();
            node.getOnMouseClicked().handle(null);
        });
        Selection s = picked.get();
        assertNotNull(s);
        assertEquals("Prompt compression 30%", s.heading());
        assertTrue(s.explanations().stream().anyMatch(e -> e.substituted().equals("1,800 x (1 - 0.30) = 1,260")));
        // the same step in a report where compression is 50%: the selection follows it
        Project q = com.cp1ki.engine.field.Fields.with(p, com.cp1ki.engine.field.FieldPath.parse(
                "stacks[GPT-4o].levers.compression.ratio"), 0.5);
        Selection again = s.source().in(q, CostEngine.report(q));
        assertEquals("Prompt compression 50%", again.heading());
    }

    @Test
    void aStackWithoutLeversSaysWhereToSetThem() throws Exception {
        Project seed = ProjectFiles.load(Path.of("sample-projects/summariser-seed.cp1ki"));
        LeversChart c = shown(seed, CostEngine.report(seed), ChartOptions.DEFAULT, LeversChart.CP1KI);
        assertTrue(c.isEmpty());
        assertTrue(c.placeholderText().contains("Optimisation levers"), c.placeholderText());
    }

    @Test
    void theWaterfallExportsAndRenderPlansOnePerLeveredResult(@TempDir Path dir) throws Exception {
        Project p = sample();
        Report r = CostEngine.report(p);
        Path png = dir.resolve("levers.png");
        ChartOptions o = ChartOptions.DEFAULT.withWorkload("support_chat").withStack("Llama 3 70B on g5.xlarge");
        Fx.run(() -> {
            try {
                ChartExport.png(ChartKind.LEVERS, p, r, o, png, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 10_000);
        long levered = r.results().stream().filter(x -> x.levers().any()).count();
        assertEquals(levered, RenderPlan.of(p, r).items().stream().filter(i -> i.kind() == ChartKind.LEVERS).count());
        String shots = System.getProperty("cp1ki.screenshots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.copy(png, Path.of(shots, "levers-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
