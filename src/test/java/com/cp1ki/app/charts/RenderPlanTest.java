package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderPlanTest {

    @Test
    void theSeedGetsEveryChartWithReadableFileNames() {
        List<String> names = RenderPlan.of(SeedReport.project(), SeedReport.report()).items().stream()
                .map(RenderPlan.Item::fileName).toList();
        assertEquals(List.of("cp1ki-document-summariser.png", "crossover-document-summariser.png",
                "roi-document-summariser.png", "margin-pro.png"), names);
    }

    @Test
    void chartsWithoutInformationAreSkippedAndSaySo() {
        // typed means: every request costs the same, so each cost distribution is one spike;
        // no stack has ops, so the crossover without ops is the one with; nothing grows or falls, so the
        // forecast is the report every month; nothing is routed, so no bill
        List<RenderPlan.Skipped> skipped = RenderPlan.of(SeedReport.project(), SeedReport.report()).skipped();
        assertEquals(List.of("crossover-document-summariser-without-ops", "forecast-document-summariser", "bill",
                "cost-distribution-document-summariser-claude-haiku-3-5",
                "cost-distribution-document-summariser-gpt-4o",
                "cost-distribution-document-summariser-llama-3-70b"),
                skipped.stream().map(RenderPlan.Skipped::stem).toList());
        assertTrue(skipped.get(3).why().contains("every request of document_summariser costs the same on Claude Haiku"
                + " 3.5 (typed token means), so its cost distribution would be a single spike"), skipped.get(3).why());
        assertTrue(skipped.get(0).why().contains("no stack serving document_summariser has ops overhead"));
    }

    @Test
    void aWorkloadFromALogKeepsItsCostDistributions() throws Exception {
        Project azure = ProjectFiles.load(Path.of("sample-projects/azure-llm-traces.cp1ki"));
        RenderPlan plan = RenderPlan.of(azure, CostEngine.report(azure));
        long distributions = plan.items().stream().filter(i -> i.kind() == ChartKind.COST_DISTRIBUTION).count();
        assertTrue(distributions > 0, plan.toString());
        assertTrue(plan.skipped().stream().noneMatch(s -> s.stem().startsWith("cost-distribution")), plan.toString());
    }

    @Test
    void chartsWithNothingToDrawAreLeftOut() {
        Report seed = SeedReport.report();
        Report noPlans = new Report(seed.results(), seed.crossovers(), List.of(), seed.curves(), seed.warnings());
        assertTrue(RenderPlan.of(SeedReport.project(), noPlans).items().stream().noneMatch(i -> i.kind() == ChartKind.MARGIN));
    }

    @Test
    void theCrossoverIsWrittenWithAndWithoutOpsWhenAStackHasOps() {
        Project seed = Samples.seed();
        List<RenderPlan.Item> crossovers = RenderPlan.of(seed, CostEngine.report(seed)).items().stream()
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
        assertEquals(1920, size[0]);
        assertEquals(1080, size[1]);
    }

    @Test
    void theBillIsRenderedOnlyWhenSomethingIsRouted() throws Exception {
        RenderPlan seed = RenderPlan.of(SeedReport.project(), SeedReport.report());
        assertTrue(seed.items().stream().noneMatch(i -> i.kind() == ChartKind.BILL));
        assertTrue(seed.skipped().stream().anyMatch(k -> k.stem().equals("bill") && k.why().contains("no workload is routed")));
        var portfolio = com.cp1ki.io.project.ProjectFiles.load(java.nio.file.Path.of("sample-projects/portfolio.cp1ki"));
        var items = RenderPlan.of(portfolio, com.cp1ki.engine.CostEngine.report(portfolio)).items();
        assertEquals(1, items.stream().filter(i -> i.kind() == ChartKind.BILL).count());
        assertTrue(items.stream().anyMatch(i -> i.fileName().equals("bill.png")));
    }
}
