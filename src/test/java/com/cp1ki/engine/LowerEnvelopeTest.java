package com.cp1ki.engine;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.CheapestStacks;
import com.cp1ki.engine.report.CheapestStacks.Band;
import com.cp1ki.engine.report.CostCurve;
import com.cp1ki.engine.report.CostCurve.Segment;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cheapest stack at every volume (the lower envelope of the cost curves), worked by hand. */
class LowerEnvelopeTest {

    static CostCurve line(String stack, double from, double to, double intercept, double slope) {
        return new CostCurve("w", stack, true, List.of(new Segment(from, to, intercept, slope, 0)));
    }

    /** A fleet adding $perInstance a month every {@code step} inferences/day, from one instance. */
    static CostCurve stairs(String stack, double from, double to, double step, double perInstance, int reserved) {
        int first = Math.max(1, (int) Math.ceil(from / step));
        int last = (int) Math.ceil(to / step);
        return new CostCurve("w", stack, true, new CostCurve.Staircase(from, to, step, first, last,
                reserved * perInstance, reserved, perInstance, 0));
    }

    static void band(Band b, double from, double to, String stack, boolean atStep) {
        assertEquals(from, b.fromVolume(), 1e-9 * from, b.toString());
        assertEquals(to, b.toVolume(), 1e-9 * to, b.toString());
        assertEquals(stack, b.stack(), b.toString());
        assertEquals(atStep, b.startsAtStep(), b.toString());
    }

    @Test
    void threeLinesHandOverWhereTheyCrossAndADearerOneNeverShows() {
        // C = 0.1 V is cheapest until it meets B = 500 + 0.02 V at 6,250/day; B until it meets A = 1,000 + 0.01 V at
        // 50,000/day; D = 600 + 0.03 V lies above B everywhere and above C from 100 to 6,250 (C <= 625 there < D)
        CheapestStacks c = LowerEnvelope.of(List.of(line("A", 100, 1e6, 1000, 0.01), line("B", 100, 1e6, 500, 0.02),
                line("C", 100, 1e6, 0, 0.1), line("D", 100, 1e6, 600, 0.03)), 100, 1e6);
        assertEquals(3, c.bands().size(), c.bands().toString());
        band(c.bands().get(0), 100, 6250, "C", false);
        band(c.bands().get(1), 6250, 50_000, "B", false);
        band(c.bands().get(2), 50_000, 1e6, "A", false);
        assertEquals(2, c.changes());
        assertTrue(c.complete());
        assertEquals("B", c.bandAt(6250.5).stack());
        assertEquals("C", c.bandAt(6250).stack(), "a band holds its upper end");
        assertEquals("C", c.bandAt(1).stack(), "below the range: the first band");
    }

    @Test
    void aFineStaircaseAgainstALineOfNearlyItsSlopeAlternatesAtEveryStep() {
        // GPU: $100 a month per 1,000 inferences/day (ceil(V / 1,000) x 100, an average of 0.1 V); API: 0.1001 V. On
        // the GPU's k-th step ((k-1) x 1,000, k x 1,000] the API is cheaper until it reaches the flat k x 100 at
        // k x 100 / 0.1001, the GPU from there to the step, where it jumps above the API again (as long as
        // k < 1 + 0.1 / 0.0001 = 1,001). 100 steps to 100,000/day: 100 crossings and 99 step flips; the GPU at the top.
        CheapestStacks c = LowerEnvelope.of(List.of(line("api", 100, 1e5, 0, 0.1001),
                stairs("gpu", 100, 1e5, 1000, 100, 0)), 100, 1e5);
        assertEquals(199, c.changes());
        assertEquals(200, c.bands().size());
        band(c.bands().get(0), 100, 100 / 0.1001, "api", false);
        band(c.bands().get(1), 100 / 0.1001, 1000, "gpu", false);
        band(c.bands().get(2), 1000, 200 / 0.1001, "api", true);
        band(c.bands().get(3), 200 / 0.1001, 2000, "gpu", false);
        band(c.bands().get(199), 10_000 / 0.1001, 1e5, "gpu", false);
        for (int k = 1; k < c.bands().size(); k++) {
            assertNotEquals(c.bands().get(k - 1).stack(), c.bands().get(k).stack());
            assertEquals(c.bands().get(k - 1).toVolume(), c.bands().get(k).fromVolume());
        }
    }

