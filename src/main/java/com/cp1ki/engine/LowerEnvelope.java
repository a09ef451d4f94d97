package com.cp1ki.engine;

import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CheapestStacks.Band;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cheapest stack at every volume: the lower envelope of one workload's cost curves, solved in
 * closed form on the curves the crossovers use. A sweep from the range start keeps the current
 * cheapest curve c and asks every other curve j for the first volume above the sweep where j
 * becomes cheaper: between breakpoints j - c is linear (one root), and at a breakpoint a fleet step
 * can flip the order. Nothing is sampled.
 *
 * <p>Ties go to the curve with the lower slope just above the volume, then to the curve earlier in
 * the project, so two identical stacks never make a band of their own. As in {@link Crossovers},
 * a staircase lies within one instance's cost above a straight line, which bounds where j can
 * undercut c; steps outside that stretch are skipped. A pair's answer is kept while the sweep has
 * not passed it, so each pair scans its steps forward once per stretch.
 */
final class LowerEnvelope {
    /** At most this many bands are listed before the last one; a band without a stack stands for the rest. */
    static final int MAX_BANDS = 1000;
    /** Costs closer than this (relative) are a tie, decided by slope and then by project order. */
    private static final double TIE = 1e-12;
    /**
     * At most this many breakpoints are visited for one envelope (a fraction of a second); beyond,
     * the rest of the range is one band without a stack and the report warns. Only fleets of
     * different step sizes whose costs stay within one instance of each other over millions of
     * steps come near it.
     */
    static final long MAX_VISITS = 4_000_000;

    private final List<CostCurve> curves;
    private final double vmin;
    private final double vmax;
    private final Bound[] bounds;
    private final double[] cachedFrom;
    private final double[] cachedNext;
    private long visits;
    /** How far the scan that ran out of breakpoints had got. */
    private double reach;

    /** The search ran out of breakpoints to visit. */
    private static final class Cut extends RuntimeException {
        Cut() {
            super(null, null, false, false);
        }
    }

    private LowerEnvelope(List<CostCurve> curves, double vmin, double vmax) {
        this.curves = curves;
        this.vmin = vmin;
        this.vmax = vmax;
        int n = curves.size();
        bounds = new Bound[n];
        for (int i = 0; i < n; i++) {
            bounds[i] = Bound.of(curves.get(i), vmin, vmax);
        }
        cachedFrom = new double[n * n];
        cachedNext = new double[n * n];
        Arrays.fill(cachedFrom, Double.NaN);
    }

