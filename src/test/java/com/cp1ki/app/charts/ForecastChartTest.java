package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.RenderPlan;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forecast chart draws the report's forecast: each stack's monthly cost by month, the cheapest's changes. */
class ForecastChartTest {

    static Project portfolio() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki"));
    }

    private static ForecastChart shown(Project p, Report r, ChartOptions o) {
        return Fx.call(() -> {
            ForecastChart c = new ForecastChart();
            c.show(p, r, o);
            return c;
        });
    }

    @Test
    void eachLineIsAStacksMonthlyCostByMonthAndTheCheapestChangeIsMarked() throws Exception {
        Project p = portfolio();
        Report r = CostEngine.report(p);
        ForecastChart c = shown(p, r, ChartOptions.DEFAULT.withWorkload("chat"));
        ForecastReport f = r.forecast();
        assertEquals(3, c.chart().getData().size());
        XYChart.Series<Number, Number> haiku = c.chart().getData().get(0);
        assertEquals("Claude Haiku 3.5", haiku.getName());
        assertEquals(36, haiku.getData().size());
        assertEquals(f.result("chat", "Claude Haiku 3.5").months().get(20).monthlyCost(),
                haiku.getData().get(20).getYValue().doubleValue(), 0);
        assertEquals(21, haiku.getData().get(20).getXValue().intValue());
        assertTrue(c.chart().marks().vlines().stream().anyMatch(v -> v.x().intValue() == 2
                && v.label().equals("Claude Haiku 3.5 cheapest from month 2")), "the change is marked");
        assertTrue(c.chart().getXAxis().getLabel().contains("API prices -90%/year (10x a year, a16z 2024-11-12)"),
                c.chart().getXAxis().getLabel());
        assertEquals(List.of("Workload", "Stack", "Month", "Inferences/day", "CP1Ki (USD)", "Monthly cost (USD/month)",
                "Cheapest"), c.table().headers());
        assertEquals(3 * 36, c.table().rows().size());
        assertEquals(3, c.chart().marks().points().size(), "one point per stack at the last month");
    }

    @Test
    void aClickedPointIsExplainedFromTheForecastAndFoundAgainInANewReport() throws Exception {
        Project p = portfolio();
        Report r = CostEngine.report(p);
        Selection s = ForecastChart.month(p, r, "chat", "GPT-4o", 36);
        assertNotNull(s);
        assertEquals("GPT-4o in month 36 serving chat", s.title());
        assertTrue(s.facts().get(0).startsWith("Monthly cost: $"), s.facts().toString());
        Project shorter = p.withForecast(p.forecast().withMonths(24));
        assertNull(ForecastChart.month(shorter, CostEngine.report(shorter), "chat", "GPT-4o", 36),
                "month 36 is gone from a 24-month forecast");
    }

    @Test
    void aForecastThatCannotBeComputedSaysWhyNamingTheField() throws Exception {
        Project p = portfolio().withForecast(new Forecast(60, 1.0, 0, 0, 0, List.of()));
        ForecastChart c = shown(p, CostEngine.report(p), ChartOptions.DEFAULT);
        assertTrue(c.isEmpty());
        assertTrue(c.placeholderText().contains("volume growth"), c.placeholderText());
    }

    @Test
    void renderPicksUpAMovingForecastPerWorkloadAndSkipsAFlatOne(@TempDir Path dir) throws Exception {
        Project p = portfolio();
        Report r = CostEngine.report(p);
        RenderPlan plan = RenderPlan.of(p, r);
        assertEquals(5, plan.items().stream().filter(i -> i.kind() == ChartKind.FORECAST).count());
        Project seed = ProjectFiles.load(Path.of("sample-projects/summariser-seed.cp1ki"));
        RenderPlan flat = RenderPlan.of(seed, CostEngine.report(seed));
        assertTrue(flat.skipped().stream().anyMatch(s -> s.stem().contains("forecast")
                && s.why().contains("nothing grows or falls")));
        ForecastChart shownFlat = shown(seed, CostEngine.report(seed), ChartOptions.DEFAULT);
        assertTrue(shownFlat.isEmpty(), "the workbench says what the export says: nothing to draw");
        assertTrue(shownFlat.placeholderText().contains("Nothing grows or falls"), shownFlat.placeholderText());
        Path png = dir.resolve("forecast.png");
        Fx.run(() -> {
            try {
                ChartExport.png(ChartKind.FORECAST, p, r, ChartOptions.DEFAULT.withWorkload("chat"), png, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(png) > 10_000);
        String shots = System.getProperty("cp1ki.screenshots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.copy(png, Path.of(shots, "forecast-export.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
