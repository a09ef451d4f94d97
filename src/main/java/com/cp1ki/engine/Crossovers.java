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

    /**
     * {@link #stableAbove} searches from the top only in a band of more breakpoints than this; a
     * smaller one is scanned whole (cheaper than the suffixes' set-up).
     */
    private static final int MIN_SUFFIX_SEARCH = 64;

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
        return between(a, b, vmin, vmax, warnings, budget, true);
    }

    /**
     * The crossover of two curves.
     *
     * @param jumps whether the scan may jump over steps where the sign of a - b is certain (the same
     *              crossings; false visits every breakpoint, the tests' reference)
     */
    static Crossover between(CostCurve a, CostCurve b, double vmin, double vmax, List<Warning> warnings,
                             Budget budget, boolean jumps) {
        if (a.sameSegments(b)) {
            // the same costs everywhere (a duplicated stack): nothing to scan, however many steps
            return new Crossover(a.workload(), a.stack(), b.stack(), a.withOps(), List.of(), null, null, null, List.of());
        }
        if (sameSteps(a, b)) {
            return parallelSteps(a, b, vmin, vmax);
        }
        Regions regions = new Regions().of(Enveloped.of(a, vmin, vmax), Enveloped.of(b, vmin, vmax), vmin, vmax);
        CrossingScan scan = regions.scan(new CrossingScan(jumps, true), budget, Double.NEGATIVE_INFINITY);
        if (scan.cut()) {
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
        Double stable = scan.count == 0 || cheaperAbove == null || scan.cut() ? null : scan.lastVolume;
        return new Crossover(a.workload(), a.stack(), b.stack(), a.withOps(), volumes, stable, cheaperAbove,
                cheaperBelow, scan.found, scan.count);
    }

    /**
     * A cost curve with what every search of its crossings reads: its {@link StepEnvelope} and its
     * cost at the range end. A draw makes one per curve (an unchanged curve keeps the base
     * project's), not one per pair of curves.
     */
    record Enveloped(CostCurve curve, StepEnvelope envelope, double top) {
        static Enveloped of(CostCurve c, double vmin, double vmax) {
            return new Enveloped(c, StepEnvelope.of(c, vmin, vmax), c.costAt(vmax));
        }
    }

    /**
     * What a draw's stable searches reuse from pair to pair, so a search allocates nothing: one
     * last-crossing-only scan and the regions of the pair at hand. Not thread-safe: one per draw.
     */
    static final class Search {
        private final CrossingScan scan = new CrossingScan(true, false);
        private final Regions regions = new Regions();
    }

    /** {@link #stableAbove(Enveloped, Enveloped, double, double, Budget, Search)} of two bare curves, null when none. */
    static Double stableAbove(CostCurve a, CostCurve b, double vmin, double vmax, Budget budget) {
        double v = stableAbove(Enveloped.of(a, vmin, vmax), Enveloped.of(b, vmin, vmax), vmin, vmax, budget,
                new Search());
        return Double.isNaN(v) ? null : v;
    }

    /**
     * The stable volume of {@link #between} (its {@code stableAbove}: the last crossing; NaN when
     * none or when the search was cut) without listing the crossings, for a Monte Carlo draw that
     * follows only it. A scan begun at a volume x inside the scanned band where a - b is not zero
     * finds the same crossings above x as the scan from the range start (its state after x depends
     * only on the sign at x), so the band is scanned from its top in growing suffixes (1/128 of it,
     * then 1/64, ... 1/2) and the last crossing of the first suffix that holds one is the last of
     * all; a pair with none there, a band of few breakpoints (or a search that would be cut) takes the
     * whole search. The scan is {@link #between}'s, remembering only the last crossing.
     */
    static double stableAbove(Enveloped a, Enveloped b, double vmin, double vmax, Budget budget, Search search) {
        CostCurve ca = a.curve();
        CostCurve cb = b.curve();
        if (ca.sameSegments(cb)) {
            return Double.NaN;
        }
        if (sameSteps(ca, cb)) {
            Double v = parallelSteps(ca, cb, vmin, vmax).stableAbove();
            return v == null ? Double.NaN : v;
        }
        if (Double.compare(a.top() - b.top(), 0.0) == 0) {
            // tied at the top: no stack is cheaper there, so there is no stable volume (as between)
            return Double.NaN;
        }
        Regions regions = search.regions.of(a, b, vmin, vmax);
        CrossingScan scan = search.scan;
        if (regions.hasBand && regions.bandBreakpoints() > MIN_SUFFIX_SEARCH) {
            double lo = regions.bandLo;
            double hi = regions.bandHi;
            for (int k = 7; k >= 1; k--) {
                double x = hi - (hi - lo) / (1 << k);
                if (!(x > lo) || ca.costAt(x) - cb.costAt(x) == 0) {
                    continue;
                }
                regions.scan(scan, budget, x);
                if (scan.cut()) {
                    break;
                }
                if (scan.count > 0) {
                    return scan.lastVolume;
                }
            }
        }
        // the whole search, as between (a search cut short knows no last crossing)
        regions.scan(scan, budget, Double.NEGATIVE_INFINITY);
        return scan.count == 0 || scan.cut() ? Double.NaN : scan.lastVolume;
    }

    /**
     * Where a scan of two curves looks: every breakpoint from vmin to where both envelopes hold
     * ({@code tail}), above it only the band where the envelopes allow a sign change, and vmax.
     * Set for one pair at a time ({@link #of}), so a draw reuses one.
     */
    private static final class Regions {
        private CostCurve a;
        private CostCurve b;
        private StepEnvelope ea;
        private StepEnvelope eb;
        private double vmin;
        private double vmax;
        private double tail;
        /** whether the envelopes allow a sign change above the tail, in [bandLo, bandHi] */
        private boolean hasBand;
        private double bandLo;
        private double bandHi;

        Regions of(Enveloped a, Enveloped b, double vmin, double vmax) {
            this.a = a.curve();
            this.b = b.curve();
            this.ea = a.envelope();
            this.eb = b.envelope();
            this.vmin = vmin;
            this.vmax = vmax;
            tail = Math.min(vmax, Math.max(ea.start(), eb.start()));
            hasBand = tail < vmax && band(tail, vmax);
            return this;
        }

        /** How many breakpoints the two curves have in the band. */
        int bandBreakpoints() {
            return a.segmentIndex(bandHi) - a.segmentIndex(bandLo) + b.segmentIndex(bandHi) - b.segmentIndex(bandLo);
        }

        /** {@code scan} from {@code from} (the whole search from minus infinity), its visits charged to the budget. */
        CrossingScan scan(CrossingScan scan, Budget budget, double from) {
            scan.start(a, b, ea, eb, Math.min(MAX_BREAKPOINTS, budget.left), from);
            scan.run(vmin, tail);
            if (tail < vmax) {
                if (hasBand) {
                    scan.run(bandLo, bandHi);
                }
                scan.run(vmax, vmax);
            }
            budget.left -= Math.min(scan.visited, budget.left);
            return scan;
        }

        /** Sets the volumes in [lo, hi] where a - b may change sign, widened by a step on each side; false if none. */
        private boolean band(double lo, double hi) {
            double di = ea.intercept() - eb.intercept();
            double ds = ea.slope() - eb.slope();
            double slack = 1e-9 * (Math.abs(ea.intercept()) + Math.abs(eb.intercept()) + ea.width() + eb.width()
                    + (Math.abs(ea.slope()) + Math.abs(eb.slope())) * hi);
            double low = -ea.width() - slack;
            double high = eb.width() + slack;
            double x1;
            double x2;
            if (ds == 0) {
                if (di < low || di > high) {
                    return false;
                }
                x1 = lo;
                x2 = hi;
            } else {
                double v1 = (low - di) / ds;
                double v2 = (high - di) / ds;
                x1 = Math.min(v1, v2);
                x2 = Math.max(v1, v2);
            }
            double pad = Math.max(ea.step(), eb.step());
            bandLo = Math.max(lo, x1 - pad);
            bandHi = Math.min(hi, x2 + pad);
            return bandLo <= bandHi;
        }
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
}
