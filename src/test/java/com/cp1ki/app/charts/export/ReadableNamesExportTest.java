package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.Fx;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.Samples;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An exported picture (PNG, SVG, PDF, a deck's slide) names a workload as its title and tables do,
 * "Document summariser", never the identifier "document_summariser" the user typed; the workbench's
 * own charts keep the name as written, so it matches the outline and the editors.
 */
class ReadableNamesExportTest {

    private static final String RAW = "document_summariser";
    private static final String READABLE = "Document summariser";

    @TempDir
    Path dir;

    /** The seed routed (the Bill draws) and with a moving forecast (the Forecast draws). */
    private final Project project = routed(Samples.seed());
    private final Report report = CostEngine.report(project);

    private static Project routed(Project seed) {
        assertEquals(RAW, seed.workloads().get(0).name(), "the seed's workload is an identifier");
        return seed.withWorkloads(List.of(seed.workloads().get(0).withRouting(
                        List.of(new Route(seed.stacks().get(0).name(), 1)))))
                .withForecast(new Forecast(24, 0.05, 0, 0.9, 0, List.of()));
    }

    private static void texts(Node n, List<String> out) {
        String t = n instanceof Text x ? x.getText() : n instanceof Labeled l ? l.getText() : null;
        if (t != null && !t.isBlank()) {
            out.add(t);
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    @Test
    void noExportPictureShowsTheIdentifier() {
        List<String> raw = new ArrayList<>();
        for (ChartKind k : ChartKind.values()) {
            Fx.run(() -> {
                List<String> all = new ArrayList<>();
                texts(ChartExport.exportNode(k, project, report, ChartOptions.DEFAULT), all);
                // a deck's slide: the same chart without the frame
                texts(ChartExport.node(k, project, report, ChartOptions.DEFAULT, 1600, 700, false), all);
                all.stream().filter(t -> t.contains(RAW)).forEach(t -> raw.add(k + ": " + t));
            });
        }
        assertEquals(List.of(), raw);
    }

    @Test
    void theBillsLegendInTheSvgAndPdfSaysTheReadableName() throws Exception {
        Path svg = dir.resolve("bill.svg");
        Path pdf = dir.resolve("bill.pdf");
        Fx.run(() -> {
            try {
                ChartExport.svg(ChartKind.BILL, project, report, ChartOptions.DEFAULT, Aspect.WIDE, svg);
                ChartExport.pdf(ChartKind.BILL, project, report, ChartOptions.DEFAULT, Aspect.WIDE, pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        String text = Files.readString(svg);
        assertTrue(text.contains(">" + READABLE + "<"), "the legend's entry is a text of its own");
        assertFalse(text.contains(RAW));
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String t = new PDFTextStripper().getText(d);
            assertTrue(t.contains(READABLE), t);
            assertFalse(t.contains(RAW), t);
        }
    }

    @Test
    void theWorkbenchsBillKeepsTheNameAsTyped() {
        String legend = Fx.call(() -> {
            ChartAdapter a = ChartKind.BILL.newAdapter();
            a.show(project, report, ChartOptions.DEFAULT);
            return ((XYChart<?, ?>) a.chart()).getData().get(0).getName();
        });
        assertEquals(RAW, legend);
    }
}
