package com.cp1ki.app.charts;

import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Group;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * Marks drawn over an XY chart's plot: horizontal bands (behind the series), vertical and
 * horizontal lines, and labelled points (in front). The owning chart calls {@link #layout} from
 * its {@code layoutPlotChildren}; positions come from the chart's axes, so marks stay on their
 * values when the chart resizes or rescales. Labels are kept inside the plot and out of each other's way.
 *
 * @param <X> the chart's x type (Number, or String for category charts)
 */
public final class Annotations<X> {

    /** A horizontal band between two y values, behind the series. */
    public record Band(double from, double to, String label, String styleClass) {
    }

    /** A vertical line at x, labelled near the top of the plot. */
    public record VLine<X>(X x, String label, String styleClass) {
    }

    /** A horizontal line at y, labelled at the right end. */
    public record HLine(double y, String label, String styleClass) {
    }

    /** A marked point with a label, a tooltip and an optional click action. */
    public record Point<X>(X x, double y, String label, String tooltip, String styleClass, Runnable onClick) {
    }

    /** A text centred over x with its bottom at y (e.g. a bar's total). */
    public record Text<X>(X x, double y, String text, String styleClass, double gap) {
    }

    private final List<Text<X>> texts = new ArrayList<>();
    private final Group back = new Group();
    private final Group front = new Group();
    private final List<Band> bands = new ArrayList<>();
    private final List<VLine<X>> vlines = new ArrayList<>();
    private final List<HLine> hlines = new ArrayList<>();
    private final List<Point<X>> points = new ArrayList<>();

    public Annotations() {
        back.setManaged(false);
        front.setManaged(false);
    }

    /** The group to put behind the series (index 0 of the plot children). */
    public Group back() {
        return back;
    }

    /** The group to put in front of the series (last of the plot children). */
    public Group front() {
        return front;
    }

    public void clear() {
        bands.clear();
        vlines.clear();
        hlines.clear();
        points.clear();
        texts.clear();
    }

    public void text(X x, double y, String text, String styleClass) {
        text(x, y, text, styleClass, 2);
    }

    /** A text whose bottom sits {@code gap} pixels above y (clear of a symbol drawn at y). */
    public void text(X x, double y, String text, String styleClass, double gap) {
        texts.add(new Text<>(x, y, text, styleClass, gap));
    }

    public List<Text<X>> texts() {
        return List.copyOf(texts);
    }

    public void band(double from, double to, String label, String styleClass) {
        bands.add(new Band(from, to, label, styleClass));
    }

    public void vline(X x, String label, String styleClass) {
        vlines.add(new VLine<>(x, label, styleClass));
    }

    public void hline(double y, String label, String styleClass) {
        hlines.add(new HLine(y, label, styleClass));
    }

    public void point(X x, double y, String label, String tooltip, String styleClass, Runnable onClick) {
        points.add(new Point<>(x, y, label, tooltip, styleClass, onClick));
    }

    public List<Band> bands() {
        return List.copyOf(bands);
    }

    public List<VLine<X>> vlines() {
        return List.copyOf(vlines);
    }

    public List<HLine> hlines() {
        return List.copyOf(hlines);
    }

    public List<Point<X>> points() {
        return List.copyOf(points);
    }

    /** Rebuilds and positions every mark for a plot of the given size. */
    public void layout(Axis<X> xAxis, Axis<Number> yAxis, double width, double height) {
        build(xAxis, yAxis, width, height);
        styleNow();
    }

    private void build(Axis<X> xAxis, Axis<Number> yAxis, double width, double height) {
        back.getChildren().clear();
        front.getChildren().clear();
        List<Bounds> taken = new ArrayList<>();
        for (Band b : bands) {
            double y1 = clamp(yAxis.getDisplayPosition(b.to()), 0, height);
            double y2 = clamp(yAxis.getDisplayPosition(b.from()), 0, height);
            if (y2 - y1 < 1) {
                continue;
            }
            Rectangle r = new Rectangle(0, y1, width, y2 - y1);
            r.getStyleClass().add("chart-band");
            r.getStyleClass().addAll(classes(b.styleClass()));
            back.getChildren().add(r);
            if (b.label() != null) {
                Label l = label(back, b.label(), "chart-band-label", b.styleClass());
                place(l, 6, y1 + 2, width, height, taken, false);
            }
        }
        for (HLine h : hlines) {
            double y = yAxis.getDisplayPosition(h.y());
            if (Double.isNaN(y) || y < 0 || y > height) {
                continue;
            }
            Line line = new Line(0, y, width, y);
            line.getStyleClass().add("chart-marker-line");
            line.getStyleClass().addAll(classes(h.styleClass()));
            front.getChildren().add(line);
            if (h.label() != null) {
                Label l = label(front, h.label(), "chart-marker-label", h.styleClass());
                place(l, width - l.prefWidth(-1) - 6, y - l.prefHeight(-1) - 2, width, height, taken, true);
            }
        }
        for (VLine<X> v : vlines) {
            double x = xAxis.getDisplayPosition(v.x());
            if (Double.isNaN(x) || x < 0 || x > width) {
                continue;
            }
            Line line = new Line(x, 0, x, height);
            line.getStyleClass().add("chart-marker-line");
            line.getStyleClass().addAll(classes(v.styleClass()));
            front.getChildren().add(line);
            if (v.label() != null) {
                Label l = label(front, v.label(), "chart-marker-label", v.styleClass());
                place(l, x + 4, 4, width, height, taken, true);
            }
        }
        for (Text<X> t : texts) {
            double x = xAxis.getDisplayPosition(t.x());
            double y = yAxis.getDisplayPosition(t.y());
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            Label l = label(front, t.text(), "chart-value-label", t.styleClass());
            double w = l.prefWidth(-1);
            double h = l.prefHeight(-1);
            place(l, x - w / 2, y - h - t.gap(), width, height, taken, false);
        }
        List<double[]> at = new ArrayList<>();
        for (Point<X> p : points) {
            double x = xAxis.getDisplayPosition(p.x());
            double y = yAxis.getDisplayPosition(p.y());
            boolean inside = !Double.isNaN(x) && !Double.isNaN(y) && x >= -1 && x <= width + 1 && y >= -1
                    && y <= height + 1;
            at.add(inside ? new double[]{x, y} : null);
            if (inside) {
                taken.add(new BoundingBox(x - 7, y - 7, 14, 14));
            }
        }
        for (int i = 0; i < points.size(); i++) {
            Point<X> p = points.get(i);
            if (at.get(i) == null) {
                continue;
            }
            double x = at.get(i)[0];
            double y = at.get(i)[1];
            Circle c = new Circle(x, y, 6);
            c.getStyleClass().add("chart-marker-point");
            c.getStyleClass().addAll(classes(p.styleClass()));
            if (p.tooltip() != null) {
                Tooltip.install(c, new Tooltip(p.tooltip()));
            }
            if (p.onClick() != null) {
                c.setOnMouseClicked(e -> p.onClick().run());
            }
            front.getChildren().add(c);
        }
        for (int i = 0; i < points.size(); i++) {
            Point<X> p = points.get(i);
            if (at.get(i) == null || p.label() == null) {
                continue;
            }
            double x = at.get(i)[0];
            double y = at.get(i)[1];
            Label l = label(front, p.label(), "chart-marker-label", p.styleClass());
            if (p.onClick() != null) {
                l.setOnMouseClicked(e -> p.onClick().run());
            }
            double lw = l.prefWidth(-1);
            double lx = x - lw - 10 >= 0 ? x - lw - 10 : x + 10;
            place(l, lx, y - l.prefHeight(-1) - 6, width, height, taken, true);
        }
    }

    /** Shapes made during layout get their style now, not a pulse later (snapshots would miss it). */
    private void styleNow() {
        back.applyCss();
        front.applyCss();
    }

    private static List<String> classes(String styleClass) {
        return styleClass == null || styleClass.isBlank() ? List.of() : List.of(styleClass.trim().split("\\s+"));
    }

    private static Label label(Group parent, String text, String base, String styleClass) {
        Label l = new Label(text);
        l.getStyleClass().add(base);
        l.getStyleClass().addAll(classes(styleClass));
        l.setManaged(false);
        parent.getChildren().add(l);
        l.applyCss();
        return l;
    }

    /**
     * Positions a label inside the plot. When {@code avoid}, it tries its spot, then spots further
     * down and up, and takes the first clear of labels and points already placed; with none clear it
     * stays hidden (the point's tooltip still says it).
     */
    private static void place(Label l, double x, double y, double width, double height, List<Bounds> taken,
                              boolean avoid) {
        double w = l.prefWidth(-1);
        double h = l.prefHeight(-1);
        if (x + w > width) {
            x = Math.max(0, x - w - 16);
        }
        x = clamp(x, 0, Math.max(0, width - w));
        y = clamp(y, 0, Math.max(0, height - h));
        if (avoid) {
            Double free = null;
            for (int k = 0; k < 16 && free == null; k++) {
                double step = (k + 1) / 2 * (h + 2) * (k % 2 == 1 ? 1 : -1);
                double cy = y + step;
                if (cy < 0 || cy + h > height) {
                    continue;
                }
                Bounds here = new BoundingBox(x, cy, w, h);
                if (taken.stream().noneMatch(b -> b.intersects(here))) {
                    free = cy;
                }
            }
            if (free == null) {
                l.setVisible(false);
                return;
            }
            y = free;
            taken.add(new BoundingBox(x, y, w, h));
        }
        l.resizeRelocate(x, y, w, h);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
