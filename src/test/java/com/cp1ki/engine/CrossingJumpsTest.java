package com.cp1ki.engine;

import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;
import com.cp1ki.engine.report.CostCurve.Staircase;
import com.cp1ki.engine.report.Crossover;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The crossover scan's jumps over fleet steps (where the sign of a - b is certain) find exactly
 * the crossings a visit of every breakpoint finds, and the stable-volume search from the top
 * ({@link Crossovers#stableAbove}, what a Monte Carlo draw follows) names exactly the last of
 * them: over random pairs of lines and staircases of different step sizes whose costs run close
 * (many crossings), and over built cases with a crossing exactly at a step, curves touching along a
 * segment, no crossing, and a last crossing in the flat region below the envelopes.
 */
class CrossingJumpsTest {
    static final double VMIN = 1;
    static final double VMAX = 1_000_000;

    @Test
    void randomPairsCrossWhereAVisitOfEveryBreakpointCrosses() {
        SplittableRandom rnd = new SplittableRandom(12);
        int crossed = 0;
        int many = 0;
        for (int run = 0; run < 1500; run++) {
            CostCurve a = staircase("A", rnd, null);
            CostCurve b = switch (run % 4) {
                case 0 -> line("B", rnd, a);
                case 1, 2 -> staircase("B", rnd, a);
                default -> rnd.nextBoolean() ? line("B", rnd, null) : staircase("B", rnd, null);
            };
            Crossover got = same(run % 2 == 0 ? a : b, run % 2 == 0 ? b : a, "run " + run);
            crossed += got.crossingCount() > 0 ? 1 : 0;
            many += got.crossingCount() > 20 ? 1 : 0;
        }
        assertTrue(crossed > 700 && many > 100, "the random pairs cross often and many times: " + crossed + ", " + many);
    }

    @Test
    void aLineThroughAStepCornerCrossesThereAsTheFullScanSays() {
        // every number exact in binary: steps of 1,024/day at $64, line slope 1/16 a step-volume
        CostCurve fleet = stairs("F", 1024, 64, 0.0, 100, 0);
        // at V = 50 x 1024 the fleet (50 instances) costs 100 + 3200; a line through that corner, flatter
        double corner = 50 * 1024;
        for (double slope : new double[]{0.03125, 0.0, 0.046875}) {
            // flatter than the fleet's average: the fleet ends above, its last crossing is at a step near the corner
            CostCurve through = line("L", 100 + 50 * 64 - slope * corner, slope);
            Crossover c = same(fleet, through, "through the corner at slope " + slope);
            assertEquals(corner - 1024, c.stableAbove(), 1e-9, "the last crossing is the step onto the corner's segment");
            same(through, fleet, "reversed");
            same(fleet, line("L", 100 + 51 * 64 - slope * corner, slope), "through the top of the step");
        }
        // the fleet's own average slope through every corner: touches at each step, never crosses
        Crossover touching = same(fleet, line("L", 100 + 50 * 64 - 0.0625 * corner, 0.0625), "through every corner");
        assertEquals(0, touching.crossingCount());
    }

    @Test
    void curvesTouchingAlongASegmentAndCurvesThatNeverCrossAgree() {
        CostCurve fleet = stairs("F", 1000, 50, 0.25, 10, 0);
        // the line of the fleet's 37th segment: zero along it, then the fleet steps above
        Segment s37 = fleet.segments().get(fleet.segmentIndex(36_500));
        CostCurve touching = line("T", s37.intercept(), s37.slope());
        same(fleet, touching, "touching along a step");
        same(touching, fleet, "touching, reversed");
        CostCurve below = line("B", 0, 0.25);
        Crossover none = same(fleet, below, "a line below every step");
        assertEquals(0, none.crossingCount());
        assertNull(Crossovers.stableAbove(fleet, below, VMIN, VMAX, new Crossovers.Budget()));
        CostCurve far = line("H", 1e9, 0);
        assertNull(same(fleet, far, "far above").stableAbove());
    }

    @Test
    void fleetsOfDifferentStepSizesWithTheSameAverageSlopeCrossAtManySteps() {
        // 10,000/day at $100 against 25,000/day at $250 with $20 more fixed: four crossings every 50,000/day
        CostCurve a = stairs("A", 10_000, 100, 0, 20, 0);
        CostCurve b = stairs("B", 25_000, 250, 0, 0, 0);
        Crossover c = same(a, b, "interleaved staircases");
        assertTrue(c.crossingCount() >= 70, "crosses at many steps: " + c.crossingCount());
        // a small fleet against a large one whose single crossing lies low in the band
        CostCurve small = stairs("S", 37.5, 1.5, 0.001, 0, 0);
        CostCurve large = stairs("L", 20_000, 790, 0.001, 400, 0);
        Crossover one = same(small, large, "small against large steps");
        assertNotNull(one.stableAbove());
    }

    @Test
    void aLastCrossingBelowTheEnvelopesIsFoundByTheWholeSearch() {
        // 40 reserved instances cost nothing more up to 40 steps: the fleet is flat there, the line crosses it once
        CostCurve reserved = stairs("R", 5000, 300, 0, 2000, 40);
        CostCurve line = line("L", 0, 0.02);
        Crossover c = same(reserved, line, "a line across the reserved flat");
        assertNotNull(c.stableAbove());
    }

    @Test
    void aStaircaseFindsTheSegmentOfAVolumeAsASearchOfItsSegmentsDoes() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int t = 0; t < 300; t++) {
            CostCurve c = t % 10 == 0 ? stairs("S", VMAX * (0.5 + rnd.nextDouble()), 10, 0, 0, 0)
                    : staircase("S", rnd, null);
            List<Segment> segs = c.segments();
            for (int k = 0; k < 50; k++) {
                double v = switch (k % 5) {
                    case 0 -> segs.get(rnd.nextInt(segs.size())).toVolume();
                    case 1 -> Math.nextUp(segs.get(rnd.nextInt(segs.size())).toVolume());
                    case 2 -> -5 + rnd.nextDouble() * 10;
                    case 3 -> VMAX * (1 + rnd.nextDouble());
                    default -> VMAX * rnd.nextDouble();
                };
                int expected = 0;
                while (expected < segs.size() - 1 && segs.get(expected).toVolume() < v) {
                    expected++;
                }
                assertEquals(expected, c.segmentIndex(v), "volume " + v + " on " + segs.size() + " steps");
            }
        }
    }

    /** Both scans and the stable search agree exactly; returns the crossover. */
    static Crossover same(CostCurve a, CostCurve b, String what) {
        Crossover full = Crossovers.between(a, b, VMIN, VMAX, new ArrayList<>(), new Crossovers.Budget(), false);
        Crossover jumped = Crossovers.between(a, b, VMIN, VMAX, new ArrayList<>(), new Crossovers.Budget(), true);
        assertEquals(full.crossingCount(), jumped.crossingCount(), what + ": count");
        assertEquals(full.details(), jumped.details(), what + ": crossings");
        assertEquals(full.crossings(), jumped.crossings(), what);
        assertEquals(full.stableAbove(), jumped.stableAbove(), what + ": stable");
        assertEquals(full.cheaperAbove(), jumped.cheaperAbove(), what);
        assertEquals(full.cheaperBelow(), jumped.cheaperBelow(), what);
        assertEquals(full.stableAbove(), Crossovers.stableAbove(a, b, VMIN, VMAX, new Crossovers.Budget()),
                what + ": the stable search from the top");
        // a draw's way: each curve enveloped once, one search reused from pair to pair (this test's pairs in turn)
        double reused = Crossovers.stableAbove(Crossovers.Enveloped.of(a, VMIN, VMAX),
                Crossovers.Enveloped.of(b, VMIN, VMAX), VMIN, VMAX, new Crossovers.Budget(), SHARED);
        assertEquals(full.stableAbove() == null ? Double.NaN : full.stableAbove(), reused,
                what + ": the stable search with a reused search state");
        lastOnlyScansAsTheListingOne(a, b, full, what);
        return jumped;
    }

    /** One search state for every pair of the tests, as a draw reuses one for all its pairs. */
    private static final Crossovers.Search SHARED = new Crossovers.Search();
    /** One last-crossing-only scan for every pair of the tests. */
    private static final CrossingScan LAST_ONLY = new CrossingScan(true, false);

    /**
     * A scan that remembers only the last crossing (reused from pair to pair) counts the crossings
     * the listing scan lists and ends on the volume of its last one, with the same first sign and
     * the same visits, over the whole range with and without jumps.
     */
    private static void lastOnlyScansAsTheListingOne(CostCurve a, CostCurve b, Crossover full, String what) {
        if (a.sameSegments(b)) {
            return;
        }
        StepEnvelope ea = StepEnvelope.of(a, VMIN, VMAX);
        StepEnvelope eb = StepEnvelope.of(b, VMIN, VMAX);
        for (boolean jumps : new boolean[]{false, true}) {
            CrossingScan listing = new CrossingScan(jumps, true).start(a, b, ea, eb, Long.MAX_VALUE,
                    Double.NEGATIVE_INFINITY);
            listing.run(VMIN, VMAX);
            CrossingScan last = jumps ? LAST_ONLY : new CrossingScan(false, false);
            last.start(a, b, ea, eb, Long.MAX_VALUE, Double.NEGATIVE_INFINITY).run(VMIN, VMAX);
            assertNull(last.found, what + ": a last-only scan lists nothing");
            assertEquals(listing.count, last.count, what + ": count, jumps " + jumps);
            assertEquals(listing.firstSign, last.firstSign, what + ": first sign");
            assertEquals(listing.visited, last.visited, what + ": visits");
            if (listing.count == 0) {
                assertTrue(Double.isNaN(last.lastVolume), what + ": no last crossing");
            } else {
                List<Crossover.Crossing> found = listing.found;
                if (listing.count <= Crossovers.MAX_CROSSINGS) {
                    assertEquals(found.get(found.size() - 1).volume(), last.lastVolume, what + ": last crossing");
                }
                assertEquals(listing.lastVolume, last.lastVolume, what + ": last crossing");
            }
            if (!jumps && listing.count <= Crossovers.MAX_CROSSINGS) {
                assertEquals(full.details(), listing.found, what + ": the whole-range scan lists the report's crossings");
            }
        }
    }

    @Test
    void aStaircaseGivesEachSegmentsNumbersWithoutBuildingIt() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int t = 0; t < 200; t++) {
            CostCurve c = t % 7 == 0 ? line("L", rnd, null) : staircase("S", rnd, null);
            List<Segment> segs = c.segments();
            for (int k = 0; k < 40; k++) {
                int i = k < 2 ? (k == 0 ? 0 : segs.size() - 1) : rnd.nextInt(segs.size());
                Segment s = segs.get(i);
                assertEquals(s.toVolume(), c.segmentEnd(i));
                assertEquals(s.intercept(), c.segmentIntercept(i));
                assertEquals(s.slope(), c.segmentSlope(i));
                double v = VMIN + rnd.nextDouble() * (VMAX - VMIN);
                assertEquals(segs.get(c.segmentIndex(v)).costAt(v), c.costAt(v), "the cost at " + v);
            }
            int n = segs.size();
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> c.segmentEnd(n));
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> c.segmentIntercept(-1));
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> c.segmentSlope(n));
        }
    }

    @Test
    void sameSegmentsAnswersAsTheSegmentListsEquality() {
        SplittableRandom rnd = new SplittableRandom(21);
        List<CostCurve> curves = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            curves.add(t % 3 == 0 ? line("L", rnd, null) : staircase("S", rnd, null));
        }
        CostCurve fleet = stairs("F", 1000, 50, 0.25, 10, 0);
        curves.add(fleet);
        curves.add(stairs("G", 1000, 50, 0.25, 10, 0));
        curves.add(stairs("H", 1000, 50, 0.25, 10, 1));
        // a fleet's segments as a plain list, and a one-step fleet against the line of its one segment
        curves.add(new CostCurve("w", "P", true, new ArrayList<>(fleet.segments())));
        CostCurve one = stairs("O", 2 * VMAX, 50, 0.25, 10, 0);
        curves.add(one);
        curves.add(line("N", one.segmentIntercept(0), one.segmentSlope(0)));
        curves.add(line("M", one.segmentIntercept(0), one.segmentSlope(0)));
        int equal = 0;
        for (CostCurve x : curves) {
            for (CostCurve y : curves) {
                boolean expected = x.segments().equals(y.segments());
                assertEquals(expected, x.sameSegments(y), x.stack() + " / " + y.stack());
                equal += expected && x != y ? 1 : 0;
            }
        }
        assertTrue(equal >= 8, "the cases hold equal curves: " + equal);
    }

    static CostCurve line(String name, double intercept, double slope) {
        return new CostCurve("w", name, true, List.of(new Segment(VMIN, VMAX, intercept, slope, 0)));
    }

    static CostCurve stairs(String name, double step, double perInstance, double slope, double base, int flat) {
        int first = Math.max(1, (int) Math.ceil(VMIN / step));
        int last = (int) Math.ceil(VMAX / step);
        return new CostCurve("w", name, true, new Staircase(VMIN, VMAX, step, first, last, base, flat, perInstance, slope));
    }

    /** A random line; near {@code like}'s average slope when given (so they run close and cross often). */
    static CostCurve line(String name, SplittableRandom rnd, CostCurve like) {
        if (like != null && like.segments() instanceof Staircase s) {
            double avg = s.slope() + s.perInstance() / s.step();
            double slope = avg * (1 + (rnd.nextDouble() - 0.5) * (rnd.nextBoolean() ? 1e-3 : 0.2));
            double at = VMAX * rnd.nextDouble();
            double offset = s.perInstance() * (rnd.nextDouble() * 1.4 - 0.2);
            return line(name, s.baseIntercept() - s.flatUpTo() * s.perInstance() + avg * at + offset - slope * at, slope);
        }
        return line(name, rnd.nextDouble() * 5000, rnd.nextDouble() * 0.05);
    }

    /** A random staircase; with {@code like}, of another step size and nearly the same average slope. */
    static CostCurve staircase(String name, SplittableRandom rnd, CostCurve like) {
        double step = Math.round(Math.pow(10, 1.5 + 3 * rnd.nextDouble()));
        if (like != null && like.segments() instanceof Staircase s) {
            double avg = s.slope() + s.perInstance() / s.step();
            double slope = rnd.nextBoolean() ? s.slope() : avg * 0.3 * rnd.nextDouble();
            double per = (avg - slope) * step * (1 + (rnd.nextDouble() - 0.5) * (rnd.nextBoolean() ? 1e-3 : 0.1));
            double base = s.baseIntercept() + (rnd.nextDouble() - 0.5) * 3 * Math.max(per, s.perInstance());
            return stairs(name, step, per, slope, base, rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 0);
        }
        double per = 10 + rnd.nextDouble() * 2000;
        return stairs(name, step, per, rnd.nextDouble() * 0.01, rnd.nextDouble() * 3000,
                rnd.nextInt(4) == 0 ? rnd.nextInt(30) : 0);
    }
}
