package com.cp1ki.engine.report;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Monthly cost of one stack serving one workload as a function of volume V (inferences/day):
 * piecewise linear, {@code intercept + slope x V} on each segment (fromVolume, toVolume].
 * Self-hosted curves step up where the fleet grows; API curves are one segment.
 *
 * <p>A fleet that grows by thousands of instances over the volume range is held as a
 * {@link Staircase}: an immutable list whose segments are computed on demand, so a curve costs
 * the same memory whatever the number of steps.
 */
public record CostCurve(String workload, String stack, boolean withOps, List<Segment> segments) {

    public CostCurve {
        segments = segments instanceof Staircase ? segments : List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a cost curve needs at least one segment");
        }
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

    /** Index of the segment holding volume v (the first for v at or below the range start, the last above it). */
    public int segmentIndex(double v) {
        if (segments instanceof Staircase s) {
            return s.indexOf(v);
        }
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (segments.get(mid).toVolume() < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the other curve has the same segments ({@code segments().equals}, so the same cost at
     * every volume), answered without walking the lists where their sizes or their staircases'
     * numbers already tell: what a Monte Carlo draw asks of every curve and pair.
     */
    public boolean sameSegments(CostCurve other) {
        List<Segment> x = segments;
        List<Segment> y = other.segments;
        if (x == y) {
            return true;
        }
        if (x.size() != y.size()) {
            return false;
        }
        if (x instanceof Staircase || y instanceof Staircase) {
            return x.equals(y);
        }
        for (int i = 0; i < x.size(); i++) {
            if (!x.get(i).equals(y.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Monthly cost at a volume inside the curve's range. */
    public double costAt(double v) {
        int i = segmentIndex(v);
        return segmentIntercept(i) + segmentSlope(i) * v;
    }

    /*
     * Segment i's numbers one by one, as segments().get(i) gives them, without building the
     * segment: a staircase computes each on demand, and a crossover scan reads them at every step it
     * visits (a Monte Carlo draw visits thousands).
     */

    /** The upper end of segment i (its {@link Segment#toVolume()}). */
    public double segmentEnd(int i) {
        if (segments instanceof Staircase s) {
            return s.upper(Objects.checkIndex(i, s.count));
        }
        return segments.get(i).toVolume();
    }

    /** The intercept of segment i (its {@link Segment#intercept()}). */
    public double segmentIntercept(int i) {
        if (segments instanceof Staircase s) {
            return s.intercept(s.firstInstances + Objects.checkIndex(i, s.count));
        }
        return segments.get(i).intercept();
    }

    /** The slope of segment i (its {@link Segment#slope()}). */
    public double segmentSlope(int i) {
        if (segments instanceof Staircase s) {
            Objects.checkIndex(i, s.count);
            return s.slope;
        }
        return segments.get(i).slope();
    }

    /**
     * Points for drawing on log axes: {@code perDecade} log-spaced volumes plus both ends of every
     * segment wide enough to see (so steps draw as verticals). Where steps are narrower than a
     * quarter of the point spacing, the curve is drawn at the log-spaced volumes only. Each point
     * is {volume, monthly cost}.
     */
    public List<double[]> points(int perDecade) {
        List<double[]> pts = new ArrayList<>();
        double minWidth = 0.25 / perDecade;
        double x = segments.get(0).fromVolume();
        int i = 0;
        int n = segments.size();
        while (i < n) {
            Segment s = segments.get(i);
            if (Math.log10(s.toVolume() / s.fromVolume()) < minWidth && i < n - 1) {
                // narrow steps: draw the next log-spaced volume and skip the steps before it
                double next = x * Math.pow(10, 1.0 / perDecade);
                int j = Math.max(i + 1, segmentIndex(next));
                Segment t = segments.get(j);
                double v = Math.min(next, t.toVolume());
                pts.add(new double[]{v, t.costAt(v)});
                x = v;
                i = v >= t.toVolume() ? j + 1 : j;
                continue;
            }
            double lo = Math.max(s.fromVolume(), x);
            double hi = s.toVolume();
            pts.add(new double[]{lo, s.costAt(lo)});
            int k = Math.max(1, (int) Math.ceil(Math.log10(hi / lo) * perDecade));
            for (int m = 1; m < k; m++) {
                double v = lo * Math.pow(hi / lo, (double) m / k);
                pts.add(new double[]{v, s.costAt(v)});
            }
            pts.add(new double[]{hi, s.costAt(hi)});
            x = hi;
            i++;
        }
        return pts;
    }

    /**
     * The segments of a fleet that steps up by one instance every {@code step} inferences/day:
     * segment i holds {@code firstInstances + i} instances on ((k - 1) x step, k x step] (the first
     * from the range start, the last to the range end), at
     * {@code baseIntercept + max(0, k - flatUpTo) x perInstance + slope x V}.
     * Instances up to {@code flatUpTo} (reserved ones, paid for anyway) add no cost.
     */
    public static final class Staircase extends AbstractList<Segment> implements RandomAccess {
        private final double from;
        private final double to;
        private final double step;
        private final int firstInstances;
        private final int count;
        private final double baseIntercept;
        private final int flatUpTo;
        private final double perInstance;
        private final double slope;

        public Staircase(double from, double to, double step, int firstInstances, int lastInstances,
                         double baseIntercept, int flatUpTo, double perInstance, double slope) {
            if (!(to > from) || !(step > 0) || lastInstances < firstInstances) {
                throw new IllegalArgumentException("invalid staircase");
            }
            this.from = from;
            this.to = to;
            this.step = step;
            this.firstInstances = firstInstances;
            this.count = lastInstances - firstInstances + 1;
            this.baseIntercept = baseIntercept;
            this.flatUpTo = flatUpTo;
            this.perInstance = perInstance;
            this.slope = slope;
        }

        @Override
        public Segment get(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException(i);
            }
            int k = firstInstances + i;
            double lo = i == 0 ? from : (k - 1) * step;
            double hi = i == count - 1 ? to : k * step;
            return new Segment(lo, hi, intercept(k), slope, k);
        }

        @Override
        public int size() {
            return count;
        }

        /**
         * Index of the segment holding volume v, as {@link CostCurve#segmentIndex} defines it (the
         * first whose upper end is at or above v), found from the step size instead of a search.
         */
        int indexOf(double v) {
            int last = count - 1;
            if (last == 0 || !(v > upper(0))) {
                return 0;
            }
            if (v > upper(last - 1)) {
                return last;
            }
            // segment i ends at (firstInstances + i) x step: the division lands within one of the answer
            int i = (int) Math.max(1, Math.min(last - 1, Math.ceil(v / step) - firstInstances));
            while (i > 0 && upper(i - 1) >= v) {
                i--;
            }
            while (upper(i) < v) {
                i++;
            }
            return i;
        }

        /** The upper end of segment i, as {@link #get} gives it. */
        private double upper(int i) {
            return i == count - 1 ? to : (firstInstances + i) * step;
        }

        /** Intercept with k instances. */
        public double intercept(int k) {
            return baseIntercept + Math.max(0, k - flatUpTo) * perInstance;
        }

        /** Inferences/day per added instance. */
        public double step() {
            return step;
        }

        /** Monthly cost each instance beyond {@link #flatUpTo()} adds. */
        public double perInstance() {
            return perInstance;
        }

        public int flatUpTo() {
            return flatUpTo;
        }

        public int firstInstances() {
            return firstInstances;
        }

        public double baseIntercept() {
            return baseIntercept;
        }

        public double slope() {
            return slope;
        }

        @Override
        public boolean equals(Object o) {
            if (o instanceof Staircase s) {
                return from == s.from && to == s.to && step == s.step && firstInstances == s.firstInstances
                        && count == s.count && baseIntercept == s.baseIntercept && flatUpTo == s.flatUpTo
                        && perInstance == s.perInstance && slope == s.slope;
            }
            return super.equals(o);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
