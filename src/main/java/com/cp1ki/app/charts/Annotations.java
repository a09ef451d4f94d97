package com.cp1ki.app.charts;

import javafx.geometry.Bounds;
import javafx.geometry.BoundingBox;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.control.Label;
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

    /** A vertical line at x, labelled near the top of the plot (or near its bottom). */
    public record VLine<X>(X x, String label, String styleClass, boolean labelAtBottom) {
    }

    /** A vertical band between two x values, behind the series, named at its top when the name fits. */
    public record Column<X>(X from, X to, String label, String tooltip, String styleClass) {
    }

    /** A horizontal line at y, labelled at the right end. */
    public record HLine(double y, String label, String styleClass) {
    }

    /** A marked point with a label, a tooltip and an optional click action. */
    public record Point<X>(X x, double y, String label, String tooltip, String styleClass, Runnable onClick) {
    }

    /**
     * A shaded area between two lines over the same x values (e.g. a P10-P90 band around a series),
     * behind the series.
     */
    public record Area<X>(List<X> xs, List<Double> low, List<Double> high, String styleClass) {
        public Area {
            xs = List.copyOf(xs);
            low = List.copyOf(low);
            high = List.copyOf(high);
            if (low.size() != xs.size() || high.size() != xs.size()) {
                throw new IllegalArgumentException("an area needs a low and a high value for each x");
            }
        }
    }

    /** A text centred over x with its bottom at y (e.g. a bar's total). */
    public record Text<X>(X x, double y, String text, String styleClass, double gap) {
    }

    private final List<Text<X>> texts = new ArrayList<>();
    private final Group back = new Group();
    private final Group front = new Group();
    private final List<Band> bands = new ArrayList<>();
    private final List<Area<X>> areas = new ArrayList<>();
    private final List<javafx.scene.shape.Polygon> areaNodes = new ArrayList<>();
    private final List<Column<X>> columns = new ArrayList<>();
    private final List<Node[]> columnNodes = new ArrayList<>();
    private final List<VLine<X>> vlines = new ArrayList<>();
    private final List<HLine> hlines = new ArrayList<>();
    private final List<Point<X>> points = new ArrayList<>();
    private final List<Node[]> bandNodes = new ArrayList<>();
    private final List<Node[]> hlineNodes = new ArrayList<>();
    private final List<Node[]> vlineNodes = new ArrayList<>();
    private final List<Label> textNodes = new ArrayList<>();
    private final List<Node[]> pointNodes = new ArrayList<>();
    private final ChartTips tips = new ChartTips();
    private boolean dirty = true;

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
        areas.clear();
        columns.clear();
        vlines.clear();
        hlines.clear();
        points.clear();
        texts.clear();
        dirty = true;
    }

    public void text(X x, double y, String text, String styleClass) {
        text(x, y, text, styleClass, 2);
    }

    /** A text whose bottom sits {@code gap} pixels above y (clear of a symbol drawn at y). */
    public void text(X x, double y, String text, String styleClass, double gap) {
        texts.add(new Text<>(x, y, text, styleClass, gap));
        dirty = true;
    }

    public List<Text<X>> texts() {
        return List.copyOf(texts);
    }

    public void band(double from, double to, String label, String styleClass) {
        bands.add(new Band(from, to, label, styleClass));
        dirty = true;
    }

    /** A shaded area between {@code low} and {@code high} over {@code xs}, behind the series. */
    public void area(List<X> xs, List<Double> low, List<Double> high, String styleClass) {
        areas.add(new Area<>(xs, low, high, styleClass));
        dirty = true;
    }

    public List<Area<X>> areas() {
        return List.copyOf(areas);
    }

    /** The polygon of area {@code i} (for tests). */
    javafx.scene.shape.Polygon areaNode(int i) {
        return areaNodes.get(i);
    }

    public void vline(X x, String label, String styleClass) {
        vlines.add(new VLine<>(x, label, styleClass, false));
        dirty = true;
    }

    /** A vertical line labelled near the bottom of the plot (e.g. where a band ends). */
    public void edge(X x, String label, String styleClass) {
        vlines.add(new VLine<>(x, label, styleClass, true));
        dirty = true;
    }

    public void column(X from, X to, String label, String tooltip, String styleClass) {
        columns.add(new Column<>(from, to, label, tooltip, styleClass));
        dirty = true;
    }

    public List<Column<X>> columns() {
        return List.copyOf(columns);
    }

    /** The rectangle and label (or null) of column {@code i} (for tests). */
    Node[] columnNodes(int i) {
        return columnNodes.get(i).clone();
    }

    public void hline(double y, String label, String styleClass) {
        hlines.add(new HLine(y, label, styleClass));
        dirty = true;
    }

    public void point(X x, double y, String label, String tooltip, String styleClass, Runnable onClick) {
        points.add(new Point<>(x, y, label, tooltip, styleClass, onClick));
        dirty = true;
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

    /** The nodes of point {@code i}: its circle, its label (or null) and its leader line (for tests). */
    Node[] pointNodes(int i) {
        return pointNodes.get(i).clone();
    }

    public List<Point<X>> points() {
        return List.copyOf(points);
    }

    /** Lays out every mark for a plot of the given size; nodes are made again only after the marks change. */
    public void layout(Axis<X> xAxis, Axis<Number> yAxis, double width, double height) {
        if (dirty) {
            build();
            dirty = false;
        }
        position(xAxis, yAxis, width, height);
    }

    /** Makes the nodes of every mark (styled now, so their sizes are known). */
    private void build() {
        back.getChildren().clear();
        front.getChildren().clear();
        bandNodes.clear();
        areaNodes.clear();
        columnNodes.clear();
        hlineNodes.clear();
        vlineNodes.clear();
        textNodes.clear();
        pointNodes.clear();
        for (Band b : bands) {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("chart-band");
            r.getStyleClass().addAll(classes(b.styleClass()));
            back.getChildren().add(r);
            bandNodes.add(new Node[]{r, b.label() == null ? null : label(back, b.label(), "chart-band-label", b.styleClass())});
        }
        for (Area<X> a : areas) {
            javafx.scene.shape.Polygon poly = new javafx.scene.shape.Polygon();
            poly.getStyleClass().add("chart-area-band");
            poly.getStyleClass().addAll(classes(a.styleClass()));
            poly.setMouseTransparent(true);
            back.getChildren().add(poly);
            areaNodes.add(poly);
        }
        for (Column<X> c : columns) {
            Rectangle r = new Rectangle();
            r.getStyleClass().add("chart-column");
            r.getStyleClass().addAll(classes(c.styleClass()));
            if (c.tooltip() != null) {
                tips.attach(r, c.tooltip());
            }
            back.getChildren().add(r);
            columnNodes.add(new Node[]{r, c.label() == null ? null : label(back, c.label(), "chart-column-label", c.styleClass())});
        }
        for (HLine h : hlines) {
            Line line = new Line();
            line.getStyleClass().add("chart-marker-line");
            line.getStyleClass().addAll(classes(h.styleClass()));
            front.getChildren().add(line);
            hlineNodes.add(new Node[]{line, h.label() == null ? null : label(front, h.label(), "chart-marker-label", h.styleClass())});
        }
        for (VLine<X> v : vlines) {
            Line line = new Line();
            line.getStyleClass().add("chart-marker-line");
            line.getStyleClass().addAll(classes(v.styleClass()));
            front.getChildren().add(line);
            vlineNodes.add(new Node[]{line, v.label() == null ? null : label(front, v.label(), "chart-marker-label", v.styleClass())});
        }
        for (Text<X> t : texts) {
            textNodes.add(label(front, t.text(), "chart-value-label", t.styleClass()));
        }
        List<Line> leaders = new ArrayList<>();
        for (Point<X> p : points) {
            Line leader = new Line();
            leader.getStyleClass().add("chart-leader-line");
            leader.setVisible(false);
            leader.setMouseTransparent(true);
            if (p.label() != null) {
                front.getChildren().add(leader); // under the points and labels
            }
            leaders.add(leader);
        }
        List<Circle> circles = new ArrayList<>();
        for (Point<X> p : points) {
            Circle c = new Circle(6);
            c.getStyleClass().add("chart-marker-point");
            c.getStyleClass().addAll(classes(p.styleClass()));
            if (p.tooltip() != null) {
                tips.attach(c, p.tooltip());
            }
            if (p.onClick() != null) {
                c.setOnMouseClicked(e -> p.onClick().run());
            }
            front.getChildren().add(c);
            circles.add(c);
        }
        for (int i = 0; i < points.size(); i++) {
            Point<X> p = points.get(i);
            Label l = null;
            if (p.label() != null) {
                l = label(front, p.label(), "chart-marker-label", p.styleClass());
                if (p.onClick() != null) {
                    l.setOnMouseClicked(e -> p.onClick().run());
                }
            }
            pointNodes.add(new Node[]{circles.get(i), l, leaders.get(i)});
        }
        back.applyCss();
        front.applyCss();
    }

    private void position(Axis<X> xAxis, Axis<Number> yAxis, double width, double height) {
        List<Bounds> taken = new ArrayList<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            Rectangle r = (Rectangle) bandNodes.get(i)[0];
            Label l = (Label) bandNodes.get(i)[1];
            double y1 = clamp(yAxis.getDisplayPosition(b.to()), 0, height);
            double y2 = clamp(yAxis.getDisplayPosition(b.from()), 0, height);
            boolean show = y2 - y1 >= 1;
            r.setVisible(show);
            r.setX(0);
            r.setY(y1);
            r.setWidth(width);
            r.setHeight(Math.max(0, y2 - y1));
            if (l != null) {
                l.setVisible(show);
                place(l, 6, y1 + 2, width, height, taken, false);
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            Area<X> a = areas.get(i);
            List<Double> pts = new ArrayList<>();
            int n = a.xs().size();
            for (int k = 0; k < 2 * n; k++) {
                // along the high values, then back along the low ones
                int j = k < n ? k : 2 * n - 1 - k;
                double x = xAxis.getDisplayPosition(a.xs().get(j));
                double y = yAxis.getDisplayPosition(k < n ? a.high().get(j) : a.low().get(j));
                if (!Double.isNaN(x) && !Double.isNaN(y)) {
                    pts.add(x);
                    pts.add(clamp(y, 0, height));
                }
            }
            areaNodes.get(i).getPoints().setAll(pts);
        }
        for (int i = 0; i < columns.size(); i++) {
            Column<X> c = columns.get(i);
            double x1 = clamp(xAxis.getDisplayPosition(c.from()), 0, width);
            double x2 = clamp(xAxis.getDisplayPosition(c.to()), 0, width);
            Rectangle r = (Rectangle) columnNodes.get(i)[0];
            r.setVisible(x2 - x1 > 0);
            r.setX(x1);
            r.setY(0);
            r.setWidth(Math.max(0, x2 - x1));
            r.setHeight(height);
            Label l = (Label) columnNodes.get(i)[1];
            if (l != null) {
                // a narrow band wraps its name onto lines of its width (at most three), centred
                l.setWrapText(true);
                l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
                double w = Math.min(l.prefWidth(-1), x2 - x1 - 4);
                double line = l.prefHeight(Double.MAX_VALUE);
                double h = w > 0 ? l.prefHeight(w) : height;
                l.setVisible(w > 0 && h <= 3.2 * line && h < height / 2 && fitsWords(l.getText(), l, w));
                if (l.isVisible()) {
                    l.resizeRelocate((x1 + x2 - w) / 2, 4, w, h);
                    taken.add(new BoundingBox((x1 + x2 - w) / 2, 4, w, h));
                }
            }
        }
        for (int i = 0; i < hlines.size(); i++) {
            double y = yAxis.getDisplayPosition(hlines.get(i).y());
            Line line = (Line) hlineNodes.get(i)[0];
            Label l = (Label) hlineNodes.get(i)[1];
            boolean show = !Double.isNaN(y) && y >= 0 && y <= height;
            setLine(line, show, 0, y, width, y);
            if (l != null) {
                l.setVisible(show);
                if (show) {
                    place(l, width - l.prefWidth(-1) - 6, y - l.prefHeight(-1) - 2, width, height, taken, true);
                }
            }
        }
        for (int i = 0; i < vlines.size(); i++) {
            double x = xAxis.getDisplayPosition(vlines.get(i).x());
            Line line = (Line) vlineNodes.get(i)[0];
            Label l = (Label) vlineNodes.get(i)[1];
            boolean show = !Double.isNaN(x) && x >= 0 && x <= width;
            setLine(line, show, x, 0, x, height);
            if (l != null) {
                l.setVisible(show);
                if (show) {
                    double ly = vlines.get(i).labelAtBottom() ? height - l.prefHeight(-1) - 4 : 4;
                    place(l, x + 4, ly, width, height, taken, true);
                }
            }
        }
        for (int i = 0; i < texts.size(); i++) {
            Text<X> t = texts.get(i);
            Label l = textNodes.get(i);
            double x = xAxis.getDisplayPosition(t.x());
            double y = yAxis.getDisplayPosition(t.y());
            l.setVisible(!Double.isNaN(x) && !Double.isNaN(y));
            if (l.isVisible()) {
                place(l, x - l.prefWidth(-1) / 2, y - l.prefHeight(-1) - t.gap(), width, height, taken, false);
            }
        }
        double[][] at = new double[points.size()][];
        for (int i = 0; i < points.size(); i++) {
            double x = xAxis.getDisplayPosition(points.get(i).x());
            double y = yAxis.getDisplayPosition(points.get(i).y());
            boolean inside = !Double.isNaN(x) && !Double.isNaN(y) && x >= -1 && x <= width + 1 && y >= -1
                    && y <= height + 1;
            Circle c = (Circle) pointNodes.get(i)[0];
            c.setVisible(inside);
            if (inside) {
                at[i] = new double[]{x, y};
                c.setCenterX(x);
                c.setCenterY(y);
                taken.add(new BoundingBox(x - 7, y - 7, 14, 14));
            }
        }
        for (int i = 0; i < points.size(); i++) {
            Label l = (Label) pointNodes.get(i)[1];
            if (l == null) {
                continue;
            }
            l.setVisible(at[i] != null);
            if (at[i] == null) {
                continue;
            }
            double lw = l.prefWidth(-1);
            double lx = at[i][0] - lw - 10 >= 0 ? at[i][0] - lw - 10 : at[i][0] + 10;
            place(l, lx, at[i][1] - l.prefHeight(-1) - 6, width, height, taken, true);
            lead((Line) pointNodes.get(i)[2], l, at[i][0], at[i][1]);
        }
    }

    /**
     * A thin line from a point to its label when crowding moved the label away from it, so each
     * label still says which point it names; none when the label sits next to its point.
     */
    private static void lead(Line leader, Label l, double px, double py) {
        if (!l.isVisible()) {
            leader.setVisible(false);
            return;
        }
        double x = l.getLayoutX();
        double y = l.getLayoutY();
        double ax = clamp(px, x, x + l.getWidth());
        double ay = clamp(py, y, y + l.getHeight());
        double dx = ax - px;
        double dy = ay - py;
        double d = Math.hypot(dx, dy);
        if (d < 14) {
            leader.setVisible(false);
            return;
        }
        double r = 6 / d; // start at the circle's edge
        setLine(leader, true, px + dx * r, py + dy * r, ax, ay);
    }

    private static void setLine(Line line, boolean show, double x1, double y1, double x2, double y2) {
        line.setVisible(show);
        if (show) {
            line.setStartX(x1);
            line.setStartY(y1);
            line.setEndX(x2);
            line.setEndY(y2);
        }
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
        if (avoid && w > width - 4) {
            l.setVisible(false);
            return;
        }
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

    /** Whether each word of {@code text} fits {@code width} in the label's font (a wrapped word is never cut). */
    private static boolean fitsWords(String text, Label l, double width) {
        for (String word : text.split("\\s+")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(word);
            t.setFont(l.getFont());
            if (t.getLayoutBounds().getWidth() > width - l.snappedLeftInset() - l.snappedRightInset()) {
                return false;
            }
        }
        return true;
    }
}
