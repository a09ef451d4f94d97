package com.cp1ki.app.charts;

import javafx.scene.chart.NumberAxis;

/** Round axis bounds with headroom for labels: [0, 3.04] becomes 0..3.5 by 0.5. */
public record NiceRange(double lower, double upper, double step) {

    /** A range covering [lo, hi] (plus {@code headroom} of the span above hi) in about {@code ticks} steps. */
    public static NiceRange of(double lo, double hi, double headroom, int ticks) {
        if (!(hi > lo)) {
            hi = lo == 0 ? 1 : lo + Math.abs(lo);
        }
        double top = hi + (hi - lo) * headroom;
        double step = niceStep((top - lo) / ticks);
        return new NiceRange(Math.floor(lo / step) * step, Math.ceil(top / step) * step, step);
    }

    static double niceStep(double raw) {
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / mag;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
        return nice * mag;
    }

    /** Fixes a number axis to this range. */
    public void applyTo(NumberAxis axis) {
        axis.setAutoRanging(false);
        axis.setLowerBound(lower);
        axis.setUpperBound(upper);
        axis.setTickUnit(step);
    }
}
