package com.cp1ki.engine;

import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Crossover.Crossing;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact crossovers of two cost curves. Between breakpoints the difference of two piecewise-linear
 * curves is linear, so each interval is solved in closed form and each breakpoint is checked for
 * a sign change caused by a step (reported with {@code atStep}).
 *
 * <p>A fleet's staircase lies within one instance's cost of a straight line, so the difference of
 * two curves can only change sign where the lines' difference is within those widths: outside
 * that band (computed in closed form) the scan skips the steps, which keeps a fleet of thousands
 * of steps cheap.
 */
final class Crossovers {
    /**
     * At most this many crossings are listed (the first ones); a warning says when more exist. The
     * scan still finds every crossing, so the count and the stable volume are the real ones.
     */
    static final int MAX_CROSSINGS = 1000;
    /**
     * At most this many breakpoints are visited per pair of curves (about 0.1 s); a warning says
     * where the search stopped. Only two fleets of different step sizes whose costs run within one
     * instance of each other over millions of steps come near it.
     */
    static final int MAX_BREAKPOINTS = 2_000_000;
    /** At most this many breakpoints are visited for all the pairs of one report together (a second or two). */
    static final long MAX_REPORT_BREAKPOINTS = 20_000_000;

    /** What is left of a report's breakpoint budget; one per report. */
    static final class Budget {
        long left = MAX_REPORT_BREAKPOINTS;
    }

    private Crossovers() {
    }

    static Crossover between(CostCurve a, CostCurve b, double vmin, double vmax) {
        return between(a, b, vmin, vmax, new ArrayList<>(), new Budget());
    }

    /** The crossover of two curves; adds a warning to {@code warnings} when the search had to stop early. */
    static Crossover between(CostCurve a, CostCurve b, double vmin, double vmax, List<Warning> warnings,
                             Budget budget) {
        if (a.segments().equals(b.segments())) {
            // the same costs everywhere (a duplicated stack): nothing to scan, however many steps
            return new Crossover(a.workload(), a.stack(), b.stack(), a.withOps(), List.of(), null, null, null, List.of());
        }
        if (sameSteps(a, b)) {
            return parallelSteps(a, b, vmin, vmax);
        }
        Scan scan = new Scan(a, b, Math.min(MAX_BREAKPOINTS, budget.left));
        Envelope ea = Envelope.of(a, vmin, vmax);
        Envelope eb = Envelope.of(b, vmin, vmax);
        double tail = Math.min(vmax, Math.max(ea.start, eb.start));
        scan.run(vmin, tail);
        if (tail < vmax) {
            double[] band = band(ea, eb, tail, vmax);
            if (band != null) {
                scan.run(band[0], band[1]);
            }
            scan.run(vmax, vmax);
        }
        budget.left -= Math.min(scan.visited, budget.left);
        if (scan.visited >= scan.limit) {
            warnings.add(new Warning("crossings-search-cut", a.stack() + " / " + b.stack() + " / " + a.workload(),
                    "The costs of " + a.stack() + " and " + b.stack() + " stay within one instance of each other over "
                            + "more fleet steps than are searched (" + Fmt.count(MAX_BREAKPOINTS) + " per pair, "
                            + Fmt.count(MAX_REPORT_BREAKPOINTS) + " per report); crossings were searched up to "
                            + Fmt.count(Math.max(vmin, scan.scanned)) + " inferences/day only."));
        }
        String cheaperBelow = cheaper(scan.firstSign, a, b);
        String cheaperAbove = cheaper(Double.compare(a.costAt(vmax) - b.costAt(vmax), 0.0), a, b);
        List<Double> volumes = new ArrayList<>();
        for (Crossing c : scan.found) {
            volumes.add(c.volume());
        }
        // a search cut short by the budget does not know the last crossing, so it names none
        Double stable = scan.lastFound == null || cheaperAbove == null || scan.visited >= scan.limit ? null
                : scan.lastFound.volume();
        return new Crossover(a.workload(), a.stack(), b.stack(), a.withOps(), volumes, stable, cheaperAbove,
                cheaperBelow, scan.found, scan.count);
    }

    /** Two staircases that step at the same volumes by the same cost: their difference is a line. */
    private static boolean sameSteps(CostCurve a, CostCurve b) {
        return a.segments() instanceof CostCurve.Staircase x && b.segments() instanceof CostCurve.Staircase y
                && x.step() == y.step() && x.firstInstances() == y.firstInstances() && x.size() == y.size()
                && x.flatUpTo() == y.flatUpTo() && x.perInstance() == y.perInstance()
                && x.get(0).fromVolume() == y.get(0).fromVolume()
                && x.get(x.size() - 1).toVolume() == y.get(y.size() - 1).toVolume();
    }

    /**
     * Crossings of two fleets with the same steps (the same GPU with other fixed costs or extras):
     * the instance costs cancel, so a - b is the line of their base costs and slopes, solved once
     * however many steps the fleets take; the costs at each crossing are the curves' own.
     */
    private static Crossover parallelSteps(CostCurve a, CostCurve b, double vmin, double vmax) {
        CostCurve.Staircase x = (CostCurve.Staircase) a.segments();
        CostCurve.Staircase y = (CostCurve.Staircase) b.segments();
        CostCurve la = new CostCurve(a.workload(), a.stack(), a.withOps(),
                List.of(new Segment(vmin, vmax, x.baseIntercept(), x.slope(), 0)));
        CostCurve lb = new CostCurve(b.workload(), b.stack(), b.withOps(),
                List.of(new Segment(vmin, vmax, y.baseIntercept(), y.slope(), 0)));
        Crossover lines = between(la, lb, vmin, vmax);
        List<Crossing> found = new ArrayList<>();
        for (Crossing c : lines.details()) {
            found.add(new Crossing(c.volume(), false, a.costAt(c.volume()), b.costAt(c.volume())));
        }
        return new Crossover(a.workload(), a.stack(), b.stack(), a.withOps(), lines.crossings(), lines.stableAbove(),
                lines.cheaperAbove(), lines.cheaperBelow(), found);
    }

