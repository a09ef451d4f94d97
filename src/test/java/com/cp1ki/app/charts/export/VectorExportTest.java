package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.Fx;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.io.project.Samples;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every chart as SVG and PDF: the same chart as the PNG, opened again and read back. */
class VectorExportTest {

    @TempDir
    Path dir;

    private final Project seed = Samples.seed();
    private final Report report = CostEngine.report(seed);
    /** The seed with its workload routed (the Bill has nothing to draw otherwise). */
    private final Project routed = seed.withWorkloads(List.of(seed.workloads().get(0).withRouting(
            List.of(new com.cp1ki.engine.model.Route(seed.stacks().get(0).name(), 1)))));
    private final Report routedReport = CostEngine.report(routed);

    private void export(ChartKind kind, String format, Path file) {
        Project p = kind == ChartKind.BILL ? routed : seed;
        Report r = kind == ChartKind.BILL ? routedReport : report;
        Fx.run(() -> {
            try {
                if (format.equals("svg")) {
                    ChartExport.svg(kind, p, r, ChartOptions.DEFAULT, Aspect.WIDE, file);
                } else {
                    ChartExport.pdf(kind, p, r, ChartOptions.DEFAULT, Aspect.WIDE, file);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private static List<String> svgTexts(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document d = f.newDocumentBuilder().parse(file.toFile());
        assertEquals("svg", d.getDocumentElement().getLocalName());
        assertEquals("1920", d.getDocumentElement().getAttribute("width"));
        assertEquals("1080", d.getDocumentElement().getAttribute("height"));
        NodeList texts = d.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            out.add(((Element) texts.item(i)).getTextContent());
        }
        return out;
    }

    @Test
    void theSvgParsesAndHoldsTheTitleTheBarTotalsAndTheAssumptions() throws Exception {
        Path f = dir.resolve("cp1ki.svg");
        export(ChartKind.CP1KI, "svg", f);
        List<String> texts = svgTexts(f);
        assertTrue(texts.contains("Cost per 1,000 inferences by stack: Document summariser"), texts.toString());
        for (StackResult r : report.results()) {
            // the total above each bar, in the display currency as the chart labels it
            String total = com.cp1ki.app.charts.ChartFormat.money(seed.settings().toDisplay(r.cp1ki()),
                    seed.settings().currency());
            assertTrue(texts.contains(total), total + " in " + texts);
        }
        assertTrue(texts.contains("GPT-4o"), texts.toString());
        assertTrue(String.join(" ", texts).contains("1,800 input and 400 output tokens per inference (typed means)"));
        String svg = java.nio.file.Files.readString(f);
        assertTrue(svg.contains("<path d=\"M"), "bars and lines are vector paths");
        assertTrue(!svg.contains("<image"), "no embedded picture");
    }

    @Test
    void everyChartKindMakesAValidSvg() throws Exception {
        for (ChartKind k : ChartKind.inPane()) {
            Path f = dir.resolve(k.fileStem() + ".svg");
            export(k, "svg", f);
            assertTrue(svgTexts(f).size() > 10, k + " has its labels as text");
        }
    }

    @Test
    void thePdfIsOneVectorPageWhoseTextHoldsTheTitleAndTheNumbers() throws Exception {
        Path f = dir.resolve("crossover.pdf");
        export(ChartKind.CROSSOVER, "pdf", f);
        try (PDDocument d = Loader.loadPDF(f.toFile())) {
            assertEquals(1, d.getNumberOfPages());
            assertEquals(1440, d.getPage(0).getMediaBox().getWidth(), 0.5, "1920 px at 0.75 pt");
            assertEquals(810, d.getPage(0).getMediaBox().getHeight(), 0.5);
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("Monthly cost by daily volume: Document summariser, with ops overhead"), text);
            assertTrue(text.contains("Volume (inferences/day)"), text);
            assertTrue(text.contains("Claude Haiku 3.5"), text);
            assertTrue(text.contains("monthly costs include ops overhead"), text);
            assertTrue(d.getPage(0).getResources().getXObjectNames().iterator().hasNext() == false,
                    "no picture inside: the chart is drawn as vectors");
        }
    }
}
