package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Stack;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The last baseline-length of a log held against the feature's workload. */
class ActualVsPlanTest {
    static final LocalDate D0 = LocalDate.of(2024, 1, 1);
    /** $1 / $2 per 1M tokens and $300/month of fixed cost. */
    static final Stack A = new Stack("A", true, ManagedApi.simple("P", "model-a", 1, 2),
            new CommonCosts(300, 0, 0, 0, 0, 0, 0, 0, 12, 0, 0, 0, 0, 0, 0));
    static final Stack B = Rows.stack("B", "model-b", 10, 20);

    @Test
    void theLastThirtyDaysAreComparedWithTheWorkloadOnTheStacksActuallyUsed() {
        // 40 days: 800 requests/day on A and 200 on B, 1000 in / 100 out
        Rows rows = new Rows().daily("Document-Summariser", "model-a", D0, D0.plusDays(39), 1000, 100, 800)
                .daily("Document-Summariser", "model-b", D0, D0.plusDays(39), 1000, 100, 200);
        // the plan: 10,000 a day of 1500 in / 200 out
        var project = Rows.project(List.of(A, B), Rows.workload("document_summariser", 10_000, 1500, 200));
        ActualVsPlan p = Drift.analyse(project, rows.data(), DriftSettings.of(DriftRule.defaults(Granularity.DAY)),
                PriceBook.PROJECT).features().get(0).plan();
        assertEquals("document_summariser", p.workload()); // matched without case and separators
        assertEquals("2024-01-11", p.from());
        assertEquals("2024-02-09", p.to());
        assertEquals(30, p.days());
        assertEquals(1000, p.actualInferencesPerDay(), 1e-9);
        assertEquals(1000, p.actualMeanInput(), 1e-9);
        // actual: 0.8 x $1.20 + 0.2 x $12.00 = $3.36
        assertEquals(3.36, p.actualCp1ki(), 1e-12);
        assertEquals(10_000, p.plannedInferencesPerDay());
        assertEquals(1500, p.plannedMeanInput());
        // planned tokens: A 1500 x 1 + 200 x 2 = $1.90; B $19.00; weighted 0.8/0.2: $5.32
        assertEquals(1.90, p.stacks().get(0).plannedTokenCp1ki(), 1e-12);
        assertEquals(19.0, p.stacks().get(1).plannedTokenCp1ki(), 1e-12);
        assertEquals(5.32, p.plannedTokenCp1ki(), 1e-12);
        // all-in on A adds $300 / 300,000 inferences = $1.00 per 1K
        assertEquals(2.90, p.stacks().get(0).plannedCp1ki(), 1e-12);
        assertEquals(0.8 * 2.90 + 0.2 * 19.0, p.plannedCp1ki(), 1e-12);
        // not routed: no plan as routed
        assertNull(p.routedCp1ki());
        assertNull(p.stacks().get(0).routedShare());
    }