    private static String cheaper(int sign, CostCurve a, CostCurve b) {
        return sign > 0 ? b.stack() : sign < 0 ? a.stack() : null;
    }

    /** Volumes in [lo, hi] where a - b may change sign, widened by a step on each side; null if none. */
    private static double[] band(Envelope ea, Envelope eb, double lo, double hi) {
        double di = ea.intercept - eb.intercept;
        double ds = ea.slope - eb.slope;
        double slack = 1e-9 * (Math.abs(ea.intercept) + Math.abs(eb.intercept) + ea.width + eb.width
                + (Math.abs(ea.slope) + Math.abs(eb.slope)) * hi);
        double low = -ea.width - slack;
        double high = eb.width + slack;
        double x1;
        double x2;
        if (ds == 0) {
            if (di < low || di > high) {
                return null;
            }
            x1 = lo;
            x2 = hi;
        } else {
            double v1 = (low - di) / ds;
            double v2 = (high - di) / ds;
            x1 = Math.min(v1, v2);
            x2 = Math.max(v1, v2);
        }
        double pad = Math.max(ea.step, eb.step);
        x1 = Math.max(lo, x1 - pad);
        x2 = Math.min(hi, x2 + pad);
        return x1 <= x2 ? new double[]{x1, x2} : null;
    }

    /** A line and a width such that line(V) <= cost(V) <= line(V) + width for V above start. */
    private record Envelope(double start, double intercept, double slope, double width, double step) {
        static Envelope of(CostCurve c, double vmin, double vmax) {
            if (c.segments() instanceof CostCurve.Staircase s) {
                int nr = s.flatUpTo();
                double start = Math.max(s.firstInstances(), nr) * s.step();
                double perVolume = s.perInstance() / s.step();
                return new Envelope(Math.max(vmin, start), s.baseIntercept() - nr * s.perInstance(),
                        s.slope() + perVolume, s.perInstance(), s.step());
            }
            if (c.segments().size() == 1) {
                Segment g = c.segments().get(0);
                return new Envelope(vmin, g.intercept(), g.slope(), 0, 0);
            }
            return new Envelope(vmax, 0, 0, 0, 0);
        }
    }

    /**
     * Walks the breakpoints of both curves in order, collecting sign changes of a - b: the first
     * {@link #MAX_CROSSINGS} are kept, all are counted, and the last one is remembered.
     */
    private static final class Scan {
        final CostCurve a;
        final CostCurve b;
        final List<Crossing> found = new ArrayList<>();
        Crossing lastFound;
        int count;
        int last;
        int firstSign;
        double prevA = Double.NaN;
        double prevB = Double.NaN;
        double zeroAt = Double.NaN;
        double zeroA;
        double zeroB;
        double scanned = Double.NEGATIVE_INFINITY;
        long visited;
        final long limit;

        Scan(CostCurve a, CostCurve b, long limit) {
            this.a = a;
            this.b = b;
            this.limit = limit;
        }

        void run(double lo, double hi) {
            lo = Math.max(lo, scanned);
            if (lo > hi) {
                return;
            }
            int ia = a.segmentIndex(lo);
            int ib = b.segmentIndex(lo);
            double p = lo;
            boolean first = true;
            while (visited++ < limit) {
                Segment sa = a.segments().get(ia);
                Segment sb = b.segments().get(ib);
                double q = Math.min(hi, Math.min(sa.toVolume(), sb.toVolume()));
                double ap = sa.costAt(p);
                double bp = sb.costAt(p);
                boolean jump = !first || p > scanned;
                visit(ap - bp, p, ap, bp, jump && !Double.isNaN(prevA));
                double aq = sa.costAt(q);
                double bq = sb.costAt(q);
                double dp = ap - bp;
                double dq = aq - bq;
                if (q > p && dp != 0 && dq != 0 && (dp > 0) != (dq > 0)) {
                    double r = -(sa.intercept() - sb.intercept()) / (sa.slope() - sb.slope());
                    r = Math.min(q, Math.max(p, r));
                    add(new Crossing(r, false, sa.costAt(r), sb.costAt(r)));
                    last = dq > 0 ? 1 : -1;
                    zeroAt = Double.NaN;
                }
                visit(dq, q, aq, bq, false);
                prevA = aq;
                prevB = bq;
                first = false;
                scanned = q;
                if (q >= hi) {
                    return;
                }
                if (sa.toVolume() <= q) {
                    ia++;
                }
                if (sb.toVolume() <= q) {
                    ib++;
                }
                p = q;
            }
        }

        private void add(Crossing c) {
            if (found.size() < MAX_CROSSINGS) {
                found.add(c);
            }
            lastFound = c;
            count = Math.addExact(count, 1);
        }

        private void visit(double d, double v, double ca, double cb, boolean afterBreak) {
            int s = d > 0 ? 1 : d < 0 ? -1 : 0;
            if (s == 0) {
                if (Double.isNaN(zeroAt)) {
                    zeroAt = v;
                    zeroA = ca;
                    zeroB = cb;
                }
                return;
            }
            if (firstSign == 0) {
                firstSign = s;
            }
            if (last != 0 && s != last) {
                if (!Double.isNaN(zeroAt)) {
                    add(new Crossing(zeroAt, false, zeroA, zeroB));
                } else {
                    add(new Crossing(v, afterBreak, afterBreak ? prevA : ca, afterBreak ? prevB : cb));
                }
            }
            last = s;
            zeroAt = Double.NaN;
        }
    }
}