    /** The cheapest stacks of one workload's curves (all with or all without ops), in project order. */
    static CheapestStacks of(List<CostCurve> curves, double vmin, double vmax) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("no curves");
        }
        return new LowerEnvelope(curves, vmin, vmax).sweep();
    }

    private CheapestStacks sweep() {
        List<Band> bands = new ArrayList<>();
        int c = cheapestAbove(vmin);
        double start = vmin;
        boolean atStep = false;
        double unlistedFrom = Double.NaN;
        int changes = 0;
        double p = vmin;
        boolean cut = false;
        while (true) {
            double q = vmax;
            reach = vmax;
            try {
                for (int j = 0; j < curves.size(); j++) {
                    if (j != c) {
                        q = Math.min(q, next(j, c, p));
                    }
                }
            } catch (Cut e) {
                cut = true;
                p = Math.max(p, Math.min(q, reach)); // c is the cheapest that far
                break;
            }
            if (q >= vmax) {
                break;
            }
            q = Math.max(q, Math.nextUp(p));
            int nc = cheapestAbove(q);
            p = q;
            if (nc == c) {
                continue; // a touch within rounding, not a change
            }
            double below = curves.get(c).costAt(q);
            boolean step = curves.get(nc).costAt(q) > below + 1e-9 * Math.abs(below);
            if (bands.size() < MAX_BANDS) {
                bands.add(new Band(start, q, name(c), atStep));
            } else if (Double.isNaN(unlistedFrom)) {
                unlistedFrom = start;
            }
            changes = Math.addExact(changes, 1);
            start = q;
            atStep = step;
            c = nc;
        }
        if (cut) {
            // searched up to p: the current band ends there, the rest of the range is not known
            if (p > start && bands.size() < MAX_BANDS) {
                bands.add(new Band(start, p, name(c), atStep));
                start = p;
            }
            bands.add(new Band(Double.isNaN(unlistedFrom) ? start : unlistedFrom, vmax, null, false));
            CostCurve first = curves.get(0);
            return new CheapestStacks(first.workload(), first.withOps(), bands, changes);
        }
        if (!Double.isNaN(unlistedFrom)) {
            bands.add(new Band(unlistedFrom, start, null, false));
        }
        bands.add(new Band(start, vmax, name(c), atStep));
        CostCurve first = curves.get(0);
        return new CheapestStacks(first.workload(), first.withOps(), bands, changes);
    }

    private String name(int i) {
        return curves.get(i).stack();
    }

    /** The cheapest curve just above volume v. */
    private int cheapestAbove(double v) {
        int best = 0;
        for (int i = 1; i < curves.size(); i++) {
            Segment a = right(curves.get(i), v);
            Segment b = right(curves.get(best), v);
            if (cheaper(a.costAt(v), a.slope(), i, b.costAt(v), b.slope(), best)) {
                best = i;
            }
        }
        return best;
    }

    /** Whether curve j (cost, slope at v) is cheaper than curve c just above v. */
    private static boolean cheaper(double vj, double sj, int j, double vc, double sc, int c) {
        double tol = TIE * Math.max(Math.abs(vj), Math.abs(vc));
        if (vj < vc - tol) {
            return true;
        }
        if (vj > vc + tol) {
            return false;
        }
        return sj != sc ? sj < sc : j < c;
    }

    /** The segment holding the volumes just above v. */
    private static Segment right(CostCurve c, double v) {
        return c.segments().get(rightIndex(c, v));
    }

    private static int rightIndex(CostCurve c, double v) {
        int i = c.segmentIndex(v);
        return c.segments().get(i).toVolume() <= v && i < c.segments().size() - 1 ? i + 1 : i;
    }

    /** The first volume above p where curve j becomes cheaper than curve c (vmax when none), remembered per pair. */
    private double next(int j, int c, double p) {
        int k = j * curves.size() + c;
        if (cachedFrom[k] <= p && cachedNext[k] > p) {
            return cachedNext[k];
        }
        double v = solve(j, c, p);
        cachedFrom[k] = p;
        cachedNext[k] = v;
        return v;
    }

    private double solve(int j, int c, double p) {
        CostCurve cj = curves.get(j);
        CostCurve cc = curves.get(c);
        if (cj.segments().equals(cc.segments())) {
            return vmax; // the same costs everywhere: the one earlier in the project keeps every band
        }
        if (cj.segments() instanceof CostCurve.Staircase x && cc.segments() instanceof CostCurve.Staircase y
                && sameSteps(x, y)) {
            // the instance costs cancel: j - c is the line of their base costs and slopes
            double d = x.baseIntercept() - y.baseIntercept() + (x.slope() - y.slope()) * p;
            double ds = x.slope() - y.slope();
            double r = ds < 0 ? p + d / -ds : vmax;
            return r > p && r < vmax ? r : vmax;
        }
        Bound bj = bounds[j];
        Bound bc = bounds[c];
        double tail = Math.min(vmax, Math.max(p, Math.max(bj.start, bc.start)));
        double v = scan(j, c, p, tail);
        if (v < vmax || tail >= vmax) {
            return v;
        }
        // above tail: cost_j - cost_c >= (line_j) - (line_c + width_c); j can undercut c only where that is <= 0
        double d0 = bj.intercept - bc.intercept - bc.width;
        double ds = bj.slope - bc.slope;
        double slack = 1e-9 * (Math.abs(bj.intercept) + Math.abs(bc.intercept) + bj.width + bc.width
                + (Math.abs(bj.slope) + Math.abs(bc.slope)) * vmax);
        double lo = tail;
        double hi = vmax;
        if (ds == 0) {
            if (d0 > slack) {
                return vmax;
            }
        } else if (ds > 0) {
            hi = Math.min(hi, (slack - d0) / ds);
        } else {
            lo = Math.max(lo, (slack - d0) / ds);
        }
        double pad = Math.max(bj.step, bc.step);
        lo = Math.max(tail, lo - pad);
        hi = Math.min(vmax, hi + pad);
        return lo <= hi ? scan(j, c, lo, hi) : vmax;
    }

    /** Walks the breakpoints of both curves over (lo, hi]: the first volume where j is cheaper, else vmax. */
    private double scan(int j, int c, double lo, double hi) {
        CostCurve cj = curves.get(j);
        CostCurve cc = curves.get(c);
        int ij = rightIndex(cj, lo);
        int ic = rightIndex(cc, lo);
        double x = lo;
        while (true) {
            if (++visits > MAX_VISITS) {
                reach = x;
                throw new Cut();
            }
            Segment a = cj.segments().get(ij);
            Segment b = cc.segments().get(ic);
            double y = Math.min(hi, Math.min(a.toVolume(), b.toVolume()));
            if (cheaper(a.costAt(x), a.slope(), j, b.costAt(x), b.slope(), c)) {
                return x;
            }
            double ds = a.slope() - b.slope();
            if (ds < 0) {
                // j - c is positive at x and falls: its root, measured from x so that it lies above x
                double r = x + (a.costAt(x) - b.costAt(x)) / -ds;
                if (r < y) {
                    return r;
                }
            }
            if (y >= hi) {
                return vmax;
            }
            if (a.toVolume() <= y) {
                ij++;
            }
            if (b.toVolume() <= y) {
                ic++;
            }
            x = y;
        }
    }

    /** Two fleets that step at the same volumes by the same cost. */
    private static boolean sameSteps(CostCurve.Staircase x, CostCurve.Staircase y) {
        return x.step() == y.step() && x.firstInstances() == y.firstInstances() && x.size() == y.size()
                && x.flatUpTo() == y.flatUpTo() && x.perInstance() == y.perInstance()
                && x.get(0).fromVolume() == y.get(0).fromVolume()
                && x.get(x.size() - 1).toVolume() == y.get(y.size() - 1).toVolume();
    }

    /** A line and a width with line(V) <= cost(V) <= line(V) + width for V above start (all of a one-segment curve). */
    private record Bound(double start, double intercept, double slope, double width, double step) {
        static Bound of(CostCurve c, double vmin, double vmax) {
            if (c.segments() instanceof CostCurve.Staircase s) {
                int nr = s.flatUpTo();
                double start = Math.max(s.firstInstances(), nr) * s.step();
                return new Bound(Math.max(vmin, start), s.baseIntercept() - nr * s.perInstance(),
                        s.slope() + s.perInstance() / s.step(), s.perInstance(), s.step());
            }
            if (c.segments().size() == 1) {
                Segment g = c.segments().get(0);
                return new Bound(vmin, g.intercept(), g.slope(), 0, 0);
            }
            return new Bound(vmax, 0, 0, 0, 0);
        }
    }
}
