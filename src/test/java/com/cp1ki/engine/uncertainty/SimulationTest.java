package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimulationTest {
    static final String GPT_OUT = "stacks[GPT-4o].serving.outputPrice";
    static final String GPT_IN = "stacks[GPT-4o].serving.inputPrice";
    static final String VOLUME = "workloads[document_summariser].inferencesPerDay";

    static Project seed() throws Exception {
        return ProjectFiles.load(Path.of("sample-projects/summariser-seed.cp1ki"));
    }

    static Project ranged(Project p, int draws, String[] fields, Range... ranges) {
        Uncertainty u = p.uncertainty().withDraws(draws);
        for (int i = 0; i < fields.length; i++) {
            u = u.withRange(fields[i], ranges[i]);
        }
        return p.withUncertainty(u);
    }

    /** One workload of typed means on one API stack with no other cost: CP1Ki is linear in the two prices. */
    static Project linear() {
        Workload w = new Workload("chat", 5_000, new TypedMeans(1200, 300), null, 1.0);
        Stack s = new Stack("API", true, ManagedApi.simple("P", "M", 2.5, 10), CommonCosts.NONE);
        return new Project("linear", Settings.DEFAULT, List.of(w), List.of(s), List.of());
    }

    @Test
    void zeroWidthRangesReproduceThePointReportExactly() throws Exception {
        Project p = seed();
        Project z = ranged(p, 200, new String[]{GPT_OUT, VOLUME, "workloads[document_summariser].tokens.inputScale",
                        "stacks[Llama 3 70B on g5.xlarge].serving.utilisationCeiling"},
                Range.lognormal(10, 10), Range.uniform(10_000, 10_000), Range.lognormal(1, 1),
                Range.triangular(0.8, 0.8, 0.8));
        Simulation s = UncertaintyEngine.simulate(z);
        assertEquals(4, s.inputs().size());
        assertTrue(s.outputs().size() > 10);
        for (Simulation.Result r : s.outputs()) {
            if (Double.isNaN(r.base())) {
                assertEquals(0, r.stats().defined(), r.output().key());
                continue;
            }
            for (double v : List.of(r.stats().p5(), r.stats().p50(), r.stats().p95(), r.stats().min(), r.stats().max())) {
                assertEquals(r.base(), v, 0.0, r.output().key());
            }
            assertTrue(r.contributions().isEmpty(), r.output().key());
        }
    }

    @Test
    void everyDrawEqualsTheFullReportAtThatDrawsInputs() throws Exception {
        Project p = ranged(seed(), 50, new String[]{GPT_OUT, VOLUME, "workloads[document_summariser].tokens.outputScale"},
                Range.lognormal(7, 14), Range.lognormal(5_000, 40_000), Range.triangular(0.8, 1, 1.5));
        Simulator sim = UncertaintyEngine.simulator(p);
        sim.run(0, sim.draws());
        Report point = CostEngine.report(p);
        Outputs outputs = new Outputs(point);
        for (int i : new int[]{0, 17, 49}) {
            Project q = p;
            q = Inputs.with(q, FieldPath.parse(GPT_OUT),
                    Range.lognormal(7, 14).quantile(SeededDraws.uniform(SeededDraws.stream(42, GPT_OUT), i)));
            q = Fields.with(q, FieldPath.parse(VOLUME),
                    Range.lognormal(5_000, 40_000).quantile(SeededDraws.uniform(SeededDraws.stream(42, VOLUME), i)));
            String scale = "workloads[document_summariser].tokens.outputScale";
            q = Inputs.with(q, FieldPath.parse(scale),
                    Range.triangular(0.8, 1, 1.5).quantile(SeededDraws.uniform(SeededDraws.stream(42, scale), i)));
            double[] expected = outputs.row(CostEngine.report(q));
            double[] got = sim.drawRow(i);
            for (int k = 0; k < got.length; k++) {
                assertEquals(expected[k], got[k], 0.0, outputs.list.get(k).key() + " in draw " + i);
            }
        }
    }

    @Test
    void theSameFileAndSeedGiveTheSameBitsInAnyOrderOnAnyNumberOfThreads() throws Exception {
        Project p = ranged(seed(), 120, new String[]{GPT_OUT, VOLUME}, Range.lognormal(7, 14),
                Range.triangular(4_000, 10_000, 30_000));
        Simulation once = UncertaintyEngine.simulate(p);
        Simulator backwards = UncertaintyEngine.simulator(p);
        for (int from = 100; from >= 0; from -= 20) {
            backwards.run(from, from + 20);
        }
        assertEquals(once, backwards.result());
        Simulator threads = UncertaintyEngine.simulator(p);
        List<Integer> blocks = new ArrayList<>(IntStream.range(0, 12).boxed().toList());
        Collections.shuffle(blocks, new java.util.Random(7));
        blocks.parallelStream().forEach(b -> threads.run(b * 10, b * 10 + 10));
        List<Integer> outputs = new ArrayList<>(IntStream.range(0, threads.outputCount()).boxed().toList());
        Collections.shuffle(outputs, new java.util.Random(8));
        outputs.parallelStream().forEach(k -> threads.summarise(k, k + 1));
        assertEquals(once, threads.result());
        assertEquals("n = 120, seed = 42", once.stamp());
        Simulation reseeded = UncertaintyEngine.simulate(p.withUncertainty(p.uncertainty().withSeed(43)));
        assertNotEquals(once.outputs(), reseeded.outputs());
    }

    @Test
    void withLinearPricingTheSimulatedMeanOfCp1kiAgreesWithTheAnalyticMeanWithinThreeStandardErrors() {
        Range in = Range.lognormal(1.5, 4);
        Range out = Range.lognormal(6, 16);
        Project p = ranged(linear(), 3_000, new String[]{"stacks[API].serving.inputPrice", "stacks[API].serving.outputPrice"},
                in, out);
        Simulation s = UncertaintyEngine.simulate(p);
        Stats cp1ki = s.output("cp1ki/chat/API").orElseThrow().stats();
        // CP1Ki = 1000 x (1200 x inputPrice + 300 x outputPrice) / 1e6, so its mean is the same line at the means
        double analytic = 1000 * (1200 * in.mean() + 300 * out.mean()) / 1e6;
        assertEquals(analytic, cp1ki.mean(), 3 * cp1ki.standardError());
        assertTrue(cp1ki.standardError() < 0.01 * analytic, "a meaningful test: " + cp1ki.standardError());
        List<Contribution> c = s.output("cp1ki/chat/API").orElseThrow().contributions();
        assertEquals(1.0, c.stream().mapToDouble(Contribution::share).sum(), 1e-12);
        assertEquals(2, c.size());
        assertTrue(c.get(0).rho() > 0 && c.get(1).rho() > 0);
    }

    @Test
    void aSingleLognormalInputsPercentilesAgreeWithItsClosedFormWithinOnePercent() {
        Range out = Range.lognormal(6, 16);
        Project p = ranged(linear(), 10_000, new String[]{"stacks[API].serving.outputPrice"}, out);
        Stats cp1ki = UncertaintyEngine.simulate(p).output("cp1ki/chat/API").orElseThrow().stats();
        LogNormalDistribution exact = new LogNormalDistribution(null, out.mu(), out.sigma());
        double fixedPart = 1000 * 1200 * 2.5 / 1e6;
        double perDollar = 1000 * 300 / 1e6;
        double[][] checks = {{0.05, cp1ki.p5()}, {0.10, cp1ki.p10()}, {0.50, cp1ki.p50()}, {0.90, cp1ki.p90()},
                {0.95, cp1ki.p95()}};
        for (double[] c : checks) {
            double e = fixedPart + perDollar * exact.inverseCumulativeProbability(c[0]);
            assertEquals(e, c[1], 0.01 * e, "P" + Math.round(c[0] * 100));
        }
    }

    @Test
    void theCheapestSharesAddUpToOneAndFollowTheRanges() throws Exception {
        Project p = ranged(seed(), 400, new String[]{GPT_OUT}, Range.lognormal(0.5, 40));
        Simulation s = UncertaintyEngine.simulate(p);
        Simulation.Cheapest c = s.cheapest().get(0);
        assertEquals(1.0, c.shares().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        assertEquals(c.stacks().size(), c.shares().size());
    }

    @Test
    void aRangeOutsideItsFieldOrAStaleRangeIsNamed() throws Exception {
        Project p = seed();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> UncertaintyEngine.simulate(ranged(p, 10, new String[]{GPT_OUT}, Range.uniform(-1, 3))));
        assertEquals(GPT_OUT, e.field());
        assertTrue(e.getMessage().contains(GPT_OUT), e.getMessage());
        String ceiling = "stacks[Llama 3 70B on g5.xlarge].serving.utilisationCeiling";
        assertTrue(UncertaintyEngine.refusal(p, ceiling, Range.lognormal(0.5, 0.9)).contains("triangular or uniform"));
        assertTrue(UncertaintyEngine.refusal(p, ceiling, Range.uniform(0.5, 1.2)).contains(ceiling));
        assertEquals(null, UncertaintyEngine.refusal(p, ceiling, Range.uniform(0.5, 1)));
        assertTrue(UncertaintyEngine.refusal(p, "settings.volumeMax", Range.lognormal(1, 2)).contains("view"));
        Simulation s = UncertaintyEngine.simulate(ranged(p, 10, new String[]{"stacks[Gone].serving.outputPrice"},
                Range.lognormal(1, 2)));
        assertTrue(s.warnings().get(0).contains("stacks[Gone].serving.outputPrice"), s.warnings().toString());
        assertThrows(InvalidInputException.class, () -> UncertaintyEngine.simulator(p, 42, 1_000_001));
        assertThrows(InvalidInputException.class, () -> UncertaintyEngine.simulator(p, 42, 0));
    }

    @Test
    void drawsBeyondTheMemoryGivenAreRefusedSayingHowManyFit() throws Exception {
        Project p = ranged(seed(), 10, new String[]{GPT_OUT, VOLUME}, Range.lognormal(7, 14), Range.uniform(6_000, 20_000));
        Simulator small = UncertaintyEngine.simulator(p, 42, 1_000, Long.MAX_VALUE);
        int outputs = small.outputCount();
        long perDraw = Simulator.bytesFor(2, outputs, 1);
        long budget = perDraw * 5_000;
        assertEquals(5_000, UncertaintyEngine.simulator(p, 42, 5_000, budget).draws(), "exactly what fits runs");
        com.cp1ki.engine.model.InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                com.cp1ki.engine.model.InvalidInputException.class,
                () -> UncertaintyEngine.simulator(p, 42, 5_001, budget));
        assertEquals("draws", e.field());
        assertTrue(e.getMessage().contains("use at most 5,000 draws"), e.getMessage());
    }
}
