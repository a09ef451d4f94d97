package com.cp1ki.engine.portfolio;

import com.cp1ki.engine.model.AllocationKey;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.FeatureBill;
import com.cp1ki.engine.report.Portfolio;
import com.cp1ki.engine.report.StackBill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static com.cp1ki.engine.portfolio.Shop.INSTANCE;
import static com.cp1ki.engine.portfolio.Shop.a;
import static com.cp1ki.engine.portfolio.Shop.all;
import static com.cp1ki.engine.portfolio.Shop.b;
import static com.cp1ki.engine.portfolio.Shop.bill;
import static com.cp1ki.engine.portfolio.Shop.project;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cases of issue 10, worked by hand (see {@link Shop} for the numbers behind them). */
class HandWorkedPortfolioTest {

    static FeatureBill feature(Portfolio p, String w) {
        return p.feature(w).orElseThrow();
    }

    static StackBill stack(Portfolio p, String s) {
        return p.stack(s).orElseThrow();
    }

    @Test
    void twoFeaturesShareOneReservedG5xlargeInsteadOfPayingForTwo() {
        // A: 10,000 x 1 s + B: 20,000 x 2 s = 50,000 GPU-s a day, 2,083.33 an hour: one instance
        Portfolio p = bill(project(List.of(a(10_000, all("Llama")), b(20_000, all("Llama"))), Shop.llama()));
        StackBill llama = stack(p, "Llama");
        assertEquals(1, llama.instances());
        assertEquals(464.28, llama.monthly().gpu(), 1e-9);
        assertEquals(476.28, llama.monthlyCost(), 1e-9);
        assertEquals(476.28, p.total(), 1e-9);
        assertEquals(50_000 / 24.0 / 3600, llama.utilisation(), 1e-12);
        // by GPU-seconds: A 300,000 s, B 1,200,000 s of 1,500,000 a month: 20% and 80%
        assertEquals(0.2, feature(p, "A").stacks().get(0).fleetShare(), 1e-12);
        assertEquals(464.28 * 0.2, feature(p, "A").monthly().gpu(), 1e-9);
        assertEquals(12 * 0.2, feature(p, "A").monthly().fixed(), 1e-9);
        assertEquals(95.256, feature(p, "A").monthlyCost(), 1e-9);
        assertEquals(381.024, feature(p, "B").monthlyCost(), 1e-9);
        assertEquals(95.256 / 300_000 * 1000, feature(p, "A").cp1ki(), 1e-12);
        assertEquals(381.024 / 600_000 * 1000, feature(p, "B").cp1ki(), 1e-12);
        // each alone would be a fleet of its own: 2 x $476.28
        var pairwise = Shop.report(project(List.of(a(10_000, all("Llama")), b(20_000, all("Llama"))), Shop.llama()));
        assertEquals(2 * 476.28, pairwise.results().stream().mapToDouble(r -> r.monthlyCost()).sum(), 1e-9);
    }

    @ParameterizedTest(name = "volumes x {0}: the shared fleet is {1} instance(s), each alone {2}")
    @CsvSource({"1, 1, 2", "1.7, 1, 2", "1.8, 2, 2", "2.5, 2, 3", "3.5, 3, 3", "3.46, 3, 3"})
    void theSameTwoFeaturesGrowUntilTheSharedFleetStepsToTwoAndThree(double k, int shared, int alone) {
        // 50,000 k GPU-seconds a day over 86,400 per instance
        Project pr = project(List.of(a(10_000 * k, all("Llama")), b(20_000 * k, all("Llama"))), Shop.llama());
        Portfolio p = bill(pr);
        assertEquals(shared, stack(p, "Llama").instances());
        assertEquals((int) Math.ceil(50_000 * k / 86_400 - 1e-9), shared);
        assertEquals(shared * INSTANCE + 12, p.total(), 1e-9);
        int pairwise = Shop.report(pr).results().stream().mapToInt(r -> r.instances()).sum();
        assertEquals(alone, pairwise);
        assertEquals(p.total(), p.allocated(), 1e-9);
    }

    @Test
    void aSplitRoute8020PaysEachApiForItsShareOfTheTokens() {
        Workload chat = new Workload("chat", 10_000, new com.cp1ki.engine.model.TypedMeans(1800, 400), null, 1,
                List.of(new Route("Haiku", 0.8), new Route("GPT-4o", 0.2)));
        Portfolio p = bill(project(List.of(chat), Shop.haiku(), Shop.gpt4o()));
        assertEquals(912.00 * 0.8, stack(p, "Haiku").monthlyCost(), 1e-9);
        assertEquals(2550.00 * 0.2, stack(p, "GPT-4o").monthlyCost(), 1e-9);
        FeatureBill f = feature(p, "chat");
        assertEquals(729.60 + 510.00, f.monthlyCost(), 1e-9);
        assertEquals(1239.60 / 300_000 * 1000, f.cp1ki(), 1e-12);
        assertEquals(240_000, f.stacks().get(0).monthlyInferences(), 1e-9);
        assertEquals(60_000, f.stacks().get(1).monthlyInferences(), 1e-9);
        assertNull(f.stacks().get(0).fleetShare());
        assertEquals(1239.60, p.total(), 1e-9);
    }

