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

    /** The secondary view: every stack's curve and the crossings. */
    private static final ChartOptions ALL = ChartOptions.DEFAULT.withAllCurves(true);

    private static CrossoverChart shown(ChartOptions o) {
        return Fx.call(() -> {
            CrossoverChart a = new CrossoverChart();
            a.show(SeedReport.project(), SeedReport.report(), o);
            return a;
        });
    }

    @Test
    void everyEnabledStacksCurveIsASeriesOnLogAxes() {
        CrossoverChart c = shown(ALL);
        assertEquals(List.of(SeedReport.HAIKU, SeedReport.GPT, SeedReport.LLAMA),
                c.chart().getData().stream().map(XYChart.Series::getName).toList());
        assertInstanceOf(LogarithmicAxis.class, c.chart().getXAxis());
        assertInstanceOf(LogarithmicAxis.class, c.chart().getYAxis());
        assertEquals("crossoverChart", c.chart().getId());
    }

    @Test
    void theSeriesAreTheEnginesCurvePointsNotSamplesOfItsOwn() {
        CrossoverChart c = shown(ALL);
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
        CrossoverChart c = shown(ALL);
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
            a.show(SeedReport.project(), r, ALL);
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
    void itLeadsWithTheCheapestStackInEachBandOfVolumeNamedAndBounded() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        List<Annotations.Column<Number>> bands = c.chart().marks().columns();
        assertEquals(2, bands.size());
        assertEquals(SeedReport.HAIKU, bands.get(0).label());
        assertEquals(100, bands.get(0).from().doubleValue());
        assertEquals(SeedReport.HAIKU_LLAMA_CROSSING, bands.get(0).to().doubleValue(), 1e-9);
        assertEquals(SeedReport.LLAMA, bands.get(1).label());
        assertEquals(1e8, bands.get(1).to().doubleValue());
        assertTrue(bands.get(0).styleClass().contains("series-0") && bands.get(1).styleClass().contains("series-2"),
                "each band in its stack's colour, as in the all-stacks view");
        List<Annotations.VLine<Number>> edges = c.chart().marks().vlines().stream().filter(Annotations.VLine::labelAtBottom)
                .toList();
        assertEquals(1, edges.size());
        assertEquals("5,222/day", edges.get(0).label());
        assertFalse(c.chart().isLegendVisible(), "the bands are named where they are");
    }

    @Test
    void theCheapestLineIsEachBandsStackOwnCurveAndTheCostAxisFitsIt() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        assertEquals(1, c.chart().getData().size());
        XYChart.Series<Number, Number> line = c.chart().getData().get(0);
        var curves = SeedReport.report().curves();
        for (XYChart.Data<Number, Number> d : line.getData()) {
            double v = d.getXValue().doubleValue();
            var owner = curves.get(v <= SeedReport.HAIKU_LLAMA_CROSSING ? 0 : 2);
            double cost = d.getYValue().doubleValue();
            assertTrue(owner.segments().stream().anyMatch(g -> v >= g.fromVolume() && v <= g.toVolume()
                    && Math.abs(g.costAt(v) - cost) <= 1e-9 * cost), owner.stack() + " at " + v + " is not " + cost);
        }
        assertEquals(100, line.getData().get(0).getXValue().doubleValue());
        assertEquals(1e8, line.getData().get(line.getData().size() - 1).getXValue().doubleValue());
        // Haiku's $9.12 at 100/day to Llama's 12 + 464.28 / 200,000 x 10^8 = $232,152 at 10^8/day, a fifth beyond
        LogarithmicAxis y = (LogarithmicAxis) c.chart().getYAxis();
        assertEquals(9.12 / 1.2, y.getLowerBound(), 1e-9);
        assertEquals((12 + 464.28 / 2e5 * 1e8) * 1.2, y.getUpperBound(), 1e-6);
    }

    @Test
    void theCurrentVolumeIsMarkedOnTheCheapestStack() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        assertEquals(List.of("now: 10k/day"), c.chart().marks().vlines().stream().filter(l -> !l.labelAtBottom())
                .map(Annotations.VLine::label).toList());
        List<Annotations.Point<Number>> now = c.chart().marks().points();
        assertEquals(1, now.size());
        assertEquals(476.28, now.get(0).y(), 1e-9);
        assertEquals("$476/mo", now.get(0).label());
        assertTrue(now.get(0).tooltip().startsWith(SeedReport.LLAMA + " is the cheapest at 10,000 inferences/day"));
    }

    @Test
    void theViewToggleShowsEveryStacksCurveAsTheSecondaryView() {
        CrossoverChart c = shown(ChartOptions.DEFAULT);
        Fx.run(() -> ((ToggleButton) c.view().lookup("#crossoverAllStacks")).setSelected(true));
        assertTrue(c.options().allCurves());
        assertEquals(3, c.chart().getData().size());
        assertTrue(c.chart().isLegendVisible());
        assertEquals(List.of(), c.chart().marks().columns());
        Fx.run(() -> ((ToggleButton) c.view().lookup("#crossoverCheapest")).setSelected(true));
        assertFalse(c.options().allCurves());
        assertEquals(2, c.chart().marks().columns().size());
        Fx.run(() -> ((ToggleButton) c.view().lookup("#crossoverCheapest")).setSelected(false));
        assertFalse(c.options().allCurves(), "a view is always shown");
    }

    @Test
    void theAllStacksViewsCostAxisFitsEveryCurveInTheVolumeRange() {
        CrossoverChart c = shown(ALL);
        LogarithmicAxis y = (LogarithmicAxis) c.chart().getYAxis();
        // Haiku's $9.12 at 100/day to GPT-4o's 0.255 x 10^8 = $25.5M at 10^8/day
        assertEquals(9.12 / 1.2, y.getLowerBound(), 1e-9);
        assertEquals(0.255e8 * 1.2, y.getUpperBound(), 1e-3);
    }

    @Test
    void theCurrentVolumeIsAVerticalLine() {
        CrossoverChart c = shown(ALL);
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
