package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.report.Report;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderPlanTest {

    @Test
    void theSeedGetsEveryChartWithReadableFileNames() {
        List<String> names = RenderPlan.of(SeedReport.project(), SeedReport.report()).stream()
                .map(RenderPlan.Item::fileName).toList();
        assertEquals(List.of("cp1ki-document-summariser.png", "crossover-document-summariser.png",
                "crossover-document-summariser-without-ops.png", "roi-document-summariser.png", "margin-pro.png",
                "cost-distribution-document-summariser-claude-haiku-3-5.png",
                "cost-distribution-document-summariser-gpt-4o.png",
                "cost-distribution-document-summariser-llama-3-70b.png"), names);
    }

    @Test
    void chartsWithNothingToDrawAreLeftOut() {
        Report seed = SeedReport.report();
        Report noPlans = new Report(seed.results(), seed.crossovers(), List.of(), seed.curves(), seed.warnings());
        assertTrue(RenderPlan.of(SeedReport.project(), noPlans).stream().noneMatch(i -> i.kind() == ChartKind.MARGIN));
    }

    @Test
    void theCrossoverIsWrittenWithAndWithoutOps() {
        List<RenderPlan.Item> crossovers = RenderPlan.of(SeedReport.project(), SeedReport.report()).stream()
                .filter(i -> i.kind() == ChartKind.CROSSOVER).toList();
        assertEquals(List.of(true, false), crossovers.stream().map(i -> i.options().withOps()).toList());
    }

    @Test
    void copyImagePutsThePictureOnTheClipboard() {
        double[] size = Fx.call(() -> {
            ChartExport.copyToClipboard(ChartKind.CP1KI, SeedReport.project(), SeedReport.report(),
                    ChartOptions.DEFAULT, 1);
            Clipboard c = Clipboard.getSystemClipboard();
            return c.hasImage() ? new double[]{c.getImage().getWidth(), c.getImage().getHeight()} : null;
        });
        assertEquals(1200, size[0]);
        assertEquals(700, size[1]);
    }

    @Test
    void theBillIsRenderedOnlyWhenSomethingIsRouted() throws Exception {
        assertTrue(RenderPlan.of(SeedReport.project(), SeedReport.report()).stream().noneMatch(i -> i.kind() == ChartKind.BILL));
        var portfolio = com.cp1ki.io.project.ProjectFiles.load(java.nio.file.Path.of("sample-projects/portfolio.cp1ki"));
        var items = RenderPlan.of(portfolio, com.cp1ki.engine.CostEngine.report(portfolio));
        assertEquals(1, items.stream().filter(i -> i.kind() == ChartKind.BILL).count());
        assertTrue(items.stream().anyMatch(i -> i.fileName().equals("bill.png")));
    }
}