    /** An API stack with $100 fixed and $900 ops a month, shared by A (10,000/day) and B (30,000/day). */
    static Project apiOverheads(AllocationKey key) {
        Stack api = Shop.sharing(Shop.haiku().withCommon(new CommonCosts(100, 0, 0, 0, 9, 100, 0, 0, 12, 0, 0, 0, 0, 0, 0)),
                null, key, 1);
        return project(List.of(a(10_000, all("Haiku")), b(30_000, all("Haiku"))), api);
    }

    @ParameterizedTest(name = "fixed and ops by {0}: A gets {1}, B {2}")
    @CsvSource({"REQUESTS, 250, 750", "EVEN, 500, 500"})
    void fixedAndOpsOfAnApiAreAllocatedByRequestsOrEvenly(AllocationKey key, double toA, double toB) {
        Portfolio p = bill(apiOverheads(key));
        assertEquals(key, stack(p, "Haiku").overheadKey());
        assertEquals(toA, feature(p, "A").monthly().fixed() + feature(p, "A").monthly().ops(), 1e-9);
        assertEquals(toB, feature(p, "B").monthly().fixed() + feature(p, "B").monthly().ops(), 1e-9);
        assertEquals(100, stack(p, "Haiku").monthly().fixed(), 1e-12);
        assertEquals(900, stack(p, "Haiku").monthly().ops(), 1e-12);
        assertEquals(p.total(), p.allocated(), 1e-9);
    }

    @ParameterizedTest(name = "a fleet by {0} / {1}: A gets {2} of the GPU cost and {3} of fixed and ops")
    @CsvSource({
            // GPU-seconds: 300,000 of 1,500,000; requests: 300,000 of 900,000; tokens: 330M of 750M
            "GPU_SECONDS, GPU_SECONDS, 0.2, 0.2",
            "REQUESTS, REQUESTS, 0.3333333333333333, 0.3333333333333333",
            "TOKENS, EVEN, 0.44, 0.5",
            "GPU_SECONDS, REQUESTS, 0.2, 0.3333333333333333"})
    void aFleetsGpuCostAndOverheadsAreAllocatedByEachKey(AllocationKey fleet, AllocationKey overhead, double gpuShare,
                                                         double overheadShare) {
        Stack llama = Shop.sharing(Shop.llama().withCommon(new CommonCosts(12, 0, 0, 0, 4, 100, 500, 0, 12, 0, 0, 0, 0,
                0, 0)), fleet, overhead, 1);
        Portfolio p = bill(project(List.of(a(10_000, all("Llama")), b(20_000, all("Llama"))), llama));
        FeatureBill fa = feature(p, "A");
        assertEquals(gpuShare, fa.stacks().get(0).fleetShare(), 1e-12);
        assertEquals(overheadShare, fa.stacks().get(0).overheadShare(), 1e-12);
        assertEquals(INSTANCE * gpuShare, fa.monthly().gpu(), 1e-9);
        assertEquals(12 * overheadShare, fa.monthly().fixed(), 1e-9);
        assertEquals(900 * overheadShare, fa.monthly().ops(), 1e-9);
        assertEquals(INSTANCE * (1 - gpuShare), feature(p, "B").monthly().gpu(), 1e-9);
        assertEquals(INSTANCE + 12 + 900, p.total(), 1e-9);
        assertEquals(p.total(), p.allocated(), 1e-9);
    }

    @Test
    void aPlanOverTwoWorkloadsOnASharedStackCountsTheFleetOnce() {
        Plan plan = new Plan("Pro", 10, null, 0, List.of("A", "B"), "Llama", new LognormalUsage(100, 300), null);
        // unrouted: each workload on Llama alone carries the whole $476.28
        Project alone = Shop.withPlan(project(List.of(a(10_000), b(20_000)), Shop.llama()), plan);
        double pairwise = (10_000 * 476.28 / 300_000 + 20_000 * 476.28 / 600_000) / 30_000;
        assertEquals(pairwise, Shop.report(alone).plans().get(0).costPerInference(), 1e-15);
        // routed: the product's $476.28 over its 900,000 inferences
        Project routed = Shop.withPlan(project(List.of(a(10_000, all("Llama")), b(20_000, all("Llama"))),
                Shop.llama()), plan);
        var r = Shop.report(routed).plans().get(0);
        assertEquals(476.28 / 900_000, r.costPerInference(), 1e-15);
        assertTrue(r.explanations().stream().anyMatch(e -> e.formula().contains("in the portfolio")),
                r.explanations().toString());
    }

