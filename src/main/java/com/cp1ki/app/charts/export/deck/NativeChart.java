package com.cp1ki.app.charts.export.deck;

import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.LogarithmicAxis;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.ValueAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Shape;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xslf.usermodel.XSLFChart;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

import java.util.List;

/**
 * A chart as a native PowerPoint chart (editable, its data in the embedded workbook), read from the
 * very JavaFX chart the picture shows: its series, values, axis titles, log scales and colours. Bars
 * (CP1Ki by stack) become a stacked column chart; a curve against a number axis (margin per user) a
 * scatter chart with straight lines. Charts whose meaning is in marks over the plot (the crossings
 * and current volume of the crossover, ROI bands, percentile lines) go into the deck as pictures. {@link #read}
 * reads the laid-out chart on the FX thread; {@link #of} writes the deck's chart on any thread.
 */
final class NativeChart {

    private NativeChart() {
    }

    /** Whether a chart of this kind goes into a deck as a native chart. */
    static boolean supports(ChartKind kind) {
        return kind == ChartKind.CP1KI || kind == ChartKind.MARGIN;
    }

    /** An axis: its title and, for a number axis, its range and whether it is logarithmic. */
    record AxisData(String title, boolean log, Double min, Double max) {
    }

    /** A series: its name, x values (null on a category axis), y values (one per category on bars) and colour. */
    record SeriesData(String name, Double[] xs, Double[] ys, Color color) {
    }

    /**
     * What a native chart shows, read from the JavaFX chart on the FX thread and written into the deck on
     * any thread: bars over categories (stacked or not) or lines over a number axis.
     */
    record Data(boolean bars, boolean stacked, List<String> categories, AxisData x, AxisData y,
                List<SeriesData> series) {
    }

    /** Reads a shown, laid-out adapter's chart (FX thread). */
    @SuppressWarnings("unchecked")
    static Data read(ChartAdapter a) {
        XYChart<?, ?> fx = a.chart();
        if (fx.getXAxis() instanceof CategoryAxis cats) {
            XYChart<String, Number> bars = (XYChart<String, Number>) fx;
            List<String> categories = List.copyOf(cats.getCategories());
            List<SeriesData> series = new java.util.ArrayList<>();
            for (XYChart.Series<String, Number> s : bars.getData()) {
                Double[] values = new Double[categories.size()];
                java.util.Arrays.fill(values, 0.0);
                for (XYChart.Data<String, Number> d : s.getData()) {
                    int i = categories.indexOf(d.getXValue());
                    if (i >= 0) {
                        values[i] = d.getYValue().doubleValue();
                    }
                }
                series.add(new SeriesData(s.getName(), null, values,
                        s.getData().isEmpty() ? null : color(s.getData().get(0).getNode())));
            }
            return new Data(true, fx instanceof StackedBarChart, categories, axis(fx.getXAxis()), axis(fx.getYAxis()),
                    series);
        }
        XYChart<Number, Number> lines = (XYChart<Number, Number>) fx;
        List<SeriesData> series = new java.util.ArrayList<>();
        for (XYChart.Series<Number, Number> s : lines.getData()) {
            series.add(new SeriesData(s.getName(),
                    s.getData().stream().map(d -> d.getXValue().doubleValue()).toArray(Double[]::new),
                    s.getData().stream().map(d -> d.getYValue().doubleValue()).toArray(Double[]::new), color(s.getNode())));
        }
        return new Data(false, false, List.of(), axis(fx.getXAxis()), axis(fx.getYAxis()), series);
    }

    private static AxisData axis(Axis<?> a) {
        if (a instanceof LogarithmicAxis log) {
            return new AxisData(label(a), true, log.getLowerBound(), log.getUpperBound());
        }
        if (a instanceof ValueAxis<?> v) {
            return new AxisData(label(a), false, v.getLowerBound(), v.getUpperBound());
        }
        return new AxisData(label(a), false, null, null);
    }

    /** Builds the native chart of what was read (any thread). */
    static XSLFChart of(XMLSlideShow ppt, Data d) {
        XSLFChart chart = ppt.createChart();
        if (d.bars()) {
            bars(chart, d);
        } else {
            lines(chart, d);
        }
        chart.setAutoTitleDeleted(true);
        if (d.series().size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        }
        return chart;
    }

