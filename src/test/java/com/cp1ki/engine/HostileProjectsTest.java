package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Limits;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, items 8, 11 and 14: projects that took minutes, exhausted memory or gave silently wrong
 * numbers are refused with the field named, or computed in bounded time with a warning.
 */
class HostileProjectsTest {
    /** A generous bound that only a runaway computation passes (the cases take well under a second). */
    static final Duration RUNAWAY = Duration.ofSeconds(60);
    static final Settings WIDE = new Settings("USD", 1, null, null, 730, 30, 1e2, Limits.MAX_VOLUME);

    /** 1,800 input and 400 output tokens at {@code rOut} output tokens/s, on demand at {@code rate} USD/h. */
    static Stack gpu(String name, double rOut, double rate, double fixed, double extrasPer1000) {
        return new Stack(name, true, new com.cp1ki.engine.model.SelfHostedGpu("g", 1, rate, 0, 0, 0, 0, 0,
                RateKind.ON_DEMAND, rOut, 0, 1.0, 1, 0, RateKind.RESERVED_1Y, null),
                new CommonCosts(fixed, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, extrasPer1000, 0));
    }

    static Report report(Settings s, Stack... stacks) {
        return CostEngine.report(new Project("p", s, List.of(Fixtures.summariser()), List.of(stacks), List.of()));
    }

    @Test
    void aFleetThatWouldPassTwoBillionInstancesIsRefusedNotCapped() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> report(Settings.DEFAULT, gpu("slow", 1e-9, 1, 0, 0)));
        assertEquals("output throughput", e.field());
        assertTrue(e.getMessage().startsWith("stack slow serving document_summariser would need "), e.getMessage());
        assertTrue(e.getMessage().contains("instances at 10,000 inferences/day, more than the 2,147,483,647"), e.getMessage());
        InvalidInputException end = assertThrows(InvalidInputException.class, () -> report(WIDE, gpu("slow", 1e-3, 1, 0, 0)));
        assertTrue(end.getMessage().contains("at the end of the volume range (10,000,000,000 inferences/day; lower it)"),
                end.getMessage());
    }

    @Test
    void aDuplicatedFleetOverTheWidestRangeIsNotScannedStepByStep() {
        // 216 inferences/day per instance: 46 million steps up to 1e10 inferences/day
        Report r = assertTimeoutPreemptively(RUNAWAY, () -> report(WIDE, gpu("A", 1, 1, 0, 0), gpu("B", 1, 1, 0, 0)));
        for (Crossover c : r.crossovers()) {
            assertEquals(List.of(), c.crossings());
            assertNull(c.cheaperAbove());
            assertNull(c.cheaperBelow());
        }
        assertTrue(r.warnings().stream().noneMatch(w -> w.code().startsWith("crossings")), r.warnings().toString());
    }

    @Test
    void twoFleetsThatStepTogetherCrossWhereTheirOtherCostsCross() {
        // same GPU: A has $100/month fixed, B $1 per 1,000 inferences of extras (0.03 USD/month per inference/day)
        Report r = assertTimeoutPreemptively(RUNAWAY, () -> report(WIDE, gpu("A", 1, 1, 100, 0), gpu("B", 1, 1, 0, 1)));
        Crossover c = r.crossovers().get(0);
        assertEquals(1, c.crossings().size(), c.toString());
        assertEquals(100 / 0.03, c.crossings().get(0), 1e-6);
        assertEquals("A", c.cheaperAbove());
        assertEquals("B", c.cheaperBelow());
        CostCurvePair curves = new CostCurvePair(r, "A", "B");
        double v = c.crossings().get(0);
        assertTrue(curves.a(v * 0.999) > curves.b(v * 0.999) && curves.a(v * 1.001) < curves.b(v * 1.001));
        assertEquals(curves.a(v), c.details().get(0).costA(), 1e-6);
    }

    @Test
    void fleetsOfOtherStepsThatRunSideBySideStopSearchingWithAWarning() {
        // B's instance is twice as fast and twice as dear, with $1 more fixed cost: A < B everywhere, within a
        // step of each other over 46 million steps
        Report r = assertTimeoutPreemptively(RUNAWAY, () -> report(WIDE, gpu("A", 1, 1, 0, 0), gpu("B", 2, 2, 1, 0)));
        assertTrue(r.warnings().stream().anyMatch(w -> w.code().equals("crossings-search-cut")
                && w.message().contains("crossings were searched up to")), r.warnings().toString());
        for (Crossover c : r.crossovers()) {
            assertEquals(List.of(), c.crossings());
            assertEquals("A", c.cheaperBelow());
        }
    }

    @Test
    void aProjectIsBoundedInWhatItHolds() {
        Stack api = new Stack("api", true, ManagedApi.simple("P", "M", 1, 2), CommonCosts.NONE);
        List<Workload> many = new ArrayList<>();
        for (int i = 0; i < Limits.MAX_WORKLOADS + 1; i++) {
            many.add(new Workload("w" + i, 10, new TypedMeans(1, 1), null, 1));
        }
        InvalidInputException w = assertThrows(InvalidInputException.class,
                () -> new Project("p", Settings.DEFAULT, many, List.of(api), List.of()));
        assertEquals("a project may have at most 1000 workloads, this one has 1001", w.getMessage());
        List<Stack> stacks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            stacks.add(api.withName("s" + i));
        }
        InvalidInputException pairs = assertThrows(InvalidInputException.class,
                () -> new Project("p", Settings.DEFAULT, many.subList(0, 11), stacks, List.of()));
        assertEquals("a project may compare at most 200000 pairs of stacks; 11 workloads x 200 stacks make 218900",
                pairs.getMessage());
        InvalidInputException results = assertThrows(InvalidInputException.class,
                () -> new Project("p", Settings.DEFAULT, many.subList(0, 201), stacks.subList(0, 100), List.of()));
        assertTrue(results.getMessage().startsWith("a project may have at most 20000 workload-stack results"),
                results.getMessage());
    }

    @Test
    void volumesAreBounded() {
        assertThrows(InvalidInputException.class, () -> new Workload("w", 1.797e308, new TypedMeans(1, 1), null, 1));
        assertThrows(InvalidInputException.class, () -> new Settings("USD", 1, null, null, 730, 30, 1e2, 1e300));
        assertThrows(InvalidInputException.class, () -> new Settings("USD", 1, null, null, 730, 30, 1e-9, 1e8));
        new Settings("USD", 1, "2024-02-29", null, 730, 30, 1e-3, Limits.MAX_VOLUME);
    }

    /** The two curves of a report (with ops), to read costs. */
    record CostCurvePair(Report r, String a, String b) {
        double a(double v) {
            return cost(a, v);
        }

        double b(double v) {
            return cost(b, v);
        }

        private double cost(String stack, double v) {
            return r.curves().stream().filter(c -> c.stack().equals(stack) && c.withOps()).findFirst().orElseThrow()
                    .costAt(v);
        }
    }
}
