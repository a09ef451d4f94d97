package com.cp1ki.app.charts.export.vector;

import javafx.scene.layout.Region;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A laid-out chart node as SVG or as a one-page PDF, drawn by {@link SceneVector}. The PDF page is
 * the chart's logical size at 0.75 pt per pixel (1920 x 1080 becomes 20 x 11.25 in, a 16:9 slide).
 * FX thread only.
 */
public final class VectorExport {

    /** Points per logical pixel (CSS pixels are 1/96 in, points 1/72 in). */
    public static final double PT_PER_PX = 0.75;

    private VectorExport() {
    }

    /** The node as an SVG document. */
    public static String svg(Region root) {
        SvgCanvas c = new SvgCanvas(root.getWidth(), root.getHeight());
        SceneVector.draw(root, c);
        return c.document();
    }

    /** The node as a one-page PDF written to {@code out}. */
    public static void pdf(Region root, String title, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            float w = (float) (root.getWidth() * PT_PER_PX);
            float h = (float) (root.getHeight() * PT_PER_PX);
            PDPage page = new PDPage(new PDRectangle(w, h));
            doc.addPage(page);
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setCreator("CP1Ki Workbench");
            PdfFonts fonts = PdfFonts.load(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                drawInto(root, doc, cs, fonts, 0, h, PT_PER_PX);
            }
            doc.save(out);
        }
    }

    /** Draws the node onto a PDF page with its top-left corner at ({@code left}, {@code top}) points. */
    public static void drawInto(Region root, PDDocument doc, PDPageContentStream cs, PdfFonts fonts, double left,
                                double top, double scale) throws IOException {
        PdfCanvas c = new PdfCanvas(doc, cs, fonts, left, top, scale);
        try {
            SceneVector.draw(root, c);
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        c.finish();
    }
}