    private static void bars(XSLFChart chart, Data d) {
        int n = d.categories().size();
        String[] cats = d.categories().stream().map(c -> c.replace('\n', ' ')).toArray(String[]::new);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(d.x().title());
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(d.y().title());
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setNumberFormat("#,##0.00");
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        if (d.stacked()) {
            data.setBarGrouping(BarGrouping.STACKED);
        }
        data.setGapWidth(60);
        XDDFDataSource<String> catData = XDDFDataSourcesFactory.fromArray(cats,
                chart.formatRange(new CellRangeAddress(1, n, 0, 0)), 0);
        int col = 1;
        for (SeriesData s : d.series()) {
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromArray(s.ys(),
                    chart.formatRange(new CellRangeAddress(1, n, col, col)), col);
            XDDFChartData.Series ser = data.addSeries(catData, v);
            ser.setTitle(s.name(), chart.setSheetTitle(s.name(), col));
            if (s.color() != null) {
                ser.setFillProperties(new XDDFSolidFillProperties(rgb(s.color())));
            }
            col++;
        }
        chart.plot(data);
        if (d.stacked()) {
            overlapFully(chart);
        }
    }

    /**
     * A stacked column chart needs its series to overlap fully ({@code <c:overlap val="100"/>}), or
     * PowerPoint shifts each series sideways. Written through the DOM: poi-ooxml-lite lacks the
     * compiled schema type of that one attribute, and the full schema jar would add 10 MB.
     */
    private static void overlapFully(XSLFChart chart) {
        String ns = "http://schemas.openxmlformats.org/drawingml/2006/chart";
        try (org.apache.xmlbeans.XmlCursor c = chart.getCTChart().getPlotArea().getBarChartArray(0).newCursor()) {
            c.selectPath("declare namespace c='" + ns + "' ./c:axId");
            if (c.toNextSelection()) {
                c.beginElement(new javax.xml.namespace.QName(ns, "overlap", "c"));
                c.insertAttributeWithValue("val", "100");
            }
        }
    }

    private static void lines(XSLFChart chart, Data d) {
        XDDFValueAxis x = chart.createValueAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        scale(x, d.x());
        scale(y, d.y());
        // each axis at the other's minimum: the usage axis along the bottom even when margins go negative
        y.setCrosses(AxisCrosses.MIN);
        x.setCrosses(AxisCrosses.MIN);
        XDDFScatterChartData data = (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, x, y);
        data.setStyle(ScatterStyle.LINE_MARKER);
        data.setVaryColors(false);
        int col = 0;
        for (SeriesData s : d.series()) {
            int n = s.xs().length;
            if (n == 0) {
                continue;
            }
            XDDFNumericalDataSource<Double> xd = XDDFDataSourcesFactory.fromArray(s.xs(),
                    chart.formatRange(new CellRangeAddress(1, n, col, col)), col);
            XDDFNumericalDataSource<Double> yd = XDDFDataSourcesFactory.fromArray(s.ys(),
                    chart.formatRange(new CellRangeAddress(1, n, col + 1, col + 1)), col + 1);
            XDDFScatterChartData.Series ser = (XDDFScatterChartData.Series) data.addSeries(xd, yd);
            chart.setSheetTitle(d.x().title(), col);
            ser.setTitle(s.name(), chart.setSheetTitle(s.name(), col + 1));
            ser.setSmooth(false);
            ser.setMarkerStyle(MarkerStyle.NONE);
            XDDFLineProperties line = new XDDFLineProperties(new XDDFSolidFillProperties(s.color() == null
                    ? XDDFColor.from(new byte[]{0, 0x72, (byte) 0xB2}) : rgb(s.color())));
            line.setWidth(2.25);
            ser.setLineProperties(line);
            col += 2;
        }
        chart.plot(data);
    }

    private static void scale(XDDFChartAxis to, AxisData from) {
        to.setTitle(from.title());
        if (from.log()) {
            to.setLogBase(10);
        }
        if (from.min() != null) {
            to.setMinimum(from.min());
            to.setMaximum(from.max());
        }
        to.setNumberFormat("#,##0");
    }

    private static String label(Axis<?> a) {
        return a.getLabel() == null ? "" : a.getLabel();
    }

    /** The colour JavaFX drew a series in: a bar's fill or a line's stroke. */
    static Color color(Node n) {
        if (n instanceof Region r && r.getBackground() != null && !r.getBackground().getFills().isEmpty()) {
            Paint p = r.getBackground().getFills().get(0).getFill();
            return p instanceof Color c ? c : null;
        }
        if (n instanceof Shape s) {
            return s.getStroke() instanceof Color c ? c : s.getFill() instanceof Color f ? f : null;
        }
        return null;
    }

    private static XDDFColor rgb(Color c) {
        return XDDFColor.from(new byte[]{(byte) Math.round(c.getRed() * 255), (byte) Math.round(c.getGreen() * 255),
                (byte) Math.round(c.getBlue() * 255)});
    }
}
