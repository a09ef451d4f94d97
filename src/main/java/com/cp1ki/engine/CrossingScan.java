package com.cp1ki.engine;

import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover.Crossing;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the breakpoints of two cost curves in order, collecting sign changes of a - b: all are
 * counted and the last one's volume is remembered; a listing scan (a report's) also keeps the first
 * {@link Crossovers#MAX_CROSSINGS}, a last-only scan (a Monte Carlo draw's stable volume) keeps
 * nothing else and is reused from pair to pair ({@link #start}), so a search allocates nothing. Both
 * run the same code; only what {@link #add} keeps differs.
 *
 * <p>Where one curve stays on one segment (a line) over many steps of the other, the fine
 * staircase lies within one instance's cost of its {@link StepEnvelope line}, so a - b keeps its
 * sign for certain wherever the line's distance to the segment exceeds that width: the scan jumps
 * over those steps (a fleet of small GPUs against one of large ones visits a few of its steps per
 * step of the other instead of all of them). A jump is taken only where the sign is the one just
 * visited and cannot be zero, so it finds exactly the crossings a visit of every step finds.
 *
 * <p>Segments are read number by number ({@link CostCurve#segmentEnd} and its siblings), not as
 * {@code Segment} records, which a staircase would build at every visit.
 */
final class CrossingScan {
    /** A jump is taken only over at least this many steps of the finer curve (shorter ones cost more than they save). */
    private static final int MIN_JUMP = 4;

    private final boolean jumps;
    /** The first crossings, for a listing scan; null for a last-only one. */
    final List<Crossing> found;
    private CostCurve a;
    private CostCurve b;
    private StepEnvelope ea;
    private StepEnvelope eb;
    /** The volume of the last crossing found; NaN when none. */
    double lastVolume;
    int count;
    int firstSign;
    private int last;
    private double prevA;
    private double prevB;
    private double zeroAt;
    private double zeroA;
    private double zeroB;
    /** The highest volume visited; a scan started with it set above the range start begins there. */
    double scanned;
    long visited;
    long limit;

    /**
     * @param jumps   whether steps may be jumped over where the sign is certain (false visits every
     *                breakpoint, as the tests' reference)
     * @param listing whether to keep the first crossings (else only the last one's volume and the count)
     */
    CrossingScan(boolean jumps, boolean listing) {
        this.jumps = jumps;
        this.found = listing ? new ArrayList<>() : null;
    }

    /**
     * Readies the scan for a pair of curves: nothing found, nothing visited, the search beginning at
     * {@code from} (minus infinity: at the range start). A listing scan is started once.
     */
    CrossingScan start(CostCurve a, CostCurve b, StepEnvelope ea, StepEnvelope eb, long limit, double from) {
        this.a = a;
        this.b = b;
        this.ea = ea;
        this.eb = eb;
        this.limit = limit;
        lastVolume = Double.NaN;
        count = 0;
        firstSign = 0;
        last = 0;
        prevA = Double.NaN;
        prevB = Double.NaN;
        zeroAt = Double.NaN;
        zeroA = 0;
        zeroB = 0;
        scanned = from;
        visited = 0;
        return this;
    }

    /** Whether the breakpoint limit stopped the scan (it then knows no last crossing). */
    boolean cut() {
        return visited >= limit;
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
            double ta = a.segmentEnd(ia);
            double tb = b.segmentEnd(ib);
            double ia0 = a.segmentIntercept(ia);
            double ib0 = b.segmentIntercept(ib);
            double sa = a.segmentSlope(ia);
            double sb = b.segmentSlope(ib);
            double q = Math.min(hi, Math.min(ta, tb));
            double ap = ia0 + sa * p;
            double bp = ib0 + sb * p;
            boolean jump = !first || p > scanned;
            visit(ap - bp, p, ap, bp, jump && !Double.isNaN(prevA));
            double aq = ia0 + sa * q;
            double bq = ib0 + sb * q;
            double dp = ap - bp;
            double dq = aq - bq;
            if (q > p && dp != 0 && dq != 0 && (dp > 0) != (dq > 0)) {
                double r = -(ia0 - ib0) / (sa - sb);
                r = Math.min(q, Math.max(p, r));
                add(r, false, ia0 + sa * r, ib0 + sb * r);
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
            if (ta <= q) {
                ia++;
            }
            if (tb <= q) {
                ib++;
            }
            p = q;
            if (jumps) {
                double t = jumpTo(q, hi, ia, ib);
                if (t > q) {
                    p = t;
                    ia = a.segmentIndex(t);
                    ib = b.segmentIndex(t);
                }
            }
        }
    }

    /**
     * How far above q (just visited) a - b keeps the sign it has there for certain, with a and b on
     * segments {@code ia} and {@code ib} right of q: up to the end of one curve's segment, over the
     * other's steps while its envelope stays clear of that segment; q when that is not worth a jump.
     */
    private double jumpTo(double q, double hi, int ia, int ib) {
        if (last == 0 || !Double.isNaN(zeroAt)) {
            return q;
        }
        double endB = Math.min(hi, b.segmentEnd(ib));
        if (ea.stepsAt(q) && endB >= q + MIN_JUMP * ea.step()) {
            return clear(q, endB, ea, b.segmentIntercept(ib), b.segmentSlope(ib), true);
        }
        double endA = Math.min(hi, a.segmentEnd(ia));
        if (eb.stepsAt(q) && endA >= q + MIN_JUMP * eb.step()) {
            return clear(q, endA, eb, a.segmentIntercept(ia), a.segmentSlope(ia), false);
        }
        return q;
    }

    /**
     * The volume up to which a - b keeps the sign {@link #last} for certain on [q, end], where one
     * curve is the segment {@code lineIntercept + lineSlope x V} and the other lies within
     * {@code fine}'s envelope: a - b is then within a line and that line plus the envelope's width,
     * both known in closed form.
     *
     * @param fineIsA whether a is the fine curve (a - b = fine - line) or b is (a - b = line - fine)
     */
    private double clear(double q, double end, StepEnvelope fine, double lineIntercept, double lineSlope,
                         boolean fineIsA) {
        double w = fine.width();
        double di = fine.intercept() - lineIntercept;
        double ds = fine.slope() - lineSlope;
        // a - b lies in [low(V), low(V) + w]
        double lowI = fineIsA ? di : -di - w;
        double lowS = fineIsA ? ds : -ds;
        // the sign is certain where h(V) = hI + hS V exceeds the rounding slack
        double hI = last > 0 ? lowI : -(lowI + w);
        double hS = last > 0 ? lowS : -lowS;
        double slack = 1e-9 * (Math.abs(fine.intercept()) + Math.abs(lineIntercept) + w
                + (Math.abs(fine.slope()) + Math.abs(lineSlope)) * end);
        if (!(hI + hS * q > slack)) {
            return q;
        }
        double t = hS >= 0 ? end : Math.min(end, (slack - hI) / hS - fine.step());
        return t >= q + MIN_JUMP * fine.step() ? t : q;
    }

    /** A crossing at volume v (costs ca and cb there): counted, remembered as the last, listed when listing. */
    private void add(double v, boolean atStep, double ca, double cb) {
        if (found != null && found.size() < Crossovers.MAX_CROSSINGS) {
            found.add(new Crossing(v, atStep, ca, cb));
        }
        lastVolume = v;
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
                add(zeroAt, false, zeroA, zeroB);
            } else {
                add(v, afterBreak, afterBreak ? prevA : ca, afterBreak ? prevB : cb);
            }
        }
        last = s;
        zeroAt = Double.NaN;
    }
}
