package com.cp1ki.engine;

import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;

/**
 * A line and a width that hold a cost curve from {@code start} up: line(V) <= cost(V) <= line(V) +
 * width for every V in [start, vmax], on both sides of every step. A fleet's staircase lies within
 * one instance's cost of its line; a single segment is its own line (width 0); any other curve has
 * no envelope below vmax.
 *
 * @param step inferences/day per step of the staircase (0 for a line)
 */
record StepEnvelope(double start, double intercept, double slope, double width, double step) {

    static StepEnvelope of(CostCurve c, double vmin, double vmax) {
        if (c.segments() instanceof CostCurve.Staircase s) {
            int nr = s.flatUpTo();
            double start = Math.max(s.firstInstances(), nr) * s.step();
            double perVolume = s.perInstance() / s.step();
            return new StepEnvelope(Math.max(vmin, start), s.baseIntercept() - nr * s.perInstance(),
                    s.slope() + perVolume, s.perInstance(), s.step());
        }
        if (c.segments().size() == 1) {
            Segment g = c.segments().get(0);
            return new StepEnvelope(vmin, g.intercept(), g.slope(), 0, 0);
        }
        return new StepEnvelope(vmax, 0, 0, 0, 0);
    }

    /** Whether the curve is a staircase whose envelope holds at volume v. */
    boolean stepsAt(double v) {
        return step > 0 && v >= start;
    }

    double at(double v) {
        return intercept + slope * v;
    }
}
