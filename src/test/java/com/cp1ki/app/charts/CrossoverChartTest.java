package com.cp1ki.app.charts;

import javafx.scene.chart.XYChart;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CrossoverChartTest {

    private static CrossoverChart shown(ChartOptions o) {
        return Fx.call(() -> {
            CrossoverChart a = new CrossoverChart();
            a.show(SeedReport.project(), SeedReport.report(), o);
            return a;
        });
    }

    @Test
    void everyEnabledStacksCurveIsASeriesOnLogAxes() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        assertEquals(List.of(SeedReport.HAIKU, SeedReport.GPT, SeedReport.LLAMA),
                c.chart().getData().stream().map(XYChart.Series::getName).toList());
        assertInstanceOf(LogarithmicAxis.class, c.chart().getXAxis());
        assertInstanceOf(LogarithmicAxis.class, c.chart().getYAxis());
        assertEquals("crossoverChart", c.chart().getId());
    }

    @Test
    void theSeriesAreTheEnginesCurvePointsNotSamplesOfItsOwn() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        XYChart.Series<Number, Number> llama = c.chart().getData().get(2);
        List<double[]> expected = SeedReport.report().curves().get(2).points(CrossoverChart.PER_DECADE);
        assertEquals(expected.size(), llama.getData().size());
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i)[0], llama.getData().get(i).getXValue().doubleValue(), 1e-9);
            assertEquals(expected.get(i)[1], llama.getData().get(i).getYValue().doubleValue(), 1e-9);
        }
    }

    @Test
    void theCrossingIsMarkedAtTheReportsVolumeAndLabelled() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        List<Annotations.Point<Number>> crossings = c.chart().marks().points().stream()
                .filter(p -> p.styleClass().equals("crossover-point")).toList();
        assertEquals(1, crossings.size());
        assertEquals(SeedReport.HAIKU_LLAMA_CROSSING, crossings.get(0).x().doubleValue(), 1e-9);
        assertEquals(476.28, crossings.get(0).y(), 1e-9);
        assertEquals("Claude Haiku 3.5 = Llama 3 70B at 5.22k/day, $476/mo", crossings.get(0).label());
    }

    @Test
    void manyCrossingsAreAllMarkedButOnlyTheStableAndNearestAreLabelled() {
        com.cp1ki.engine.report.Report seed = SeedReport.report();
        List<com.cp1ki.engine.report.Crossover> many = new java.util.ArrayList<>(seed.crossovers());
        List<com.cp1ki.engine.report.Crossover.Crossing> steps = new java.util.ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            double v = 2e4 * k;
            steps.add(new com.cp1ki.engine.report.Crossover.Crossing(v, true, 100 + k, 90 + k));
        }
        many.add(new com.cp1ki.engine.report.Crossover(SeedReport.WORKLOAD, SeedReport.GPT, SeedReport.LLAMA, true,
                steps.stream().map(com.cp1ki.engine.report.Crossover.Crossing::volume).toList(), null,
                SeedReport.LLAMA, SeedReport.GPT, steps));
        com.cp1ki.engine.report.Report r = new com.cp1ki.engine.report.Report(seed.results(), many, seed.plans(),
                seed.curves(), seed.warnings());
        CrossoverChart c = Fx.call(() -> {
            CrossoverChart a = new CrossoverChart();
            a.show(SeedReport.project(), r, ChartOptions.DEFAULT);
            return a;
        });
        List<Annotations.Point<Number>> crossings = c.chart().marks().points().stream()
                .filter(p -> p.styleClass().equals("crossover-point")).toList();
        assertEquals(11, crossings.size());
        assertEquals(CrossoverChart.MAX_LABELS, crossings.stream().filter(p -> p.label() != null).count());
        assertTrue(crossings.get(0).label().startsWith("Claude Haiku 3.5 = Llama 3 70B"), "the stable crossing comes first");
        assertTrue(crossings.stream().allMatch(p -> p.tooltip() != null));
    }

    @Test
    void theCurrentVolumeIsAVerticalLine() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        assertEquals(1, c.chart().marks().vlines().size());
        assertEquals(10_000, c.chart().marks().vlines().get(0).x().doubleValue(), 1e-9);
        assertEquals("now: 10k/day", c.chart().marks().vlines().get(0).label());
    }

    @Test
    void theOpsToggleSwitchesToTheCurvesWithoutOps() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        Fx.run(() -> {
            ToggleButton t = (ToggleButton) c.view().lookup("#crossoverWithOps");
            assertTrue(t.isSelected());
            t.setSelected(false);
        });
        assertFalse(c.options().withOps());
        assertEquals("document_summariser, without ops", c.subject());
        assertTrue(c.table().rows().stream().allMatch(r -> r.get(5).equals("false")));
    }

    @Test
    void screenshotOfTheSeed() {
        Fx.run(() -> {
            CrossoverChart a = new CrossoverChart();
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 1000, 600);
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            root.layout();
            Fx.screenshot(root, "chart-crossover");
        });
    }
}
