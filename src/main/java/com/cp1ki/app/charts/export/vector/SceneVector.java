package com.cp1ki.app.charts.export.vector;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.RadialGradient;
import javafx.scene.shape.Shape;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.transform.Transform;

import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.Locale;

/**
 * Draws a laid-out JavaFX node tree (an exported chart: title, plot, axes, legend, marks, footer)
 * onto a {@link VectorCanvas}, node by node as JavaFX itself would: region backgrounds and borders,
 * shapes (series lines, areas, grid lines, marks), text lines where JavaFX placed them, clips and
 * opacity. The SVG and the PDF of a chart are therefore the very picture the PNG snapshots, as
 * vectors. FX thread only.
 */
public final class SceneVector {

    private final VectorCanvas canvas;

    private SceneVector(VectorCanvas canvas) {
        this.canvas = canvas;
    }

    /** Draws {@code root} and everything visible under it. */
    public static void draw(Node root, VectorCanvas canvas) {
        new SceneVector(canvas).walk(root, 1);
    }

    private void walk(Node n, double parentOpacity) {
        if (!n.isVisible() || n.getOpacity() <= 0) {
            return;
        }
        double opacity = parentOpacity * n.getOpacity();
        AffineTransform at = awt(n.getLocalToSceneTransform());
        boolean clipped = false;
        if (n.getClip() instanceof Shape clip) {
            canvas.pushClip(at.createTransformedShape(Outlines.of(clip)));
            clipped = true;
        }
        if (n instanceof Region r) {
            region(r, at, opacity);
        }
        if (n instanceof Text t) {
            text(t, at, opacity);
        } else if (n instanceof Shape s) {
            shape(s, at, opacity);
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                walk(c, opacity);
            }
        }
        if (clipped) {
            canvas.popClip();
        }
    }

    private void region(Region r, AffineTransform at, double opacity) {
        double w = r.getWidth();
        double h = r.getHeight();
        if (w <= 0 || h <= 0) {
            return;
        }
        if (r.getBackground() != null) {
            for (BackgroundFill f : r.getBackground().getFills()) {
                java.awt.Color c = color(f.getFill(), opacity);
                if (c == null) {
                    continue;
                }
                Insets i = f.getInsets();
                java.awt.Shape box = r.getShape() != null && r.isScaleShape()
                        ? Outlines.fitted(r.getShape(), i.getLeft(), i.getTop(), w - i.getRight(), h - i.getBottom())
                        : rounded(i.getLeft(), i.getTop(), w - i.getLeft() - i.getRight(), h - i.getTop() - i.getBottom(),
                        f.getRadii(), w, h);
                canvas.shape(at.createTransformedShape(box), c, null);
            }
        }
        if (r.getBorder() != null) {
            for (BorderStroke s : r.getBorder().getStrokes()) {
                border(s, w, h, at, opacity);
            }
        }
    }

    /** A border: one rounded outline when its four sides agree, else each side as its own line. */
    private void border(BorderStroke s, double w, double h, AffineTransform at, double opacity) {
        Insets i = s.getInsets();
        double x0 = i.getLeft();
        double y0 = i.getTop();
        double x1 = w - i.getRight();
        double y1 = h - i.getBottom();
        Paint[] paints = {s.getTopStroke(), s.getRightStroke(), s.getBottomStroke(), s.getLeftStroke()};
        double[] widths = {s.getWidths().getTop(), s.getWidths().getRight(), s.getWidths().getBottom(),
                s.getWidths().getLeft()};
        boolean same = true;
        for (int k = 1; k < 4; k++) {
            same &= java.util.Objects.equals(paints[k], paints[0]) && widths[k] == widths[0];
        }
        if (same) {
            java.awt.Color c = color(paints[0], opacity);
            double sw = widths[0];
            if (c != null && sw > 0) {
                java.awt.Shape box = rounded(x0 + sw / 2, y0 + sw / 2, x1 - x0 - sw, y1 - y0 - sw, s.getRadii(), w, h);
                canvas.shape(at.createTransformedShape(box), null, new VectorCanvas.Stroke(c, sw * scale(at), new double[0]));
            }
            return;
        }
        double[][] sides = {
                {x0, y0 + widths[0] / 2, x1, y0 + widths[0] / 2},
                {x1 - widths[1] / 2, y0, x1 - widths[1] / 2, y1},
                {x0, y1 - widths[2] / 2, x1, y1 - widths[2] / 2},
                {x0 + widths[3] / 2, y0, x0 + widths[3] / 2, y1}};
        for (int k = 0; k < 4; k++) {
            java.awt.Color c = color(paints[k], opacity);
            if (c == null || widths[k] <= 0) {
                continue;
            }
            Path2D.Double line = new Path2D.Double();
            line.moveTo(sides[k][0], sides[k][1]);
            line.lineTo(sides[k][2], sides[k][3]);
            canvas.shape(at.createTransformedShape(line), null,
                    new VectorCanvas.Stroke(c, widths[k] * scale(at), new double[0]));
        }
    }

    private void shape(Shape s, AffineTransform at, double opacity) {
        java.awt.Color fill = color(s.getFill(), opacity);
        java.awt.Color stroke = color(s.getStroke(), opacity);
        if (fill == null && (stroke == null || s.getStrokeWidth() <= 0)) {
            return;
        }
        java.awt.Shape outline = at.createTransformedShape(Outlines.of(s));
        VectorCanvas.Stroke st = null;
        if (stroke != null && s.getStrokeWidth() > 0) {
            double k = scale(at);
            double[] dashes = s.getStrokeDashArray().stream().mapToDouble(d -> d * k).toArray();
            st = new VectorCanvas.Stroke(stroke, s.getStrokeWidth() * k, dashes);
        }
        canvas.shape(outline, fill, st);
    }

    private void text(Text t, AffineTransform at, double opacity) {
        java.awt.Color fill = color(t.getFill(), opacity);
        if (fill == null) {
            return;
        }
        Font f = t.getFont();
        String style = (f.getStyle() + " " + f.getName()).toLowerCase(Locale.ROOT);
        VectorCanvas.TextFont font = new VectorCanvas.TextFont(f.getFamily(), f.getSize(),
                style.contains("bold") || style.contains("black") || style.contains("heavy"));
        for (TextLines.Line line : TextLines.of(t)) {
            canvas.text(line.text(), font, fill, line.x(), line.baseline(), line.width(), at);
        }
    }

    private static java.awt.Shape rounded(double x, double y, double w, double h, CornerRadii radii, double rw,
                                          double rh) {
        if (w <= 0 || h <= 0) {
            return new Path2D.Double();
        }
        double r = radii == null ? 0 : radii.getTopLeftHorizontalRadius();
        if (radii != null && radii.isTopLeftHorizontalRadiusAsPercentage()) {
            r = r * rw;
        }
        r = Math.min(r, Math.min(w, h) / 2);
        return r <= 0 ? new Rectangle2D.Double(x, y, w, h) : new RoundRectangle2D.Double(x, y, w, h, 2 * r, 2 * r);
    }

    /** A paint as an AWT colour with the node's opacity folded in; gradients by their first stop; null for none. */
    static java.awt.Color color(Paint p, double opacity) {
        Color c = null;
        if (p instanceof Color col) {
            c = col;
        } else if (p instanceof LinearGradient g && !g.getStops().isEmpty()) {
            c = g.getStops().get(0).getColor();
        } else if (p instanceof RadialGradient g && !g.getStops().isEmpty()) {
            c = g.getStops().get(0).getColor();
        }
        if (c == null) {
            return null;
        }
        double a = c.getOpacity() * opacity;
        if (a <= 0.001) {
            return null;
        }
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) Math.min(1, a));
    }

    static AffineTransform awt(Transform t) {
        return new AffineTransform(t.getMxx(), t.getMyx(), t.getMxy(), t.getMyy(), t.getTx(), t.getTy());
    }

    /** How much the transform scales lengths (stroke widths, dashes). */
    private static double scale(AffineTransform at) {
        return Math.sqrt(Math.abs(at.getDeterminant()));
    }
}