    @Test
    void aSteeperLineStopsAlternatingOnceTheStaircaseIsBelowIt() {
        // API 0.11 V: on step k it is cheaper below k x 100 / 0.11, which lies above the step's start only while
        // k < 11, so the GPU is cheapest from 10,000 / 1.1 on: 10 crossings, 9 flips
        CheapestStacks c = LowerEnvelope.of(List.of(line("api", 100, 1e6, 0, 0.11), stairs("gpu", 100, 1e6, 1000, 100, 0)),
                100, 1e6);
        assertEquals(19, c.changes());
        band(c.bands().get(19), 1000 / 0.11, 1e6, "gpu", false);
    }

    @Test
    @Timeout(20)
    void beyondAThousandBandsOneBandStandsForTheRestAndTheLastIsExact() {
        // API 0.10001 V against the same staircase to 10 million/day alternates on all 10,000 steps
        // (k < 1 + 0.1 / 0.00001): 10,000 crossings and 9,999 step flips
        CheapestStacks c = LowerEnvelope.of(List.of(line("api", 100, 1e7, 0, 0.10001),
                stairs("gpu", 100, 1e7, 1000, 100, 0)), 100, 1e7);
        assertEquals(19_999, c.changes());
        assertEquals(LowerEnvelope.MAX_BANDS + 2, c.bands().size());
        assertFalse(c.complete());
        Band listed = c.bands().get(LowerEnvelope.MAX_BANDS - 1);
        Band rest = c.bands().get(LowerEnvelope.MAX_BANDS);
        assertNull(rest.stack());
        assertEquals(listed.toVolume(), rest.fromVolume());
        band(c.bands().get(LowerEnvelope.MAX_BANDS + 1), 1e6 / 0.10001, 1e7, "gpu", false);
        assertEquals(rest.toVolume(), 1e6 / 0.10001, 1e-3);
    }

    @Test
    @Timeout(20)
    void aMillionStepsFarAboveALineCostNothingToRuleOut() {
        // GPU: $1,000 per 100 inferences/day from 1e2 to 1e8 (a million steps), always dearer than 0.01 V + 5
        CheapestStacks c = LowerEnvelope.of(List.of(stairs("gpu", 100, 1e8, 100, 1000, 0), line("api", 100, 1e8, 5, 0.01)),
                100, 1e8);
        assertEquals(1, c.bands().size());
        band(c.bands().get(0), 100, 1e8, "api", false);
    }

    /** A fleet from 100/day to 10^8/day adding $cost a month every {@code step}, on a base of $base. */
    static CostCurve fleet(String stack, double step, double cost, double base) {
        return new CostCurve("w", stack, true, new CostCurve.Staircase(100, 1e8, step, 1, (int) Math.ceil(1e8 / step),
                base, 0, cost, 0));
    }

    @Test
    @Timeout(20)
    void aDuplicatedFleetOfTenMillionStepsIsOneBandFoundAtOnce() {
        CheapestStacks c = LowerEnvelope.of(List.of(fleet("a", 10, 10, 5), fleet("b", 10, 10, 5)), 100, 1e8);
        assertEquals(List.of(new Band(100, 1e8, "a", false)), c.bands());
    }

    @Test
    @Timeout(20)
    void fleetsWithTheSameStepsCrossWhereTheirBaseLinesCross() {
        // the same GPU, one with $1,000 more fixed cost and $0.01 less per inference/day: equal at 100,000/day
        CostCurve a = new CostCurve("w", "a", true, new CostCurve.Staircase(100, 1e8, 10, 10, (int) 1e7, 0, 0, 10, 0.02));
        CostCurve b = new CostCurve("w", "b", true, new CostCurve.Staircase(100, 1e8, 10, 10, (int) 1e7, 1000, 0, 10, 0.01));
        CheapestStacks c = LowerEnvelope.of(List.of(a, b), 100, 1e8);
        assertEquals(2, c.bands().size(), c.bands().toString());
        band(c.bands().get(0), 100, 100_000, "a", false);
        band(c.bands().get(1), 100_000, 1e8, "b", false);
    }

