package com.cp1ki.engine.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Monthly cost of one stack serving one workload as a function of volume V (inferences/day):
 * piecewise linear, {@code intercept + slope x V} on each segment (fromVolume, toVolume].
 * Self-hosted curves step up where the fleet grows; API curves are one segment.
 */
public record CostCurve(String workload, String stack, boolean withOps, List<Segment> segments) {

    public CostCurve {
        segments = List.copyOf(segments);
    }

    /**
     * One linear piece.
     *
     * @param fromVolume  exclusive lower end, inferences/day
     * @param toVolume    inclusive upper end, inferences/day
     * @param intercept   USD/month at V = 0 on this piece
     * @param slope       USD/month per (inference/day)
     * @param instances   fleet size on this piece (0 for API stacks)
     */
    public record Segment(double fromVolume, double toVolume, double intercept, double slope, int instances) {
        public double costAt(double v) {
            return intercept + slope * v;
        }
    }

    /** Monthly cost at a volume inside the curve's range. */
    public double costAt(double v) {
        for (Segment s : segments) {
            if (v <= s.toVolume()) {
                return s.costAt(v);
            }
        }
        return segments.get(segments.size() - 1).costAt(v);
    }

    /**
     * Points for drawing on log axes: {@code perDecade} log-spaced volumes plus both ends of every
     * segment (so steps draw as verticals). Each point is {volume, monthly cost}.
     */
    public List<double[]> points(int perDecade) {
        List<double[]> pts = new ArrayList<>();
        for (Segment s : segments) {
            double lo = s.fromVolume();
            double hi = s.toVolume();
            pts.add(new double[]{lo, s.costAt(lo)});
            int n = Math.max(1, (int) Math.ceil(Math.log10(hi / lo) * perDecade));
            for (int k = 1; k < n; k++) {
                double v = lo * Math.pow(hi / lo, (double) k / n);
                pts.add(new double[]{v, s.costAt(v)});
            }
            pts.add(new double[]{hi, s.costAt(hi)});
        }
        return pts;
    }
}