    @Test
    void aRoutedWorkloadIsAlsoHeldAgainstThePlanAsRoutedWithEachStacksPlannedShare() {
        Stack c = Rows.stack("C", "model-c", 5, 5);
        // the log sends 80% to A and 20% to B; the routing plans 50% A, 30% B, 20% C
        Rows rows = new Rows().daily("document_summariser", "model-a", D0, D0.plusDays(39), 1000, 100, 800)
                .daily("document_summariser", "model-b", D0, D0.plusDays(39), 1000, 100, 200);
        var w = Rows.workload("document_summariser", 10_000, 1500, 200).withRouting(List.of(
                new com.cp1ki.engine.model.Route("A", 0.5), new com.cp1ki.engine.model.Route("B", 0.3),
                new com.cp1ki.engine.model.Route("C", 0.2)));
        var project = Rows.project(List.of(A, B, c), w);
        ActualVsPlan p = Drift.analyse(project, rows.data(), DriftSettings.of(DriftRule.defaults(Granularity.DAY)),
                PriceBook.PROJECT).features().get(0).plan();
        // at the log's shares, as before
        assertEquals(0.8 * 1.90 + 0.2 * 19.0, p.plannedTokenCp1ki(), 1e-12);
        // each stack the log used with the routing's share, and C, planned but unused, at share 0
        assertEquals(List.of("A", "B", "C"), p.stacks().stream().map(ActualVsPlan.PlannedStack::stack).toList());
        assertEquals(List.of(0.8, 0.2, 0.0), p.stacks().stream().map(ActualVsPlan.PlannedStack::share).toList());
        assertEquals(List.of(0.5, 0.3, 0.2), p.stacks().stream().map(ActualVsPlan.PlannedStack::routedShare).toList());
        // C: 1500 x 5 + 200 x 5 per 1M = $8.50 per 1K
        assertEquals(8.5, p.stacks().get(2).plannedTokenCp1ki(), 1e-12);
        // as routed: 0.5 x $1.90 + 0.3 x $19.00 + 0.2 x $8.50 in tokens; all-in is the portfolio's
        assertEquals(0.5 * 1.90 + 0.3 * 19.0 + 0.2 * 8.5, p.routedTokenCp1ki(), 1e-9);
        var bill = com.cp1ki.engine.CostEngine.report(project).portfolio().feature("document_summariser").orElseThrow();
        assertEquals(bill.cp1ki(), p.routedCp1ki(), 1e-12);
    }

    @Test
    void anExplicitMappingNamesTheWorkloadAndAFeatureWithoutOneHasNoPlan() {
        Rows rows = new Rows().daily("sum", "model-a", D0, D0.plusDays(3), 1000, 100, 10)
                .daily("other", "model-a", D0, D0.plusDays(3), 1000, 100, 10);
        var project = Rows.project(List.of(A), Rows.workload("document_summariser", 10_000, 1500, 200));
        DriftReport r = Drift.analyse(project, rows.data(), new DriftSettings(DriftRule.defaults(Granularity.DAY),
                Map.of(), Map.of("sum", "document_summariser")), PriceBook.PROJECT);
        assertEquals("document_summariser", r.feature("sum").plan().workload());
        assertEquals(4, r.feature("sum").plan().days());
        assertNull(r.feature("other").plan().workload());
        assertNull(r.feature("other").plan().plannedTokenCp1ki());
    }

    @Test
    void datedModelIdsNeedAnExplicitMappingAndGetASuggestion() {
        Rows rows = new Rows().daily("chat", "model-a-2024-08-06", D0, D0.plusDays(3), 1000, 100, 10);
        var project = Rows.project(List.of(A));
        DriftReport r = Drift.analyse(project, rows.data(), DriftSettings.of(DriftRule.defaults(Granularity.DAY)),
                PriceBook.PROJECT);
        assertEquals("unmapped", r.models().get(0).how());
        assertEquals("A", r.models().get(0).suggestion());
        DriftReport mapped = Drift.analyse(project, rows.data(), new DriftSettings(DriftRule.defaults(Granularity.DAY),
                Map.of("model-a-2024-08-06", "A"), Map.of()), PriceBook.PROJECT);
        assertEquals("mapped", mapped.models().get(0).how());
        assertEquals(1.20, mapped.features().get(0).points().get(0).cp1ki(), 1e-12);
    }

    @Test
    void billedIsComparedWithModelledForTheRequestsThatCarriedACost() {
        Rows rows = new Rows();
        rows.costColumn = true;
        rows.add(new Rows.Row("chat", "model-a", D0, 1000, 0, 0, 100, false, 1000, 1.5));
        FeatureDrift f = Drift.analyse(Rows.project(List.of(A)), rows.data(),
                DriftSettings.of(DriftRule.defaults(Granularity.DAY)), PriceBook.PROJECT).features().get(0);
        assertEquals(1.5, f.billedCost(), 1e-12);
        assertEquals(1.2, f.modelledCost(), 1e-12);
        assertEquals(1.2, f.modelledOfBilled(), 1e-12);
    }
}
