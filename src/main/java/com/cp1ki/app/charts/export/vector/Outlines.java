package com.cp1ki.app.charts.export.vector;

import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.scene.shape.ArcTo;
import javafx.scene.shape.Circle;
import javafx.scene.shape.ClosePath;
import javafx.scene.shape.CubicCurveTo;
import javafx.scene.shape.Ellipse;
import javafx.scene.shape.HLineTo;
import javafx.scene.shape.Line;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.shape.VLineTo;

import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** The outline of a JavaFX shape as an AWT shape in the node's own coordinates. */
final class Outlines {

    private Outlines() {
    }

    static java.awt.Shape of(Shape s) {
        if (s instanceof Path p) {
            return path(p.getElements(), p.getFillRule() == javafx.scene.shape.FillRule.EVEN_ODD);
        }
        if (s instanceof Line l) {
            Path2D.Double d = new Path2D.Double();
            d.moveTo(l.getStartX(), l.getStartY());
            d.lineTo(l.getEndX(), l.getEndY());
            return d;
        }
        if (s instanceof Rectangle r) {
            return r.getArcWidth() > 0 || r.getArcHeight() > 0
                    ? new RoundRectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight(), r.getArcWidth(),
                    r.getArcHeight())
                    : new Rectangle2D.Double(r.getX(), r.getY(), r.getWidth(), r.getHeight());
        }
        if (s instanceof Circle c) {
            return new Ellipse2D.Double(c.getCenterX() - c.getRadius(), c.getCenterY() - c.getRadius(), 2 * c.getRadius(),
                    2 * c.getRadius());
        }
        if (s instanceof Ellipse e) {
            return new Ellipse2D.Double(e.getCenterX() - e.getRadiusX(), e.getCenterY() - e.getRadiusY(),
                    2 * e.getRadiusX(), 2 * e.getRadiusY());
        }
        if (s instanceof Polyline p) {
            return poly(p.getPoints(), false);
        }
        if (s instanceof Polygon p) {
            return poly(p.getPoints(), true);
        }
        // anything else (SVGPath, text outlines): JavaFX turns it into a path for us
        Shape union = Shape.union(s, new Rectangle(0, 0, 0, 0));
        return union instanceof Path p ? path(p.getElements(), false) : new Path2D.Double();
    }

    /** A region's -fx-shape scaled into the box (x0, y0)-(x1, y1), as JavaFX does with scaleShape. */
    static java.awt.Shape fitted(Shape shape, double x0, double y0, double x1, double y1) {
        java.awt.Shape raw = of(shape);
        Bounds b = shape.getLayoutBounds();
        if (b.getWidth() <= 0 || b.getHeight() <= 0) {
            return raw;
        }
        AffineTransform t = new AffineTransform();
        t.translate(x0, y0);
        t.scale((x1 - x0) / b.getWidth(), (y1 - y0) / b.getHeight());
        t.translate(-b.getMinX(), -b.getMinY());
        return t.createTransformedShape(raw);
    }

    private static java.awt.Shape poly(ObservableList<Double> pts, boolean closed) {
        Path2D.Double d = new Path2D.Double();
        for (int i = 0; i + 1 < pts.size(); i += 2) {
            if (i == 0) {
                d.moveTo(pts.get(i), pts.get(i + 1));
            } else {
                d.lineTo(pts.get(i), pts.get(i + 1));
            }
        }
        if (closed) {
            d.closePath();
        }
        return d;
    }

    private static java.awt.Shape path(ObservableList<PathElement> els, boolean evenOdd) {
        Path2D.Double d = new Path2D.Double(evenOdd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        double x = 0;
        double y = 0;
        double sx = 0;
        double sy = 0;
        boolean open = false;
        for (PathElement e : els) {
            double ox = e.isAbsolute() ? 0 : x;
            double oy = e.isAbsolute() ? 0 : y;
            if (e instanceof MoveTo m) {
                x = ox + m.getX();
                y = oy + m.getY();
                d.moveTo(x, y);
                sx = x;
                sy = y;
                open = true;
                continue;
            }
            if (!open) {
                d.moveTo(x, y);
                open = true;
            }
            if (e instanceof LineTo l) {
                x = ox + l.getX();
                y = oy + l.getY();
                d.lineTo(x, y);
            } else if (e instanceof HLineTo h) {
                x = ox + h.getX();
                d.lineTo(x, y);
            } else if (e instanceof VLineTo v) {
                y = oy + v.getY();
                d.lineTo(x, y);
            } else if (e instanceof CubicCurveTo c) {
                d.curveTo(ox + c.getControlX1(), oy + c.getControlY1(), ox + c.getControlX2(), oy + c.getControlY2(),
                        ox + c.getX(), oy + c.getY());
                x = ox + c.getX();
                y = oy + c.getY();
            } else if (e instanceof QuadCurveTo q) {
                d.quadTo(ox + q.getControlX(), oy + q.getControlY(), ox + q.getX(), oy + q.getY());
                x = ox + q.getX();
                y = oy + q.getY();
            } else if (e instanceof ArcTo a) {
                // arcs do not occur in charts; a straight segment keeps the outline closed
                x = ox + a.getX();
                y = oy + a.getY();
                d.lineTo(x, y);
            } else if (e instanceof ClosePath) {
                d.closePath();
                x = sx;
                y = sy;
            }
        }
        return d;
    }
}
