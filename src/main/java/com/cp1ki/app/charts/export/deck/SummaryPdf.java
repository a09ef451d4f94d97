package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.FxSteps;
import com.cp1ki.app.charts.export.vector.PdfFonts;
import com.cp1ki.app.charts.export.vector.VectorExport;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import javafx.scene.layout.VBox;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF summary of a project (A4, one page when it fits): title and date, the headline, the CP1Ki
 * table, the crossover chart (vectors, the workbench's own chart), the plan margins and the
 * assumptions. Text is real text in the embedded font ({@link PdfFonts}); tables are laid out by
 * {@link PdfTable}; what does not fit on the page goes on to the next one (a table repeats its
 * header there), never off the bottom. The chart is laid out and drawn on the FX thread ({@link FxSteps}),
 * the rest on the calling thread.
 */
public final class SummaryPdf {

    private static final float MARGIN = 40;
    private static final Color ACCENT = new Color(0x0b, 0x62, 0xb5);
    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    private SummaryPdf(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    /** Writes the summary of a project as of {@code date}, on the FX thread. */
    public static void write(Project project, Report report, LocalDate date, OutputStream out) throws IOException {
        try {
            write(project, report, date, out, FxSteps.inPlace());
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Writes the summary from any thread: the chart is laid out and drawn on the FX thread through {@code steps}. */
    public static void write(Project project, Report report, LocalDate date, OutputStream out, FxSteps steps)
            throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(project.name());
            doc.getDocumentInformation().setCreator("CP1Ki Workbench");
            SummaryPdf s = new SummaryPdf(doc, PdfFonts.load(doc));
            steps.progress(1, 4);
            try {
                s.newPage();
                s.content(project, report, date, steps);
            } finally {
                s.cs.close();
            }
            steps.progress(3, 4);
            steps.checkCancelled();
            doc.save(out);
            steps.progress(4, 4);
        }
    }

    private void content(Project project, Report report, LocalDate date, FxSteps steps) throws Exception {
        float w = PDRectangle.A4.getWidth() - 2 * MARGIN;
        lines(List.of(project.name()), 16, Color.BLACK, w);
        lines(List.of("Unit economics of AI features, " + date), 9, Color.DARK_GRAY, w);
        y -= 4;
        lines(DeckFacts.headline(project, report), 10, ACCENT, w);
        y -= 4;
        table(DeckFacts.results(project, report), w);
        double scale = w / 1920.0;
        float chartHeight = (float) (1000 * scale);
        room(chartHeight + 14);
        steps.checkCancelled();
        float top = y - 4;
        steps.onFx(() -> {
            VBox chart = ChartExport.node(ChartKind.CROSSOVER, project, report, ChartOptions.DEFAULT, 1920, 1000, false);
            VectorExport.drawInto(chart, doc, cs, fonts, MARGIN, top, scale);
            return null;
        });
        steps.progress(2, 4);
        y -= chartHeight + 10;
        lines(DeckFacts.crossovers(project, report), 8, Color.BLACK, w);
        if (!report.plans().isEmpty()) {
            y -= 4;
            table(DeckFacts.plans(project, report), w);
        }
        y -= 4;
        List<String> assumptions = new ArrayList<>();
        for (DeckFacts.Section sec : DeckFacts.assumptions(project, report)) {
            assumptions.add(sec.title() + ": " + String.join(" ", sec.lines()));
        }
        lines(assumptions, 6.5f, Color.DARK_GRAY, w);
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Goes on to a new page unless {@code height} points fit above the bottom margin. */
    private void room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
        }
    }

    /** Paragraphs wrapped at words to the width, top to bottom. */
    private void lines(List<String> paragraphs, float size, Color color, float width) throws IOException {
        for (String p : paragraphs) {
            for (String line : PdfTable.wrap(fonts.printable(p), width, size, this::width)) {
                room(size * 1.25f);
                y -= size * 1.25f;
                text(line, MARGIN, y, size, color);
            }
        }
    }

    private void table(DeckFacts.Table t, float width) throws IOException {
        DeckFacts.Table shown = new DeckFacts.Table(t.header().stream().map(fonts::printable).toList(),
                t.rows().stream().map(r -> r.stream().map(fonts::printable).toList()).toList());
        PdfTable layout = PdfTable.of(shown, width, 8, this::width);
        float size = (float) layout.size();
        room(size * 1.25f * layout.headerLines() + size * 1.5f * Math.min(2, shown.rows().size()));
        header(layout);
        for (List<String> row : shown.rows()) {
            if (y - size * 1.5f < MARGIN) {
                newPage();
                header(layout);
            }
            y -= size * 1.5f;
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                text(cell, MARGIN + (float) layout.x(c, width(cell, (double) size)), y, size, Color.BLACK);
            }
        }
    }

    /** The header cells, each on its lines, bottom-aligned so every header ends on the same baseline. */
    private void header(PdfTable layout) throws IOException {
        float size = (float) layout.size();
        int lines = layout.headerLines();
        y -= size * 0.25f;
        for (int c = 0; c < layout.header().size(); c++) {
            List<String> cell = layout.header().get(c);
            for (int i = 0; i < cell.size(); i++) {
                float baseline = y - size * 1.25f * (lines - cell.size() + i + 1);
                String s = cell.get(i);
                text(s, MARGIN + (float) layout.x(c, width(s, (double) size)), baseline, size, ACCENT);
            }
        }
        y -= size * 1.25f * lines;
    }

    private double width(String s, Double size) {
        return fonts.width(s, size);
    }

    private void text(String s, float x, float baseline, float size, Color color) throws IOException {
        cs.beginText();
        cs.setFont(fonts.font(), size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }
}