    @Test
    @Timeout(30)
    void fleetsInterleavingOverMillionsOfStepsAreSearchedSoFarAndSaySo() {
        // $10 every 10/day against $25 every 25/day: the same average cost, within one instance of each other all
        // the way, so the order flips at steps over ten million steps: a thousand bands are listed, then the search
        // stops, and one band without a stack stands for the rest of the range
        CheapestStacks flips = LowerEnvelope.of(List.of(fleet("a", 10, 10, 0), fleet("b", 25, 25, 0)), 100, 1e8);
        Band last = flips.bands().get(flips.bands().size() - 1);
        assertNull(last.stack());
        assertEquals(1e8, last.toVolume());
        assertEquals(LowerEnvelope.MAX_BANDS + 1, flips.bands().size());
        assertFalse(flips.complete());
        // with $5 more on b, b never undercuts a (a - b stays in (-30, 5] and reaches only a tie), but proving it
        // takes every step: a is the cheapest as far as the search got, the rest is not known
        CheapestStacks never = LowerEnvelope.of(List.of(fleet("a", 10, 10, 0), fleet("b", 25, 25, 5)), 100, 1e8);
        assertEquals(2, never.bands().size(), never.bands().toString());
        assertEquals("a", never.bands().get(0).stack());
        assertTrue(never.bands().get(0).toVolume() > 1e6, "searched well beyond a million a day: " + never.bands());
        assertNull(never.bands().get(1).stack());
    }

    @Test
    @Timeout(60)
    void theReportWarnsWhenTheSearchStopsAndTheHeadlineStillNamesTheCheapest() {
        // one output token a request; 10 (25) tokens a day per instance at $10 ($25) a month: fleets stepping every
        // 10 and 25 inferences/day over the whole range, as in the test above
        Workload w = new Workload("w", 1000, new com.cp1ki.engine.model.TypedMeans(0, 1), null, 1);
        Stack a = new Stack("a", true, gpu(10.0 / 86_400, 10.0 / 730), com.cp1ki.engine.model.CommonCosts.NONE);
        Stack b = new Stack("b", true, gpu(25.0 / 86_400, 25.0 / 730), com.cp1ki.engine.model.CommonCosts.NONE);
        Report r = CostEngine.report(Fixtures.project(List.of(w), List.of(a, b), List.of()));
        assertTrue(r.warnings().stream().anyMatch(x -> x.code().equals("cheapest-search-cut")), r.warnings().toString());
        assertTrue(r.headline("w").orElseThrow().text().startsWith("For w at 1,000 inferences/day, "),
                r.headline("w").orElseThrow().text());
    }

    private static com.cp1ki.engine.model.SelfHostedGpu gpu(double tokensPerSecond, double rate) {
        return new com.cp1ki.engine.model.SelfHostedGpu("g", 1, rate, 0, 0, 0, 0, 0,
                com.cp1ki.engine.model.RateKind.ON_DEMAND, tokensPerSecond, 0, 1, 0, 0,
                com.cp1ki.engine.model.RateKind.RESERVED_1Y, null);
    }

    @Test
    void reservedInstancesCostNothingMoreUntilTheFleetOutgrowsThem() {
        // three reserved instances ($300 whatever the volume) until 3,000/day, then $100 per 1,000/day; API 0.2 V
        // meets the flat $300 at 1,500/day and never comes back (0.2 V > V / 10 + 100 above 1,000/day)
        CheapestStacks c = LowerEnvelope.of(List.of(line("api", 100, 1e5, 0, 0.2), stairs("gpu", 100, 1e5, 1000, 100, 3)),
                100, 1e5);
        assertEquals(2, c.bands().size(), c.bands().toString());
        band(c.bands().get(0), 100, 1500, "api", false);
        band(c.bands().get(1), 1500, 1e5, "gpu", false);
    }

    @Test
    void identicalStacksTieToTheOneEarlierInTheProject() {
        CheapestStacks ab = LowerEnvelope.of(List.of(line("a", 100, 1e4, 10, 0.1), line("b", 100, 1e4, 10, 0.1)), 100, 1e4);
        CheapestStacks ba = LowerEnvelope.of(List.of(line("b", 100, 1e4, 10, 0.1), line("a", 100, 1e4, 10, 0.1)), 100, 1e4);
        assertEquals(List.of(new Band(100, 1e4, "a", false)), ab.bands());
        assertEquals(List.of(new Band(100, 1e4, "b", false)), ba.bands());
    }

    @Test
    void linesThatOnlyTouchDoNotMakeABand() {
        // b = 0.1 V touches a = 20 + 0.1 V nowhere; c = 40 - ... meets a at one volume and goes back above
        CheapestStacks c = LowerEnvelope.of(List.of(line("a", 100, 1e4, 0, 0.1), line("b", 100, 1e4, 20, 0.1)), 100, 1e4);
        assertEquals(1, c.bands().size());
        assertEquals(0, c.changes());
    }

