package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-worked crossovers. The workload is 1,000 input and 100 output tokens; the GPU (one second per
 * request, $1/h on demand, 730 h) costs $730 per instance and takes 86,400 inferences/day each.
 */
class CrossoverTest {
    static final Workload W = new Workload("w", 10_000, new TypedMeans(1000, 100), null, 1);
    static final SelfHostedGpu GPU = new SelfHostedGpu("g", 1, 1.0, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 100, 0, 1, 0, 0,
            RateKind.RESERVED_1Y, null);

    /** An API at $1 per 1M input tokens: $0.001 per inference, $0.03 per month per inference/day. */
    static Stack api(double inputPrice, double fixed) {
        return new Stack("api", true, Fixtures.api(inputPrice, 0, inputPrice, inputPrice, 0, 0, 0, 0.5, 0, 0),
                Fixtures.common(fixed, 0, 0, 0, 0, 12, 0, 0));
    }

    static Stack gpu(double opsHours) {
        return new Stack("gpu", true, GPU, Fixtures.common(0, opsHours, 100, 0, 0, 12, 0, 0));
    }

    static Crossover crossover(Report r, boolean withOps) {
        return r.crossovers().stream().filter(c -> c.withOps() == withOps).findFirst().orElseThrow();
    }

    @Test
    void opsOverheadMovesTheCrossoverUp() {
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(api(1, 0), gpu(10)), List.of()));
        Crossover without = crossover(r, false);
        Crossover with = crossover(r, true);
        assertEquals(1, without.crossings().size());
        assertEquals(730 / 0.03, without.crossings().get(0), 1e-6);
        assertEquals(730 / 0.03, without.stableAbove(), 1e-6);
        assertEquals(1730 / 0.03, with.stableAbove(), 1e-6);
        assertEquals("gpu", with.cheaperAbove());
        assertEquals("api", with.cheaperBelow());
        assertFalse(with.details().get(0).atStep());
    }

    @Test
    void aFleetStepCanFlipTheOrder() {
        // API: $100 fixed + $0.0075 per inference/day; the GPU is cheaper from 84,000/day until its
        // second instance at 86,400/day, after which the API stays cheaper for good.
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(api(0.25, 100), gpu(0)), List.of()));
        Crossover c = crossover(r, false);
        assertEquals(2, c.crossings().size());
        assertEquals(84_000, c.crossings().get(0), 1e-6);
        assertFalse(c.details().get(0).atStep());
        assertEquals(86_400, c.crossings().get(1), 1e-6);
        assertTrue(c.details().get(1).atStep());
        assertEquals(748, c.details().get(1).costA(), 1e-9);
        assertEquals(730, c.details().get(1).costB(), 1e-9);
        assertEquals(86_400, c.stableAbove(), 1e-6);
        assertEquals("api", c.cheaperAbove());
        assertEquals("api", c.cheaperBelow());
    }

    @Test
    void stacksThatNeverCrossHaveNoStableVolume() {
        Stack cheap = api(0.5, 0).withName("cheap");
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(cheap, api(1, 0)), List.of()));
        Crossover c = crossover(r, true);
        assertTrue(c.crossings().isEmpty());
        assertNull(c.stableAbove());
        assertEquals("cheap", c.cheaperAbove());
    }

    /**
     * An API line of the fleet's own slope ($730 per 86,400 inferences/day), half a step above the
     * staircase's foot, crosses every step twice: 2 x 1,157 crossings up to 1e8/day, more than are listed.
     */
    static Report staircaseAgainstItsOwnSlope() {
        Stack line = api(730.0 / 86_400 * 1000 / 30, 365);
        return CostEngine.report(Fixtures.project(List.of(W), List.of(line, gpu(0)), List.of()));
    }

    @Test
    void withMoreCrossingsThanListedTheStableVolumeIsTheRealLastCrossing() {
        Report r = staircaseAgainstItsOwnSlope();
        Crossover c = crossover(r, false);
        // the fleet's last step below 1e8 is at 1,157 x 86,400; above it the API stays cheaper to the range end
        assertEquals(1157 * 86_400.0, c.stableAbove(), 1e-3);
        assertEquals("api", c.cheaperAbove());
        CostCurve api = r.curves().stream().filter(x -> x.stack().equals("api") && !x.withOps()).findFirst().orElseThrow();
        CostCurve gpu = r.curves().stream().filter(x -> x.stack().equals("gpu") && !x.withOps()).findFirst().orElseThrow();
        for (double v = c.stableAbove() * (1 + 1e-9); v <= 1e8; v += 997) {
            assertTrue(api.costAt(v) < gpu.costAt(v), "the API is cheaper above stableAbove, not at " + v);
        }
        assertTrue(api.costAt(1157 * 86_400.0 - 1) > gpu.costAt(1157 * 86_400.0 - 1), "below the last step the fleet is cheaper");
    }

    @Test
    void theListedCrossingsAreExactlyTheDocumentedCapAndTheWarningCountsThemAll() {
        Report r = staircaseAgainstItsOwnSlope();
        Crossover c = crossover(r, false);
        assertEquals(Crossovers.MAX_CROSSINGS, c.crossings().size());
        assertEquals(Crossovers.MAX_CROSSINGS, c.details().size());
        assertEquals(2 * 1157, c.crossingCount());
        assertEquals(43_200, c.crossings().get(0), 1e-6);
        var w = r.warnings().stream().filter(x -> x.code().equals("crossings-truncated")).toList();
        assertEquals(2, w.size(), "with and without ops: " + w);
        assertTrue(w.get(0).message().contains("2,314 times"), w.get(0).message());
        assertTrue(w.get(0).message().contains("first 1,000"), w.get(0).message());
    }

    @Test
    void exactlyAsManyCrossingsAsTheCapAreNotTruncated() {
        // 500 steps below the range end: 1,000 crossings, every one listed, no warning
        Stack line = api(730.0 / 86_400 * 1000 / 30, 365);
        var s = new com.cp1ki.engine.model.Settings("USD", 1, null, null, 730, 30, 1e2, 500 * 86_400.0 + 43_100);
        Report r = CostEngine.report(new com.cp1ki.engine.model.Project("t", s, List.of(W), List.of(line, gpu(0)), List.of()));
        Crossover c = crossover(r, false);
        assertEquals(1000, c.crossingCount());
        assertEquals(1000, c.crossings().size());
        assertFalse(r.warnings().stream().anyMatch(x -> x.code().equals("crossings-truncated")), r.warnings().toString());
    }

    @Test
    void everyStackHasACurveWithAndWithoutOpsThatStepsWithTheFleet() {
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(api(1, 0), gpu(10)), List.of()));
        assertEquals(4, r.curves().size());
        CostCurve g = r.curves().stream().filter(c -> c.stack().equals("gpu") && c.withOps()).findFirst().orElseThrow();
        assertEquals(1730, g.costAt(86_400), 1e-9);
        assertEquals(2460, g.costAt(86_401), 1e-9);
        assertEquals((int) Math.ceil(1e8 / 86_400), g.segments().size());
        assertEquals(r.results().get(1).monthlyCost(), g.costAt(W.inferencesPerDay()), 1e-9);
    }

    @Test
    void disabledStacksAreLeftOutWithAWarning() {
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(api(1, 0), gpu(10).withEnabled(false)), List.of()));
        assertEquals(1, r.results().size());
        assertTrue(r.crossovers().isEmpty());
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("stack-disabled")));
    }

    @Test
    void drawingPointsOfAThousandStepCurveStayFew() {
        Report r = CostEngine.report(Fixtures.project(List.of(W), List.of(gpu(0)), List.of()));
        List<double[]> pts = r.curves().get(0).points(20);
        assertTrue(pts.size() < 600, "points: " + pts.size());
        CostCurve c = r.curves().get(0);
        for (double[] p : pts) {
            // a step is drawn as a vertical: its foot belongs to the lower segment, its head to the upper
            boolean onCurve = Math.abs(c.costAt(p[0]) - p[1]) < 1e-9 || Math.abs(c.costAt(p[0] * (1 + 1e-12)) - p[1]) < 1e-9;
            assertTrue(onCurve, "point off the curve at " + p[0]);
        }
    }

    static CommonCosts none() {
        return CommonCosts.NONE;
    }
}
