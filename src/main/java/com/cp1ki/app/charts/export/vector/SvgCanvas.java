package com.cp1ki.app.charts.export.vector;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A small SVG 1.1 writer (our own: a few elements, no library): outlines become {@code <path>}s in
 * page coordinates, text lines {@code <text>} with the JavaFX font and {@code textLength} set to the
 * width JavaFX laid the line out at, so a viewer with another font keeps every label in its place;
 * clips become {@code <clipPath>} groups. Text stays text (selectable, searchable, translatable).
 */
public final class SvgCanvas implements VectorCanvas {

    private final StringBuilder body = new StringBuilder(1 << 16);
    private final double width;
    private final double height;
    private int clips;
    private int depth = 1;

    public SvgCanvas(double width, double height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void shape(Shape outline, Color fill, Stroke stroke) {
        String d = pathData(outline);
        if (d.isEmpty()) {
            return;
        }
        indent().append("<path d=\"").append(d).append('"');
        if (fill != null) {
            paint("fill", fill);
        } else {
            body.append(" fill=\"none\"");
        }
        if (stroke != null) {
            paint("stroke", stroke.color());
            body.append(" stroke-width=\"").append(n(stroke.width())).append('"');
            if (stroke.dashes().length > 0) {
                body.append(" stroke-dasharray=\"");
                for (int i = 0; i < stroke.dashes().length; i++) {
                    body.append(i > 0 ? " " : "").append(n(stroke.dashes()[i]));
                }
                body.append('"');
            }
        }
        body.append("/>\n");
    }

    @Override
    public void text(String line, TextFont font, Color fill, double x, double y, double width, AffineTransform toPage) {
        indent().append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
        if (!toPage.isIdentity()) {
            body.append(" transform=\"matrix(").append(n(toPage.getScaleX())).append(' ').append(n(toPage.getShearY()))
                    .append(' ').append(n(toPage.getShearX())).append(' ').append(n(toPage.getScaleY())).append(' ')
                    .append(n(toPage.getTranslateX())).append(' ').append(n(toPage.getTranslateY())).append(")\"");
        }
        body.append(" font-family=\"").append(escape(family(font.family()))).append("\" font-size=\"")
                .append(n(font.size())).append('"');
        if (font.bold()) {
            body.append(" font-weight=\"bold\"");
        }
        paint("fill", fill);
        if (width > 0) {
            body.append(" textLength=\"").append(n(width)).append("\" lengthAdjust=\"spacingAndGlyphs\"");
        }
        body.append(" xml:space=\"preserve\">").append(escape(line)).append("</text>\n");
    }

    @Override
    public void pushClip(Shape clip) {
        String id = "clip" + (++clips);
        indent().append("<clipPath id=\"").append(id).append("\"><path d=\"").append(pathData(clip))
                .append("\"/></clipPath>\n");
        indent().append("<g clip-path=\"url(#").append(id).append(")\">\n");
        depth++;
    }

    @Override
    public void popClip() {
        depth--;
        indent().append("</g>\n");
    }

    /** The finished document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + n(width) + "\" height=\""
                + n(height) + "\" viewBox=\"0 0 " + n(width) + " " + n(height) + "\">\n"
                + "  <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n" + body + "</svg>\n";
    }

    /** Writes the document as UTF-8. */
    public void writeTo(OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(document());
        w.flush();
    }

    private StringBuilder indent() {
        return body.append("  ".repeat(depth));
    }

    private void paint(String attr, Color c) {
        body.append(' ').append(attr).append("=\"").append(String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(),
                c.getGreen(), c.getBlue())).append('"');
        if (c.getAlpha() < 255) {
            body.append(' ').append(attr).append("-opacity=\"").append(n(c.getAlpha() / 255.0)).append('"');
        }
    }

    private static String family(String f) {
        return f == null || f.equalsIgnoreCase("system") ? "sans-serif" : f + ", sans-serif";
    }

    static String pathData(Shape s) {
        StringBuilder d = new StringBuilder();
        double[] c = new double[6];
        for (PathIterator it = s.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> d.append('M').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_LINETO -> d.append('L').append(n(c[0])).append(' ').append(n(c[1]));
                case PathIterator.SEG_QUADTO -> d.append('Q').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3]));
                case PathIterator.SEG_CUBICTO -> d.append('C').append(n(c[0])).append(' ').append(n(c[1])).append(' ')
                        .append(n(c[2])).append(' ').append(n(c[3])).append(' ').append(n(c[4])).append(' ').append(n(c[5]));
                case PathIterator.SEG_CLOSE -> d.append('Z');
                default -> { }
            }
        }
        return d.toString();
    }

    static String n(double v) {
        if (Math.abs(v - Math.rint(v)) < 0.005) {
            return Long.toString(Math.round(v));
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.endsWith("0") ? s.substring(0, s.length() - 1) : s;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> {
                    if (ch < 0x20 && ch != '\t' || ch == 0xFFFE || ch == 0xFFFF) {
                        b.append(' ');
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }
}
