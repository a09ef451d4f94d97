package com.cp1ki.app.charts;

import javafx.geometry.Side;
import javafx.scene.chart.ValueAxis;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/**
 * A base-10 logarithmic value axis. Auto-ranges to whole decades around the data; major ticks at
 * every decade (with 2 and 5 in between when the range spans fewer than three decades and there is
 * room), or every second, third... decade when the axis is too short for all of them to stand
 * apart; minor ticks at 2..9 of each decade. Labels come from the tick-label formatter, by default compact
 * (100, 1k, 10k, 1M). Values at or below zero have no place on a log axis: callers leave them out.
 */
public final class LogarithmicAxis extends ValueAxis<Number> {

    private static final double FALLBACK_LOW = 1;
    private static final double FALLBACK_HIGH = 10;
    /** Least room a tick label needs along the axis (pixels), so labels never run into each other. */
    private static final double MIN_SPACING_VERTICAL = 26;
    private static final double MIN_SPACING_HORIZONTAL = 62;

    public LogarithmicAxis() {
        this("");
    }

    public LogarithmicAxis(String label) {
        super(FALLBACK_LOW, FALLBACK_HIGH);
        setLabel(label);
        setAutoRanging(true);
        setMinorTickCount(9);
    }

    /** Fixed bounds (both > 0); turns auto-ranging off. */
    public LogarithmicAxis(String label, double lower, double upper) {
        this(label);
        setAutoRanging(false);
        setLowerBound(lower);
        setUpperBound(upper);
    }

    /** Labels ticks with {@code format} (e.g. money or compact volume). */
    public void setLabelFormat(java.util.function.DoubleFunction<String> format) {
        setTickLabelFormatter(ChartFormat.axisLabels(format));
    }

    @Override
    protected Object autoRange(double minValue, double maxValue, double length, double labelSize) {
        double lo = minValue;
        double hi = maxValue;
        if (!(lo > 0) || Double.isInfinite(lo)) {
            lo = hi > 0 && !Double.isInfinite(hi) ? hi / 10 : FALLBACK_LOW;
        }
        if (!(hi > 0) || Double.isInfinite(hi) || hi < lo) {
            hi = lo * 10;
        }
        double lower = Math.pow(10, Math.floor(Math.log10(lo) + 1e-9));
        double upper = Math.pow(10, Math.ceil(Math.log10(hi) - 1e-9));
        if (upper <= lower) {
            upper = lower * 10;
        }
        return new double[]{lower, upper};
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] r = (double[]) range;
        setLowerBound(r[0]);
        setUpperBound(r[1]);
        currentLowerBound.set(r[0]);
    }

    @Override
    protected Object getRange() {
        return new double[]{getLowerBound(), getUpperBound()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] r = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        if (!(r[0] > 0) || !(r[1] > r[0])) {
            return ticks;
        }
        int first = (int) Math.floor(Math.log10(r[0]) + 1e-9);
        int last = (int) Math.ceil(Math.log10(r[1]) - 1e-9);
        double spacing = vertical() ? MIN_SPACING_VERTICAL : MIN_SPACING_HORIZONTAL;
        double decades = Math.log10(r[1] / r[0]);
        // 1, 2 and 5 of each decade while they stand apart; otherwise decades, every k-th when even those crowd
        boolean fine = last - first < 3 && (length <= 0 || length * 0.3 / decades >= spacing);
        int every = length <= 0 ? 1 : Math.max(1, (int) Math.ceil(spacing * decades / length));
        for (int e = first; e <= last; e++) {
            double decade = Math.pow(10, e);
            if (Math.floorMod(e, every) == 0) {
                addIfInside(ticks, decade, r);
            }
            if (fine) {
                addIfInside(ticks, 2 * decade, r);
                addIfInside(ticks, 5 * decade, r);
            }
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        double[] r = (double[]) getRange();
        List<Number> minor = new ArrayList<>();
        if (!(r[0] > 0) || !(r[1] > r[0])) {
            return minor;
        }
        int first = (int) Math.floor(Math.log10(r[0]) + 1e-9);
        int last = (int) Math.ceil(Math.log10(r[1]) - 1e-9);
        for (int e = first; e < last; e++) {
            for (int m = 2; m <= 9; m++) {
                addIfInside(minor, m * Math.pow(10, e), r);
            }
        }
        return minor;
    }

    private static void addIfInside(List<Number> list, double v, double[] r) {
        if (v >= r[0] * (1 - 1e-9) && v <= r[1] * (1 + 1e-9)) {
            list.add(v);
        }
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        StringConverter<Number> f = getTickLabelFormatter();
        return f != null ? f.toString(value) : ChartFormat.compact(value.doubleValue());
    }

    @Override
    public double getDisplayPosition(Number value) {
        double lo = Math.log10(getLowerBound());
        double hi = Math.log10(getUpperBound());
        double v = value.doubleValue();
        double d = v > 0 ? (Math.log10(v) - lo) / (hi - lo) : Double.NEGATIVE_INFINITY;
        return vertical() ? (1 - d) * getHeight() : d * getWidth();
    }

    @Override
    public Number getValueForDisplay(double displayPosition) {
        double lo = Math.log10(getLowerBound());
        double hi = Math.log10(getUpperBound());
        double d = vertical() ? 1 - displayPosition / getHeight() : displayPosition / getWidth();
        return Math.pow(10, lo + d * (hi - lo));
    }

    @Override
    public boolean isValueOnAxis(Number value) {
        double v = value.doubleValue();
        return v >= getLowerBound() && v <= getUpperBound();
    }

    @Override
    public double getZeroPosition() {
        return Double.NaN;
    }

    private boolean vertical() {
        Side s = getSide();
        return s != null && s.isVertical();
    }
}
