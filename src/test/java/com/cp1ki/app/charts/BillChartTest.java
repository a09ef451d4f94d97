package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Bill chart draws the engine's portfolio: segments per feature, unused reserved capacity, totals. */
class BillChartTest {

    static final String FLEET = "Llama 3.1 8B on g5.xlarge (shared)";

    static Project sample() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki"));
    }

    static double value(BillChart c, String series, int stack) {
        return c.chart().getData().stream().filter(s -> s.getName().equals(series)).findFirst().orElseThrow()
                .getData().get(stack).getYValue().doubleValue();
    }

    @Test
    void eachSegmentIsAFeaturesAllocatedCostAndTheCsvHoldsExactlyThat() throws Exception {
        Project p = sample();
        Report r = CostEngine.report(p);
        BillChart c = Fx.call(() -> {
            BillChart a = new BillChart();
            a.show(p, r, ChartOptions.DEFAULT);
            return a;
        });
        var chat = r.portfolio().feature("chat").orElseThrow();
        assertEquals(chat.stacks().get(0).monthly().total(), value(c, "chat", 0), 1e-9);
        assertEquals(0, value(c, "chat", 2), 0, "chat is not on the fleet");
        assertEquals(5, c.chart().getData().size(), "no idle reserved capacity: no segment for it");
        assertEquals(List.of("Stack", "Feature", "Routing share", "Monthly cost (USD)"), c.table().headers());
        double sum = c.table().rows().stream().mapToDouble(row -> Double.parseDouble(row.get(3))).sum();
        assertEquals(r.portfolio().total(), sum, 1e-9 * sum);
    }

    @Test
    void idleReservedInstancesAreASegmentOfTheirOwnInTheDisplayCurrency(@TempDir Path dir) throws Exception {
        Project base = sample();
        SelfHostedGpu g = (SelfHostedGpu) base.stack(FLEET).orElseThrow().serving();
        SelfHostedGpu three = new SelfHostedGpu(g.instanceType(), 1, g.onDemandRate(), g.reserved1yRate(), 0, 0, 0, 0,
                RateKind.RESERVED_1Y, g.outputTokensPerSecond(), 0, g.utilisationCeiling(), 1, 3, RateKind.RESERVED_1Y, null);
        Project p = com.cp1ki.app.session.ProjectEdits.replaceStack(base, FLEET, s -> s.withServing(three))
                .withSettings(new com.cp1ki.engine.model.Settings("EUR", 0.9, "2026-11-01", "ECB", 730, 30, 1e2, 1e8));
        Report r = CostEngine.report(p);
        BillChart c = Fx.call(() -> {
            BillChart a = new BillChart();
            a.show(p, r, ChartOptions.DEFAULT);
            return a;
        });
        assertEquals(BillChart.UNUSED, c.chart().getData().get(5).getName());
        assertEquals(0.9 * 2 * 0.636 * 730, value(c, BillChart.UNUSED, 2), 1e-9);
        assertEquals("Monthly cost (EUR)", c.chart().getYAxis().getLabel());
        Path png = dir.resolve("bill.png");
        Fx.run(() -> {
            try {
                ChartExport.png(ChartKind.BILL, p, r, ChartOptions.DEFAULT, png, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(java.nio.file.Files.size(png) > 10_000);
        String shots = System.getProperty("cp1ki.screenshots");
        if (shots != null) {
            java.nio.file.Files.createDirectories(Path.of(shots));
            java.nio.file.Files.copy(png, Path.of(shots, "bill-export-unused-reserved.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
