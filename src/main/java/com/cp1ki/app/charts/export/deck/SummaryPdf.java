package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.export.ChartExport;
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
 * The one-page PDF summary of a project (A4): title and date, the headline, the CP1Ki table, the
 * crossover chart (vectors, the workbench's own chart), the plan margins and the assumptions. Text is
 * real text in the embedded font. FX thread (the chart is laid out).
 */
public final class SummaryPdf {

    private static final float MARGIN = 40;
    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private float y;

    private SummaryPdf(PDPageContentStream cs, PdfFonts fonts, float top) {
        this.cs = cs;
        this.fonts = fonts;
        this.y = top;
    }

    /** Writes the summary of a project as of {@code date}. */
    public static void write(Project project, Report report, LocalDate date, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(project.name());
            doc.getDocumentInformation().setCreator("CP1Ki Workbench");
            PdfFonts fonts = PdfFonts.load(doc);
            float w = PDRectangle.A4.getWidth() - 2 * MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                SummaryPdf s = new SummaryPdf(cs, fonts, PDRectangle.A4.getHeight() - MARGIN);
                s.lines(List.of(project.name()), 16, Color.BLACK, w);
                s.lines(List.of("Unit economics of AI features, " + date), 9, Color.DARK_GRAY, w);
                s.y -= 4;
                s.lines(DeckFacts.headline(project, report), 10, new Color(0x0b, 0x62, 0xb5), w);
                s.y -= 4;
                s.table(DeckFacts.results(project, report), w);
                double scale = w / 1920.0;
                VBox chart = ChartExport.node(ChartKind.CROSSOVER, project, report, ChartOptions.DEFAULT, 1920, 1000, false);
                VectorExport.drawInto(chart, doc, cs, fonts, MARGIN, s.y - 4, scale);
                s.y -= (float) (1000 * scale) + 10;
                s.lines(DeckFacts.crossovers(project, report), 8, Color.BLACK, w);
                if (!report.plans().isEmpty()) {
                    s.y -= 4;
                    s.table(DeckFacts.plans(project, report), w);
                }
                s.y -= 4;
                List<String> assumptions = new ArrayList<>();
                for (DeckFacts.Section sec : DeckFacts.assumptions(project, report)) {
                    assumptions.add(sec.title() + ": " + String.join(" ", sec.lines()));
                }
                s.lines(assumptions, 6.5f, Color.DARK_GRAY, w);
            }
            doc.save(out);
        }
    }

    /** Paragraphs wrapped at words to the width, top to bottom. */
    private void lines(List<String> paragraphs, float size, Color color, float width) throws IOException {
        for (String p : paragraphs) {
            for (String line : wrap(fonts.printable(p), size, width)) {
                y -= size * 1.25f;
                text(line, MARGIN, y, size, color);
            }
        }
    }

    private void table(DeckFacts.Table t, float width) throws IOException {
        float size = 8;
        int cols = t.header().size();
        float first = width * 0.3f;
        float rest = (width - first) / (cols - 1);
        List<List<String>> rows = new ArrayList<>();
        rows.add(t.header());
        rows.addAll(t.rows());
        for (int r = 0; r < rows.size(); r++) {
            y -= size * 1.5f;
            for (int c = 0; c < cols; c++) {
                String cell = fonts.printable(rows.get(r).get(c));
                float x = c == 0 ? MARGIN : MARGIN + first + rest * c - (float) fonts.width(cell, size);
                text(cell, x, y, size, r == 0 ? new Color(0x0b, 0x62, 0xb5) : Color.BLACK);
            }
        }
    }

    private void text(String s, float x, float baseline, float size, Color color) throws IOException {
        cs.beginText();
        cs.setFont(fonts.font(), size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(s);
        cs.endText();
    }

    private List<String> wrap(String text, float size, float width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && fonts.width(next, size) > width) {
                out.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (line.length() > 0) {
            out.add(line.toString());
        }
        return out;
    }
}
