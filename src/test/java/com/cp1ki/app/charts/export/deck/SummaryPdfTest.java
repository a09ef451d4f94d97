package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.Fx;
import com.cp1ki.app.charts.export.Headless;
import com.cp1ki.app.charts.export.vector.PdfFonts;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF summary read back: the signs we print are in its text (the rupee, not "Rs"), no text runs
 * into other text (table headers, the chart's axis title and tick labels) or off the page, and a
 * project too long for one page goes on to a second.
 */
class SummaryPdfTest {

    static byte[] summary(Project p) throws Exception {
        Fx.start();
        return Headless.run(() -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            SummaryPdf.write(p, CostEngine.report(p), LocalDate.of(2026, 11, 30), b);
            return b.toByteArray();
        }, Duration.ofMinutes(5));
    }

    static Project sample(String name) throws Exception {
        return ProjectFiles.loadBundledSampleDocument(name).project();
    }

    @Test
    void theRupeeIsPrintedAsTheRupeeSign() throws Exception {
        try (PDDocument d = Loader.loadPDF(summary(sample(Samples.PLANS)))) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("For Study chat at 60,000 inferences/day, GPT-4o mini is cheapest: ₹163.51 per 1,000 "
                    + "inferences (₹294,318.00 a month) less than Claude Haiku 3.5."), text);
            assertTrue(text.contains("₹32.37") && text.contains("₹149.00") && text.contains("-₹0.45"), text);
            assertFalse(text.contains("Rs32") || text.contains("Rs149") || text.contains("INR 32"), text);
            assertTrue(text.contains("'₹299 ≈ $3.60'"), "the FX note quotes its source as written: " + text);
        }
    }

    @Test
    void theEmbeddedFontHasEverySignWePrint() throws Exception {
        try (PDDocument d = new PDDocument()) {
            PdfFonts f = PdfFonts.load(d);
            String signs = "$ € £ ¥ ₹ – — × ≥ ≤ ≈ … −";
            assertEquals(signs, f.printable(signs));
        }
    }

    @Test
    void noTextRunsIntoOtherTextOrOffThePage() throws Exception {
        for (String name : List.of(Samples.SEED, Samples.PLANS, Samples.PORTFOLIO)) {
            try (PDDocument d = Loader.loadPDF(summary(sample(name)))) {
                for (int page = 0; page < d.getNumberOfPages(); page++) {
                    PdfGlyphs g = PdfGlyphs.of(d, page);
                    assertTrue(g.glyphs().size() > 20, name + " page " + (page + 1));
                    List<String> overlaps = g.overlaps();
                    assertTrue(overlaps.isEmpty(), name + " page " + (page + 1) + ": " + overlaps.size()
                            + " overlaps, first " + overlaps.subList(0, Math.min(5, overlaps.size())));
                    Rectangle2D area = new Rectangle2D.Double(30, 30, PDRectangle.A4.getWidth() - 60,
                            PDRectangle.A4.getHeight() - 60);
                    assertEquals(List.of(), g.outside(area), name + " page " + (page + 1));
                }
            }
        }
    }

    @Test
    void everyChartPdfKeepsItsAxisTitlesClearOfTheirTickLabels(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        for (String name : List.of(Samples.SEED, Samples.PLANS)) {
            Project p = sample(name);
            var report = CostEngine.report(p);
            Fx.start();
            for (var it : com.cp1ki.app.charts.export.RenderPlan.of(p, report).items()) {
                java.nio.file.Path file = dir.resolve(it.fileName("pdf"));
                Headless.run(() -> {
                    com.cp1ki.app.charts.export.ChartExport.pdf(it.kind(), p, report, it.options(),
                            com.cp1ki.app.charts.export.Aspect.WIDE, file);
                    return null;
                }, Duration.ofMinutes(2));
                try (PDDocument d = Loader.loadPDF(file.toFile())) {
                    PdfGlyphs g = PdfGlyphs.of(d, 0);
                    assertTrue(g.glyphs().stream().anyMatch(x -> !x.horizontal()), it.stem() + " has a y-axis title");
                    List<String> overlaps = g.overlaps();
                    assertTrue(overlaps.isEmpty(), name + " " + it.stem() + ": " + overlaps.subList(0,
                            Math.min(5, overlaps.size())));
                }
            }
        }
    }

    @Test
    void aProjectTooLongForOnePageGoesOnToASecondWithNothingLost() throws Exception {
        try (PDDocument seed = Loader.loadPDF(summary(Samples.seed()))) {
            assertEquals(1, seed.getNumberOfPages(), "the seed fits on one page");
        }
        try (PDDocument d = Loader.loadPDF(summary(sample(Samples.PORTFOLIO)))) {
            assertEquals(2, d.getNumberOfPages());
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("Ticket triage Llama 3.1 8B on g5.xlarge (shared) $0.00197 $1.97 $1,776.28"), text);
            assertTrue(text.contains("Plans: Plan Pro: $29.00 per user per month"), "the last assumption: " + text);
        }
    }
}
