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
        assertTrue(c.caption().getText().contains("API prices -90%/year (10x a year, a16z 2024-11-12)"),
                c.caption().getText());
        assertEquals("Month (1 = this month)", c.chart().getXAxis().getLabel(), "short: whole at 1280 x 720");
        assertNull(c.chart().getTitle(), "no range on a forecast rate, no fan");
        assertTrue(c.chart().marks().areas().isEmpty());
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

    static Project ranges() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        return p.withUncertainty(p.uncertainty().withDraws(300));
    }

    @Test
    void theFanIsAShadedBandPerStackWithItsStampInTheTitleTableAndExplanation() throws Exception {
        Project p = ranges();
        Report point = CostEngine.report(p);
        Report r = com.cp1ki.engine.forecast.ForecastEngine.withFan(p, point);
        ForecastReport f = r.forecast();
        ForecastChart c = shown(p, r, ChartOptions.DEFAULT);
        int stacks = c.chart().getData().size();
        assertEquals(stacks, c.chart().marks().areas().size(), "one band per line");
        var band = c.chart().marks().areas().get(0);
        ForecastReport.ResultMonth m12 = f.results().get(0).months().get(11);
        assertEquals(m12.monthlyBand().p10(), band.low().get(11), 1e-9);
        assertEquals(m12.monthlyBand().p90(), band.high().get(11), 1e-9);
        assertEquals("Shaded: P10-P90 under the ranged forecast rates only (growth, API prices), n = 300, seed = 42",
                c.chart().getTitle());
        double top = ((javafx.scene.chart.NumberAxis) c.chart().getYAxis()).getUpperBound();
        for (var a : c.chart().marks().areas()) {
            assertTrue(a.high().stream().allMatch(v -> v <= top), "every band fits the axis");
        }
        assertEquals(List.of("Workload", "Stack", "Month", "Inferences/day", "CP1Ki (USD)", "Monthly cost (USD/month)",
                "Cheapest", "CP1Ki P10 (USD)", "CP1Ki P90 (USD)", "Monthly cost P10 (USD/month)",
                "Monthly cost P90 (USD/month)"), c.table().headers());
        assertEquals(m12.monthlyBand().p90(), Double.parseDouble(c.table().rows().get(11).get(10)), 1e-6 * m12.monthlyBand().p90());
        Selection s = ForecastChart.month(p, r, f.results().get(0).workload(), f.results().get(0).stack(), 12);
        assertTrue(s.facts().stream().anyMatch(x -> x.startsWith("Monthly cost P10 to P90: $")), s.facts().toString());
        assertTrue(s.facts().stream().anyMatch(x -> x.contains("n = 300, seed = 42")), s.facts().toString());

        ForecastChart pending = shown(p, point, ChartOptions.DEFAULT);
        assertTrue(pending.chart().getTitle().startsWith("Drawing the P10-P90 band"), pending.chart().getTitle());
        assertTrue(pending.chart().marks().areas().isEmpty(), "no band before it is drawn");
    }

    @Test
    void aFanThatCannotBeDrawnSaysWhyAndTheLinesStay() throws Exception {
        Project p = ranges();
        p = p.withForecast(p.forecast().withMonths(60)).withUncertainty(p.uncertainty().withRange(
                "forecast.volumeGrowthPerMonth", com.cp1ki.engine.model.Range.uniform(0.2, 0.9)));
        Report r = com.cp1ki.engine.forecast.ForecastEngine.withFan(p, CostEngine.report(p));
        ForecastChart c = shown(p, r, ChartOptions.DEFAULT);
        assertTrue(c.chart().getTitle().startsWith("No P10-P90 band. The fan cannot be drawn")
                && c.chart().getTitle().contains("forecast.volumeGrowthPerMonth"), c.chart().getTitle());
        assertTrue(c.chart().marks().areas().isEmpty());
        assertTrue(c.chart().getData().size() > 0, "the point forecast is drawn");
    }
}
