package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoiChartTest {

    private static RoiChart shown(Project p, Report r) {
        return Fx.call(() -> {
            RoiChart a = new RoiChart();
            a.show(p, r, ChartOptions.DEFAULT);
            return a;
        });
    }

    @Test
    void eachStackHasItsMeanAndP95RoiFromTheReport() {
        RoiChart c = shown(SeedReport.project(), SeedReport.report());
        assertEquals(List.of(RoiChart.MEAN, RoiChart.P95),
                c.chart().getData().stream().map(XYChart.Series::getName).toList());
        XYChart.Series<String, Number> mean = c.chart().getData().get(0);
        assertEquals(Cp1kiChart.category(SeedReport.HAIKU), mean.getData().get(0).getXValue());
        assertEquals(0.05 / 0.00304, mean.getData().get(0).getYValue().doubleValue(), 1e-9);
        XYChart.Series<String, Number> p95 = c.chart().getData().get(1);
        assertEquals(0.05 / 0.0035, p95.getData().get(0).getYValue().doubleValue(), 1e-9);
        assertInstanceOf(LogarithmicAxis.class, c.chart().getYAxis());
    }

    @Test
    void theFourBandsOfTheCostModelLieBehindThePoints() {
        RoiChart c = shown(SeedReport.project(), SeedReport.report());
        List<Annotations.Band> bands = c.chart().marks().bands();
        assertEquals(List.of("roi-unsustainable", "roi-marginal", "roi-good", "roi-excellent"),
                bands.stream().map(Annotations.Band::styleClass).toList());
        assertEquals(1, bands.get(0).to());
        assertEquals(3, bands.get(1).to());
        assertEquals(10, bands.get(2).to());
        assertEquals(10, bands.get(3).from());
    }

    @Test
    void itsTableNamesTheBands() {
        RoiChart c = shown(SeedReport.project(), SeedReport.report());
        assertEquals("excellent", c.table().rows().get(0).get(3));
        assertEquals("good", c.table().rows().get(1).get(3));
        assertTrue(c.table().headers().get(2).contains("(x)"));
    }

    @Test
    void itsTableHasTheCostToValueAndTheNetValueBesideTheRoi() {
        Report report = SeedReport.report();
        RoiChart c = shown(SeedReport.project(), report);
        List<String> h = c.table().headers();
        var first = report.results().get(0);
        List<String> row = c.table().rows().get(0);
        assertEquals(ChartFormat.plain(first.valuePerInference()), row.get(h.indexOf("Value per inference (USD)")));
        assertEquals(ChartFormat.plain(first.costToValue()), row.get(h.indexOf("Cost-to-value at mean cost")));
        assertEquals(ChartFormat.plain(first.costToValueP95()), row.get(h.indexOf("Cost-to-value at p95 cost")));
        assertEquals(ChartFormat.plain(first.netValuePerInference()), row.get(h.indexOf("Net value per inference (USD)")));
        assertEquals(ChartFormat.plain(first.netValueP95()), row.get(h.indexOf("Net value at p95 cost (USD)")));
        assertEquals(0.05 - 0.00304, first.netValuePerInference(), 1e-12);
    }

    @Test
    void withoutAValuePerInferenceTheChartSaysHowToGetOne() {
        Workload noValue = new Workload(SeedReport.WORKLOAD, 10_000, new TypedMeans(1800, 400), null, 1);
        Project p = SeedReport.project().withWorkloads(List.of(noValue));
        Report r = SeedReport.report();
        List<StackResult> stripped = r.results().stream().map(x -> new StackResult(x.workload(), x.stack(), x.kind(),
                x.costPerInference(), x.cp1ki(), x.dailyCost(), x.monthlyCost(), x.monthlyInferences(), x.monthly(),
                x.instances(), x.utilisation(), null, null, null, null, x.cost(), x.p95OverP50(), x.tailShare(),
                x.input(), x.output(), x.explanations())).toList();
        RoiChart c = shown(p, new Report(stripped, r.crossovers(), r.plans(), r.curves(), r.warnings()));
        assertTrue(c.isEmpty());
        assertTrue(c.placeholderText().contains("value per inference"), c.placeholderText());
    }

    @Test
    void screenshotOfTheSeed() {
        Fx.run(() -> {
            RoiChart a = new RoiChart();
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 1000, 600);
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            root.layout();
            Fx.screenshot(root, "chart-roi");
        });
    }

    /** The ROI chart's stack axis follows an added stack too (issue 8 item 3). */
    @Test
    void theStackAxisNamesEveryPointAfterAStackIsAdded() {
        com.cp1ki.engine.model.Project seed = com.cp1ki.io.project.Samples.seed();
        com.cp1ki.engine.model.Project added = com.cp1ki.app.session.NewItems.stack(seed, "g5.xlarge",
                seed.stacks().get(seed.stacks().size() - 1).serving());
        List<List<String>> seen = new java.util.ArrayList<>();
        Fx.run(() -> {
            RoiChart a = new RoiChart();
            javafx.scene.layout.StackPane root = new javafx.scene.layout.StackPane(a.view());
            Fx.stage(root, 1100, 600);
            for (com.cp1ki.engine.model.Project p : List.of(seed, added)) {
                a.show(p, com.cp1ki.engine.CostEngine.report(p), ChartOptions.DEFAULT);
                root.applyCss();
                root.layout();
                seen.add(a.chart().getData().get(0).getData().stream().map(javafx.scene.chart.XYChart.Data::getXValue).toList());
                seen.add(TickLabels.hidden(a.chart().getXAxis()));
            }
        });
        assertEquals(List.of(), seen.get(1), "seed: every stack named");
        assertEquals(5, seen.get(2).size());
        assertEquals(List.of(), seen.get(3), "stack added: every stack named");
    }
}
