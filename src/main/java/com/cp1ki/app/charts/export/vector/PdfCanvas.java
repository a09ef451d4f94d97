package com.cp1ki.app.charts.export.vector;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Draws onto a PDFBox page: a box of the page (in points, PDF's y up) receives the chart's logical
 * pixels (y down). Text uses the embedded {@link PdfFonts} font, stretched to the width JavaFX gave
 * each line so labels sit exactly where they sit in the PNG; bold is the same font filled and
 * stroked. Text stays text: a PDF reader can select and search it.
 */
public final class PdfCanvas implements VectorCanvas {

    private final PDPageContentStream cs;
    private final PdfFonts fonts;
    private final PDDocument doc;
    private final Map<Integer, PDExtendedGraphicsState> alphas = new HashMap<>();

    /**
     * @param left, top   where the chart's top-left corner goes on the page, in points (PDF: y up)
     * @param scale       points per logical pixel
     */
    public PdfCanvas(PDDocument doc, PDPageContentStream cs, PdfFonts fonts, double left, double top, double scale)
            throws IOException {
        this.doc = doc;
        this.cs = cs;
        this.fonts = fonts;
        cs.saveGraphicsState();
        cs.transform(new Matrix((float) scale, 0, 0, (float) -scale, (float) left, (float) top));
    }

    /** Ends the chart's drawing (restores the page's state). */
    public void finish() throws IOException {
        cs.restoreGraphicsState();
    }

    @Override
    public void shape(Shape outline, Color fill, Stroke stroke) {
        try {
            cs.saveGraphicsState();
            alpha(fill, stroke == null ? null : stroke.color());
            if (fill != null) {
                cs.setNonStrokingColor(opaque(fill));
            }
            if (stroke != null) {
                cs.setStrokingColor(opaque(stroke.color()));
                cs.setLineWidth((float) stroke.width());
                float[] dash = new float[stroke.dashes().length];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = (float) stroke.dashes()[i];
                }
                cs.setLineDashPattern(dash, 0);
            }
            boolean evenOdd = trace(outline);
            if (fill != null && stroke != null) {
                if (evenOdd) {
                    cs.fillAndStrokeEvenOdd();
                } else {
                    cs.fillAndStroke();
                }
            } else if (fill != null) {
                if (evenOdd) {
                    cs.fillEvenOdd();
                } else {
                    cs.fill();
                }
            } else {
                cs.stroke();
            }
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void text(String line, TextFont font, Color fill, double x, double y, double width, AffineTransform toPage) {
        try {
            String shown = fonts.printable(line);
            double natural = fonts.width(shown, font.size());
            double stretch = width > 0 && natural > 0 ? Math.max(0.6, Math.min(1.6, width / natural)) : 1;
            cs.saveGraphicsState();
            alpha(fill, null);
            cs.transform(new Matrix(new AffineTransform(toPage)));
            cs.setNonStrokingColor(opaque(fill));
            cs.beginText();
            cs.setFont(fonts.font(), (float) font.size());
            if (font.bold()) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setStrokingColor(opaque(fill));
                cs.setLineWidth((float) (font.size() * 0.035));
            }
            cs.setTextMatrix(new Matrix((float) stretch, 0, 0, -1, (float) x, (float) y));
            cs.showText(shown);
            cs.endText();
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void pushClip(Shape clip) {
        try {
            cs.saveGraphicsState();
            if (trace(clip)) {
                cs.clipEvenOdd();
            } else {
                cs.clip();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void popClip() {
        try {
            cs.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the outline to the current path; true for the even-odd rule. */
    private boolean trace(Shape s) throws IOException {
        double[] c = new double[6];
        double cx = 0;
        double cy = 0;
        PathIterator it = s.getPathIterator(null);
        boolean evenOdd = it.getWindingRule() == PathIterator.WIND_EVEN_ODD;
        for (; !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    cs.moveTo((float) c[0], (float) c[1]);
                    cx = c[0];
                    cy = c[1];
                }
                case PathIterator.SEG_LINETO -> {
                    cs.lineTo((float) c[0], (float) c[1]);
                    cx = c[0];
                    cy = c[1];
                }
                case PathIterator.SEG_QUADTO -> {
                    // a quadratic as the cubic PDF draws
                    double x1 = cx + 2.0 / 3 * (c[0] - cx);
                    double y1 = cy + 2.0 / 3 * (c[1] - cy);
                    double x2 = c[2] + 2.0 / 3 * (c[0] - c[2]);
                    double y2 = c[3] + 2.0 / 3 * (c[1] - c[3]);
                    cs.curveTo((float) x1, (float) y1, (float) x2, (float) y2, (float) c[2], (float) c[3]);
                    cx = c[2];
                    cy = c[3];
                }
                case PathIterator.SEG_CUBICTO -> {
                    cs.curveTo((float) c[0], (float) c[1], (float) c[2], (float) c[3], (float) c[4], (float) c[5]);
                    cx = c[4];
                    cy = c[5];
                }
                case PathIterator.SEG_CLOSE -> cs.closePath();
                default -> { }
            }
        }
        return evenOdd;
    }

    private void alpha(Color fill, Color stroke) throws IOException {
        int af = fill == null ? 255 : fill.getAlpha();
        int as = stroke == null ? 255 : stroke.getAlpha();
        if (af == 255 && as == 255) {
            return;
        }
        int key = af << 8 | as;
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(key, k -> {
            PDExtendedGraphicsState g = new PDExtendedGraphicsState();
            g.setNonStrokingAlphaConstant(af / 255f);
            g.setStrokingAlphaConstant(as / 255f);
            return g;
        });
        cs.setGraphicsStateParameters(gs);
    }

    private static Color opaque(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue());
    }

    PDDocument document() {
        return doc;
    }
}
