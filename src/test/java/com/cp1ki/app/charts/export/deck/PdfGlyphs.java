package com.cp1ki.app.charts.export.deck;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Every glyph a PDF page shows, with the box it covers on the page (points, y up), whatever the
 * direction of its text: what a reader sees, for tests that text does not run into other text or
 * off the page.
 */
record PdfGlyphs(List<Glyph> glyphs) {

    /** One glyph: its character, its box, and whether its line runs left to right (not rotated). */
    record Glyph(String text, Rectangle2D box, boolean horizontal, double baseline) {
    }

    static PdfGlyphs of(PDDocument doc, int page) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                Matrix m = t.getTextMatrix();
                double ux = m.getScaleX();
                double uy = m.getShearY();
                double vx = m.getShearX();
                double vy = m.getScaleY();
                double ul = Math.hypot(ux, uy);
                double vl = Math.hypot(vx, vy);
                if (ul == 0 || vl == 0) {
                    return;
                }
                double adv = t.getWidthDirAdj();
                double h = t.getHeightDir();
                double x0 = m.getTranslateX();
                double y0 = m.getTranslateY();
                Path2D.Double p = new Path2D.Double();
                p.moveTo(x0, y0);
                p.lineTo(x0 + ux / ul * adv, y0 + uy / ul * adv);
                p.lineTo(x0 + ux / ul * adv + vx / vl * h, y0 + uy / ul * adv + vy / vl * h);
                p.lineTo(x0 + vx / vl * h, y0 + vy / vl * h);
                p.closePath();
                out.add(new Glyph(t.getUnicode(), p.getBounds2D(), Math.abs(uy) < 1e-6 * ul && ux > 0, y0));
            }
        };
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(doc);
        return new PdfGlyphs(List.copyOf(out));
    }

    /**
     * Pairs of glyphs that overlap: a rotated glyph (an axis title) on a level one (a tick label),
     * or two level glyphs on one baseline whose boxes share more than a third of the narrower one
     * (one cell run into the next). Blanks are ignored.
     */
    List<String> overlaps() {
        List<String> out = new ArrayList<>();
        List<Glyph> ink = glyphs.stream().filter(g -> !g.text().isBlank() && g.box().getWidth() > 0).toList();
        for (int i = 0; i < ink.size(); i++) {
            for (int j = i + 1; j < ink.size(); j++) {
                Glyph a = ink.get(i);
                Glyph b = ink.get(j);
                if (a.horizontal() != b.horizontal()) {
                    Rectangle2D in = shrunk(a.box()).createIntersection(shrunk(b.box()));
                    if (!in.isEmpty() && in.getWidth() > 0 && in.getHeight() > 0) {
                        out.add(a.text() + " at " + box(a) + " over " + b.text() + " at " + box(b));
                    }
                } else if (a.horizontal() && Math.abs(a.baseline() - b.baseline()) < 0.5) {
                    double shared = Math.min(a.box().getMaxX(), b.box().getMaxX())
                            - Math.max(a.box().getMinX(), b.box().getMinX());
                    if (shared > Math.min(a.box().getWidth(), b.box().getWidth()) / 3) {
                        out.add(a.text() + " at " + box(a) + " over " + b.text() + " at " + box(b));
                    }
                }
            }
        }
        return out;
    }

    /** Glyphs outside the rectangle (a page's printable area). */
    List<Glyph> outside(Rectangle2D area) {
        return glyphs.stream().filter(g -> !g.text().isBlank() && !area.contains(g.box())).toList();
    }

    String text() {
        StringBuilder b = new StringBuilder();
        glyphs.forEach(g -> b.append(g.text()));
        return b.toString();
    }

    private static Rectangle2D shrunk(Rectangle2D r) {
        double dx = r.getWidth() * 0.15;
        double dy = r.getHeight() * 0.15;
        return new Rectangle2D.Double(r.getX() + dx, r.getY() + dy, r.getWidth() - 2 * dx, r.getHeight() - 2 * dy);
    }

    private static String box(Glyph g) {
        Rectangle2D r = g.box();
        return String.format(java.util.Locale.ROOT, "(%.1f, %.1f, %.1f x %.1f)", r.getX(), r.getY(), r.getWidth(),
                r.getHeight());
    }
}
