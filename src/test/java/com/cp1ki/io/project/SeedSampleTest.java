package com.cp1ki.io.project;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The bundled seed sample gives cost-model.md's reference table (seed 004) through the engine. */
class SeedSampleTest {

    static StackResult result(Report r, String stack) {
        return r.results().stream().filter(x -> x.stack().equals(stack)).findFirst().orElseThrow();
    }

    @Test
    void theBundledSeedIsTheSampleInTheRepository() throws Exception {
        assertEquals(ProjectFiles.load(Path.of("sample-projects", Samples.SEED)), Samples.seed());
    }

    @Test
    void theSeedHoldsSeed004sInputs() {
        Project p = Samples.seed();
        Workload w = p.workload("document_summariser").orElseThrow();
        assertEquals(10_000, w.inferencesPerDay());
        assertEquals(new TypedMeans(1800, 400), w.tokens());
        ManagedApi haiku = (ManagedApi) p.stack("Claude Haiku 3.5").orElseThrow().serving();
        assertEquals(0.80, haiku.inputPrice());
        assertEquals(4.00, haiku.outputPrice());
        SelfHostedGpu g5 = (SelfHostedGpu) p.stack("Llama 3 70B on g5.xlarge").orElseThrow().serving();
        assertEquals(RateKind.RESERVED_1Y, g5.rate());
        assertEquals(0.636, g5.chosenRate());
        assertEquals(12, p.stack("Llama 3 70B on g5.xlarge").orElseThrow().common().fixedPerMonth(), 1e-12);
    }

    @Test
    void theSeedOpensInDollarsAsTheArticleStatesItAndTheRupeePlansHaveTheirOwnSample() throws Exception {
        Project p = Samples.seed();
        assertEquals("USD", p.settings().currency());
        assertEquals(1, p.settings().fxRate());
        // the seed's ₹299 plan at its 83 INR/USD, as the article converts it
        assertEquals(3.60, p.plans().get(0).pricePerUserMonth());
        Project rupees = ProjectFiles.load(Path.of("sample-projects", Samples.PLANS));
        assertEquals("INR", rupees.settings().currency());
        assertEquals(83, rupees.settings().fxRate());
    }

    @Test
    void theSeedsPowerUserLeavesFiftySixCentsOfMarginAsTheArticleSays() {
        var plan = CostEngine.report(Samples.seed()).plans().get(0);
        assertEquals(1000, plan.powerUserUsage());
        assertEquals(0.56, Math.round(plan.marginAtPowerUser() * 100) / 100.0);
    }

    @Test
    void theEngineGivesTheReferenceTableForHaiku() {
        StackResult r = result(CostEngine.report(Samples.seed()), "Claude Haiku 3.5");
        assertEquals(0.00304, r.costPerInference(), 1e-12);
        assertEquals(3.04, r.cp1ki(), 1e-9);
        assertEquals(30.40, r.dailyCost(), 1e-9);
        assertEquals(912.00, r.monthlyCost(), 1e-9);
    }

    @Test
    void theEngineGivesTheReferenceTableForGpt4o() {
        StackResult r = result(CostEngine.report(Samples.seed()), "GPT-4o");
        assertEquals(0.0085, r.costPerInference(), 1e-12);
        assertEquals(8.50, r.cp1ki(), 1e-9);
        assertEquals(85.00, r.dailyCost(), 1e-9);
        assertEquals(2550.00, r.monthlyCost(), 1e-9);
    }

    @Test
    void theEngineGivesTheReferenceTableForOneReservedG5() {
        StackResult r = result(CostEngine.report(Samples.seed()), "Llama 3 70B on g5.xlarge");
        assertEquals(1, r.instances());
        assertEquals(476.28, r.monthlyCost(), 1e-9);
        assertEquals(1.59, Math.round(r.cp1ki() * 100) / 100.0);
    }

    @Test
    void opsAddTheirMonthlyCostToTheSameFleet() {
        Report report = CostEngine.report(Samples.seed());
        double plain = result(report, "Llama 3 70B on g5.xlarge").monthlyCost();
        double withOps = result(report, "Llama 3 70B on g5.xlarge + ops").monthlyCost();
        assertEquals(4 * 100 + 500, withOps - plain, 1e-9);
    }

    @Test
    void anUnknownBundledSampleIsAClearError() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.loadBundledSample("nope.cp1ki"));
        assertEquals("there is no bundled sample project named nope.cp1ki", e.getMessage());
    }
}
