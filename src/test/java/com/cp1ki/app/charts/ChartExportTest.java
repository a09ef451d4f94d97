package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.Assumptions;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.Samples;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartExportTest {

    @Test
    void aPngAt2xIsTwiceTheFixedLogicalSizeOf16By9() throws Exception {
        Path f = Files.createTempDirectory("cp1ki-png").resolve("crossover.png");
        Fx.run(() -> {
            try {
                ChartExport.png(ChartKind.CROSSOVER, SeedReport.project(), SeedReport.report(), f, 2);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        BufferedImage img = ImageIO.read(f.toFile());
        assertEquals(3840, img.getWidth());
        assertEquals(2160, img.getHeight());
    }

    @Test
    void scalesOneAndThreeGiveTheirSizes() {
        WritableImage one = Fx.call(() -> ChartExport.image(ChartKind.ROI, SeedReport.project(), SeedReport.report(),
                ChartOptions.DEFAULT, 1));
        WritableImage three = Fx.call(() -> ChartExport.image(ChartKind.ROI, SeedReport.project(), SeedReport.report(),
                ChartOptions.DEFAULT, 3));
        assertEquals(1920, one.getWidth());
        assertEquals(1080, one.getHeight());
        assertEquals(5760, three.getWidth());
        assertEquals(3240, three.getHeight());
    }

    @Test
    void fourByThreeIsAnOption() {
        WritableImage img = Fx.call(() -> ChartExport.image(ChartKind.CP1KI, SeedReport.project(), SeedReport.report(),
                ChartOptions.DEFAULT, com.cp1ki.app.charts.export.Aspect.STANDARD, 2));
        assertEquals(2880, img.getWidth());
        assertEquals(2160, img.getHeight());
    }

    @Test
    void theExportCarriesATitleAndItsAssumptions() {
        Project seed = Samples.seed().withSettings(new com.cp1ki.engine.model.Settings("INR", 83, "2025", "seed 004",
                730, 30, 1e2, 1e8));
        Report r = CostEngine.report(seed);
        List<String> footer = Fx.call(() -> {
            VBox root = ChartExport.exportNode(ChartKind.CP1KI, seed, r, ChartOptions.DEFAULT);
            assertEquals("Cost per 1,000 inferences by stack: Document summariser",
                    ((Label) root.lookup("#exportTitle")).getText());
            return root.lookup("#exportFooter").lookupAll(".export-footer").stream()
                    .map(n -> ((Label) n).getText()).toList();
        });
        String all = String.join("\n", footer);
        assertTrue(all.contains("Document summariser: 10,000 inferences/day, 1,800 input and 400 output tokens per "
                + "inference (typed means)."), all);
        assertTrue(all.contains("Money in INR at 83 INR per USD on 2025"), all);
        assertTrue(all.contains("Claude Haiku 3.5 $0.8 in / $4 out per 1M tokens"), all);
        assertTrue(all.contains("Project Document summariser (seed 004)"), all);
    }

    @Test
    void pricesWithAnAsOfDateSayWhen() {
        String footer = String.join("\n", Assumptions.footer(ChartKind.CP1KI, SeedReport.project(), SeedReport.report(),
                ChartOptions.DEFAULT));
        assertTrue(footer.contains("Claude Haiku 3.5 $0.8 in / $4 out per 1M tokens (as of 2024-11-04, anthropic.com/pricing)"),
                footer);
        assertTrue(footer.contains("GPT-4o $2.5 in / $10 out per 1M tokens (typed, no as-of date)"), footer);
        assertTrue(footer.contains("Llama 3 70B on g5.xlarge at $0.636/h reserved 1-year"), footer);
    }

    @Test
    void theCsvIsTheSeriesTheChartShowsWithUnitsInTheHeader() {
        String csv = Fx.call(() -> ChartExport.csvText(ChartKind.CP1KI, SeedReport.project(), SeedReport.report(),
                ChartOptions.DEFAULT));
        List<String> lines = csv.lines().toList();
        assertEquals("Workload,Stack,Tokens (USD per 1,000 inferences),GPU (USD per 1,000 inferences),"
                .replace("Tokens (USD per 1,000 inferences)", "\"Tokens (USD per 1,000 inferences)\"")
                .replace("GPU (USD per 1,000 inferences)", "\"GPU (USD per 1,000 inferences)\""),
                lines.get(0).substring(0, lines.get(0).indexOf("\"Fixed")));
        assertEquals("document_summariser,Claude Haiku 3.5,3.04,0,0,0,0,3.04", lines.get(1));
        assertTrue(csv.contains("\r\n"));
    }

    @Test
    void theCrossoverCsvListsTheCrossingAndTheCurrentVolume() {
        // the cheapest-stack view lists where the cheapest stack changes
        String cheapest = Fx.call(() -> ChartExport.csvText(ChartKind.CROSSOVER, SeedReport.project(),
                SeedReport.report(), ChartOptions.DEFAULT));
        assertTrue(cheapest.contains("document_summariser,Claude Haiku 3.5 / Llama 3 70B,band boundary,"
                + com.cp1ki.app.charts.ChartFormat.plain(SeedReport.HAIKU_LLAMA_CROSSING) + ",476.28,true"), cheapest);
        assertTrue(cheapest.contains("document_summariser,Llama 3 70B,current volume,10000,476.28,true"), cheapest);
        // every stack's curves list the crossing
        String csv = Fx.call(() -> ChartExport.csvText(ChartKind.CROSSOVER, SeedReport.project(), SeedReport.report(),
                ChartOptions.DEFAULT.withAllCurves(true)));
        assertTrue(csv.contains("document_summariser,Claude Haiku 3.5 / Llama 3 70B,crossover,"
                + com.cp1ki.app.charts.ChartFormat.plain(SeedReport.HAIKU_LLAMA_CROSSING) + ",476.28,true"), csv);
        assertTrue(csv.contains("document_summariser,Llama 3 70B,current volume,10000,476.28,true"), csv);
    }

    @Test
    void screenshotsOfEveryExport() {
        Project seed = Samples.seed();
        Report r = CostEngine.report(seed);
        String dir = System.getProperty("cp1ki.screenshots");
        if (dir == null) {
            return;
        }
        Fx.run(() -> {
            try {
                for (ChartKind k : ChartKind.values()) {
                    ChartExport.png(k, SeedReport.project(), SeedReport.report(), Path.of(dir, "export-" + k.fileStem() + ".png"), 1);
                    ChartExport.png(k, seed, r, Path.of(dir, "export-seed-" + k.fileStem() + ".png"), 1);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void everyStackNameOfTheSixStackAzureSampleShowsUnderItsBarInTheExport() throws Exception {
        Project azure = com.cp1ki.io.project.ProjectFiles.load(Path.of("sample-projects/azure-llm-traces.cp1ki"));
        Report r = CostEngine.report(azure);
        List<String> hidden = Fx.call(() -> {
            VBox root = ChartExport.exportNode(ChartKind.CP1KI, azure, r, ChartOptions.DEFAULT);
            javafx.scene.chart.XYChart<?, ?> chart = (javafx.scene.chart.XYChart<?, ?>) root.lookup("#cp1kiChart");
            return TickLabels.hidden(chart.getXAxis());
        });
        assertEquals(List.of(), hidden, "stack names the category axis dropped");
    }
}