    @Test
    void theSeedIsHaikuUpTo5222ADayThenOneReservedG5WithOrWithoutOps() {
        // Haiku's $0.00304 x 30 per inference/day meets the g5's $476.28 at 476.28 / 0.0912: with throughput unset (a
        // flat fleet of one), and with the sample's 100 tokens/s at 80% (a step every 17,280/day of $464.28, which
        // Haiku's 17,280 x 0.0912 = $1,575.94 per step never catches up with)
        Stack stepping = new Stack("Llama 3 70B", true, Fixtures.gpu(1.006, 0.636, com.cp1ki.engine.model.RateKind.RESERVED_1Y,
                100, 0, 0.8, 1, 0), Fixtures.G5_FIXED);
        for (Project p : List.of(Fixtures.seed(), Fixtures.project(List.of(Fixtures.summariser()),
                List.of(Fixtures.haiku(), Fixtures.gpt4o(), stepping), List.of()))) {
            Report r = CostEngine.report(p);
            for (boolean ops : new boolean[]{true, false}) {
                CheapestStacks c = r.cheapest("document_summariser", ops).orElseThrow();
                assertEquals(ops, c.withOps());
                assertEquals(2, c.bands().size(), c.bands().toString());
                band(c.bands().get(0), 100, 476.28 / 0.0912, "Claude Haiku 3.5", false);
                band(c.bands().get(1), 476.28 / 0.0912, 1e8, "Llama 3 70B", false);
            }
        }
    }

    /** Every band's stack is the cheapest of the curves inside the band; bands tile the range; neighbours differ. */
    @Test
    void everyBandOfRandomProjectsNamesTheCheapestCurveInside() {
        RandomProjects g = new RandomProjects(812);
        int bandsSeen = 0;
        for (int run = 0; run < 60; run++) {
            List<Stack> stacks = new ArrayList<>();
            int n = 2 + run % 4;
            for (int i = 0; i < n; i++) {
                stacks.add(g.stack("s" + i, false));
            }
            Workload w = g.workload("w", run % 3 == 0 ? 50 : 0);
            Project p = Fixtures.project(List.of(w), stacks, List.of()).withSettings(
                    new Settings("USD", 1, null, null, 730, 30, 100, run % 2 == 0 ? 1e7 : 1e9));
            Report r = CostEngine.report(p);
            for (CheapestStacks c : r.cheapest()) {
                List<CostCurve> curves = r.curves().stream().filter(x -> x.withOps() == c.withOps()).toList();
                check(c, curves, p.settings());
                boundariesAreCrossings(c, r);
                bandsSeen += c.bands().size();
            }
        }
        assertTrue(bandsSeen > 150, "the random projects change their cheapest stack often enough: " + bandsSeen);
    }

    /** Where the cheapest stack hands over, the two stacks' crossover lists that volume. */
    private static void boundariesAreCrossings(CheapestStacks c, Report r) {
        for (int k = 1; k < c.bands().size(); k++) {
            String x = c.bands().get(k - 1).stack();
            String y = c.bands().get(k).stack();
            double v = c.bands().get(k).fromVolume();
            var pair = r.crossovers().stream().filter(o -> o.withOps() == c.withOps()
                    && (o.a().equals(x) && o.b().equals(y) || o.a().equals(y) && o.b().equals(x))).findFirst().orElseThrow();
            assertTrue(pair.crossings().stream().anyMatch(o -> Math.abs(o - v) <= 1e-9 * v),
                    x + " -> " + y + " at " + v + " is not among the crossings " + pair.crossings());
        }
    }

    private static void check(CheapestStacks c, List<CostCurve> curves, Settings s) {
        List<Band> bands = c.bands();
        assertEquals(s.volumeMin(), bands.get(0).fromVolume());
        assertEquals(s.volumeMax(), bands.get(bands.size() - 1).toVolume());
        for (int k = 0; k < bands.size(); k++) {
            Band b = bands.get(k);
            assertTrue(b.toVolume() > b.fromVolume(), b.toString());
            if (k > 0) {
                assertEquals(bands.get(k - 1).toVolume(), b.fromVolume());
                assertNotEquals(bands.get(k - 1).stack(), b.stack());
            }
            if (b.stack() == null) {
                continue;
            }
            CostCurve named = curves.stream().filter(x -> x.stack().equals(b.stack())).findFirst().orElseThrow();
            double width = b.toVolume() / b.fromVolume();
            for (double f : new double[]{1e-6, 0.25, 0.5, 0.75, 1}) {
                double v = f == 1 ? b.toVolume() : b.fromVolume() * Math.pow(width, f);
                double mine = named.costAt(v);
                for (CostCurve other : curves) {
                    assertTrue(mine <= other.costAt(v) * (1 + 1e-9) + 1e-9, b.stack() + " at " + v + " costs " + mine
                            + ", " + other.stack() + " " + other.costAt(v));
                }
            }
        }
    }
}