    @Test
    void unusedReservedInstancesAreALineOfTheirOwnNotHiddenInAFeature() {
        Stack three = new Stack("Llama", true, Shop.g5(1, 3), Shop.FIXED_12);
        Portfolio p = bill(project(List.of(a(10_000, all("Llama")), b(20_000, all("Llama"))), three));
        StackBill s = stack(p, "Llama");
        assertEquals(1, s.instances());
        assertEquals(3 * INSTANCE, s.monthly().gpu(), 1e-9);
        assertEquals(2 * INSTANCE, s.unusedReserved(), 1e-9);
        assertEquals(2 * INSTANCE, p.unusedReserved(), 1e-9);
        assertEquals(INSTANCE, feature(p, "A").monthly().gpu() + feature(p, "B").monthly().gpu(), 1e-9);
        assertEquals(p.total(), p.allocated() + p.unusedReserved(), 1e-9);
        assertTrue(p.warnings().stream().anyMatch(w -> w.code().equals("portfolio-reserved-unused")));
    }

    @Test
    void aCoincidenceFactorSizesTheFleetForLessThanTheSumOfPeaks() {
        // peaks of 2: 100,000 GPU-s a day at peak (4,166.67 an hour) need 2 instances; at c = 0.6, 2,500 need 1
        Workload pa = new Workload("A", 10_000, new com.cp1ki.engine.model.TypedMeans(1000, 100), null, 2, List.of(all("Llama")));
        Workload pb = new Workload("B", 20_000, new com.cp1ki.engine.model.TypedMeans(500, 200), null, 2, List.of(all("Llama")));
        assertEquals(2, stack(bill(project(List.of(pa, pb), Shop.llama())), "Llama").instances());
        Stack coincident = Shop.sharing(Shop.llama(), AllocationKey.GPU_SECONDS, AllocationKey.GPU_SECONDS, 0.6);
        assertEquals(1, stack(bill(project(List.of(pa, pb), coincident)), "Llama").instances());
        // never below the mean demand: c = 0.1 still sizes for 2,083.33 GPU-s an hour
        Workload big = new Workload("A", 80_000, new com.cp1ki.engine.model.TypedMeans(1000, 100), null, 2, List.of(all("Llama")));
        Stack tiny = Shop.sharing(Shop.llama(), AllocationKey.GPU_SECONDS, AllocationKey.GPU_SECONDS, 0.1);
        StackBill s = stack(bill(project(List.of(big, pb), tiny)), "Llama");
        assertEquals(2, s.instances()); // mean 120,000 GPU-s a day > 86,400
    }

    @Test
    void aWorkloadWithoutRoutingIsNotInThePortfolio() {
        Portfolio p = bill(project(List.of(a(10_000, all("Llama")), b(20_000)), Shop.llama(), Shop.haiku()));
        assertEquals(List.of("A"), p.features().stream().map(FeatureBill::workload).toList());
        assertEquals(List.of("Llama"), p.stacks().stream().map(StackBill::stack).toList());
        assertTrue(bill(project(List.of(a(10_000), b(20_000)), Shop.llama())).isEmpty());
    }

    @Test
    void sharesOffByTypedRoundingStillBillEveryInferenceOnce() {
        Workload chat = new Workload("chat", 10_000, new com.cp1ki.engine.model.TypedMeans(1800, 400), null, 1,
                List.of(new Route("Haiku", 0.3333), new Route("GPT-4o", 0.6666)));
        Portfolio p = bill(project(List.of(chat), Shop.haiku(), Shop.gpt4o()));
        double inferences = p.feature("chat").orElseThrow().stacks().stream().mapToDouble(x -> x.monthlyInferences()).sum();
        assertEquals(300_000, inferences, 1e-6);
        assertEquals(912.00 / 3 + 2550.00 * 2 / 3, p.total(), 1e-9);
    }

    @Test
    void aRouteShareIsAFieldAScenarioCanReachByPath() {
        Project pr = project(List.of(new Workload("chat", 10_000, new com.cp1ki.engine.model.TypedMeans(1800, 400), null,
                1, List.of(new Route("Haiku", 0.8), new Route("GPT-4o", 0.2)))), Shop.haiku(), Shop.gpt4o(),
                Shop.llama());
        var share = com.cp1ki.engine.field.FieldPath.parse("workloads[chat].routing[GPT-4o].share");
        assertEquals(0.2, com.cp1ki.engine.field.Fields.number(pr, share));
        var coincidence = com.cp1ki.engine.field.FieldPath.parse("stacks[Llama].sharing.coincidence");
        Project lower = com.cp1ki.engine.field.Fields.with(pr, coincidence, 0.5);
        assertEquals(0.5, lower.stack("Llama").orElseThrow().sharing().coincidence());
        // one share alone breaks the 100%: the record says so, naming the workload
        var e = org.junit.jupiter.api.Assertions.assertThrows(com.cp1ki.engine.model.InvalidInputException.class,
                () -> com.cp1ki.engine.field.Fields.with(pr, share, 0.3));
        assertTrue(e.getMessage().contains("workload 'chat' add up to 110%"), e.getMessage());
    }
}
