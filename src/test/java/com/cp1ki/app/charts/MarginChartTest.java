package com.cp1ki.app.charts;

import com.cp1ki.engine.report.PlanResult;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarginChartTest {

    private static MarginChart shown() {
        return Fx.call(() -> {
            MarginChart a = new MarginChart();
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            return a;
        });
    }

    @Test
    void theMarginCurveIsThePlansCurve() {
        MarginChart c = shown();
        PlanResult p = SeedReport.report().plans().get(0);
        XYChart.Series<Number, Number> m = c.chart().getData().get(0);
        assertEquals(p.curve().size(), m.getData().size());
        assertEquals(p.curve().get(3).margin(), m.getData().get(3).getYValue().doubleValue(), 1e-12);
        assertEquals("marginChart", c.chart().getId());
    }

    @Test
    void theUsageDistributionIsDrawnBelowOnTheSameUsageAxis() {
        MarginChart c = shown();
        PlanResult p = SeedReport.report().plans().get(0);
        XYChart.Series<Number, Number> d = c.densityChart().getData().get(0);
        assertEquals(p.curve().get(5).density() * 1000 * 100, d.getData().get(5).getYValue().doubleValue(), 1e-12);
        javafx.scene.chart.NumberAxis top = (javafx.scene.chart.NumberAxis) c.chart().getXAxis();
        javafx.scene.chart.NumberAxis bottom = (javafx.scene.chart.NumberAxis) c.densityChart().getXAxis();
        assertEquals(top.getUpperBound(), bottom.getUpperBound());
    }

    @Test
    void inAnExportTheAxisTitleClearsTheLongTickLabelsAndBothPlotsStartAtTheSameX() throws Exception {
        var p = com.cp1ki.io.project.ProjectFiles.loadBundledSampleDocument(com.cp1ki.io.project.Samples.PLANS).project();
        var r = com.cp1ki.engine.CostEngine.report(p);
        Fx.run(() -> {
            var root = com.cp1ki.app.charts.export.ChartExport.exportNode(ChartKind.MARGIN, p, r,
                    ChartOptions.DEFAULT.withPlan("Pro (unlimited)"));
            MarginChart a = (MarginChart) root.getProperties().get(com.cp1ki.app.charts.export.ChartExport.ADAPTER);
            javafx.scene.chart.Axis<?> y = a.chart().getYAxis();
            javafx.scene.chart.Axis<?> dy = a.densityChart().getYAxis();
            assertEquals(y.localToScene(y.getLayoutBounds()).getMaxX(), dy.localToScene(dy.getLayoutBounds()).getMaxX(), 0.5,
                    "the plots line up");
            javafx.scene.Node title = y.lookup(".axis-label");
            var titleBox = title.localToScene(title.getBoundsInLocal());
            java.util.List<javafx.scene.text.Text> labels = y.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.text.Text && n.isVisible() && n != title)
                    .map(n -> (javafx.scene.text.Text) n).toList();
            assertTrue(labels.stream().anyMatch(t -> t.getText().equals("-₹2.5k")), labels.toString()); // money ticks carry the currency
            for (javafx.scene.text.Text t : labels) {
                var box = t.localToScene(t.getBoundsInLocal());
                assertTrue(box.getMinX() >= titleBox.getMaxX(), "'" + t.getText() + "' starts right of the axis title");
            }
        });
    }

    @Test
    void breakEvenAndThePowerUserAreMarkedAndWrittenOut() {
        MarginChart c = shown();
        List<Annotations.Point<Number>> pts = c.chart().marks().points();
        Annotations.Point<Number> be = pts.stream().filter(x -> x.styleClass().equals("break-even")).findFirst().orElseThrow();
        assertEquals(3.60 / 0.00304, be.x().doubleValue(), 1e-9);
        assertEquals("break-even: 1,184 inferences", be.label());
        Annotations.Point<Number> pu = pts.stream().filter(x -> x.styleClass().equals("power-user")).findFirst().orElseThrow();
        assertEquals(12_000, pu.x().doubleValue());
        // -M(x_p) / M(median) = (12,000 x 0.00304 - 3.60) / 0.56 = 58.7
        assertEquals("1 power user at 12,000 inferences wipes out the margin of 59 median users", pu.label());
    }

    @Test
    void clickingAMarkShowsThePlansExplanations() {
        Selection[] got = new Selection[1];
        MarginChart c = shown();
        Fx.run(() -> {
            c.setOnSelect(s -> got[0] = s);
            c.chart().marks().points().get(0).onClick().run();
        });
        assertEquals("Margins of plan Pro", got[0].title());
        assertEquals("margin at median", got[0].explanations().get(0).quantity());
        assertTrue(got[0].facts().stream().anyMatch(f -> f.contains("wipes out")));
    }

    @Test
    void aProjectWithoutPlansShowsASentence() {
        MarginChart c = Fx.call(() -> {
            MarginChart a = new MarginChart();
            var r = SeedReport.report();
            a.show(SeedReport.project(), new com.cp1ki.engine.report.Report(r.results(), r.crossovers(), List.of(),
                    r.curves(), r.warnings()), ChartOptions.DEFAULT);
            return a;
        });
        assertTrue(c.isEmpty());
        assertTrue(c.placeholderText().startsWith("No plans yet"));
    }

    @Test
    void screenshotOfTheSeed() {
        Fx.run(() -> {
            MarginChart a = new MarginChart();
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 1000, 650);
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            root.layout();
            Fx.screenshot(root, "chart-margin");
        });
    }
}
