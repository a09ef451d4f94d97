package com.cp1ki.engine;

import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;
import com.cp1ki.engine.report.Crossover.Crossing;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the breakpoints of two cost curves in order, collecting sign changes of a - b: the first
 * {@link Crossovers#MAX_CROSSINGS} are kept, all are counted, and the last one is remembered.
 *
 * <p>Where one curve stays on one segment (a line) over many steps of the other, the fine
 * staircase lies within one instance's cost of its {@link StepEnvelope line}, so a - b keeps its
 * sign for certain wherever the line's distance to the segment exceeds that width: the scan jumps
 * over those steps (a fleet of small GPUs against one of large ones visits a few of its steps per
 * step of the other instead of all of them). A jump is taken only where the sign is the one just
 * visited and cannot be zero, so it finds exactly the crossings a visit of every step finds.
 */
final class CrossingScan {
    /** A jump is taken only over at least this many steps of the finer curve (shorter ones cost more than they save). */
    private static final int MIN_JUMP = 4;

    final CostCurve a;
    final CostCurve b;
    private final StepEnvelope ea;
    private final StepEnvelope eb;
    private final boolean jumps;
    final List<Crossing> found = new ArrayList<>();
    Crossing lastFound;
    int count;
    int firstSign;
    private int last;
    private double prevA = Double.NaN;
    private double prevB = Double.NaN;
    private double zeroAt = Double.NaN;
    private double zeroA;
    private double zeroB;
    /** The highest volume visited; a scan started with it set above the range start begins there. */
    double scanned = Double.NEGATIVE_INFINITY;
    long visited;
    final long limit;

    /**
     * @param jumps whether steps may be jumped over where the sign is certain (false visits every
     *              breakpoint, as the tests' reference)
     */
    CrossingScan(CostCurve a, CostCurve b, StepEnvelope ea, StepEnvelope eb, long limit, boolean jumps) {
        this.a = a;
        this.b = b;
        this.ea = ea;
        this.eb = eb;
        this.limit = limit;
        this.jumps = jumps;
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
            if (jumps) {
                double t = jumpTo(q, hi, a.segments().get(ia), b.segments().get(ib));
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
     * segments {@code na} and {@code nb} right of q: up to the end of one curve's segment, over the
     * other's steps while its envelope stays clear of that segment; q when that is not worth a jump.
     */
    private double jumpTo(double q, double hi, Segment na, Segment nb) {
        if (last == 0 || !Double.isNaN(zeroAt)) {
            return q;
        }
        double endB = Math.min(hi, nb.toVolume());
        if (ea.stepsAt(q) && endB >= q + MIN_JUMP * ea.step()) {
            return clear(q, endB, ea, nb, true);
        }
        double endA = Math.min(hi, na.toVolume());
        if (eb.stepsAt(q) && endA >= q + MIN_JUMP * eb.step()) {
            return clear(q, endA, eb, na, false);
        }
        return q;
    }

    /**
     * The volume up to which a - b keeps the sign {@link #last} for certain on [q, end], where one
     * curve is the segment {@code line} and the other lies within {@code fine}'s envelope: a - b is
     * then within a line and that line plus the envelope's width, both known in closed form.
     *
     * @param fineIsA whether a is the fine curve (a - b = fine - line) or b is (a - b = line - fine)
     */
    private double clear(double q, double end, StepEnvelope fine, Segment line, boolean fineIsA) {
        double w = fine.width();
        double di = fine.intercept() - line.intercept();
        double ds = fine.slope() - line.slope();
        // a - b lies in [low(V), low(V) + w]
        double lowI = fineIsA ? di : -di - w;
        double lowS = fineIsA ? ds : -ds;
        // the sign is certain where h(V) = hI + hS V exceeds the rounding slack
        double hI = last > 0 ? lowI : -(lowI + w);
        double hS = last > 0 ? lowS : -lowS;
        double slack = 1e-9 * (Math.abs(fine.intercept()) + Math.abs(line.intercept()) + w
                + (Math.abs(fine.slope()) + Math.abs(line.slope())) * end);
        if (!(hI + hS * q > slack)) {
            return q;
        }
        double t = hS >= 0 ? end : Math.min(end, (slack - hI) / hS - fine.step());
        return t >= q + MIN_JUMP * fine.step() ? t : q;
    }

    private void add(Crossing c) {
        if (found.size() < Crossovers.MAX_CROSSINGS) {
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
