package com.cp1ki.app.drift;

import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.drift.Driver;
import com.cp1ki.engine.drift.DriftPoint;
import com.cp1ki.engine.drift.State;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Drift view's state without a toolkit: executors run inline. */
class DriftViewModelTest {
    @TempDir
    Path dir;

    static Project project() {
        Stack a = new Stack("A", true, ManagedApi.simple("P", "model-a", 1, 2), CommonCosts.NONE);
        Workload w = new Workload("chat", 500, new TypedMeans(900, 80), null, 1.0);
        return new Project("drift vm", Settings.DEFAULT, List.of(w), List.of(a), List.of());
    }

    /** 40 days of 200 requests a day; from day 30 the prompts are 1,800 tokens instead of 1,000. */
    Path log() throws IOException {
        StringBuilder b = new StringBuilder("timestamp,feature,model,input_tokens,output_tokens\n");
        for (int d = 0; d < 40; d++) {
            for (int k = 0; k < 200; k++) {
                b.append(LocalDate.of(2026, 5, 1).plusDays(d)).append('T').append(String.format("%02d", k % 24))
                        .append(":00:00Z,chat,model-a,").append(d >= 30 ? 1800 : 1000).append(",100\n");
            }
        }
        return Files.writeString(dir.resolve("chat.csv"), b);
    }

    DriftViewModel vm() {
        return new DriftViewModel(new ProjectSession(project(), null, "drift"), Runnable::run, Runnable::run);
    }

    @Test
    void readingLogsGivesEachFeaturesSeriesAndPicksTheLastAlert() throws IOException {
        DriftViewModel vm = vm();
        assertNull(vm.reportProperty().get());
        vm.open(List.of(log()));
        assertEquals("chat", vm.featureProperty().get());
        assertEquals(40, vm.selectedFeature().points().size());
        DriftPoint p = vm.selectedPoint();
        assertEquals("2026-05-31", p.label());
        assertEquals(State.ALERT, p.state());
        assertEquals(Driver.INPUT_TOKENS, p.decomposition().largest());
        assertTrue(vm.messageProperty().get().startsWith("8,000 rows read from 1 file, 8,000 used"),
                vm.messageProperty().get());
    }

    @Test
    void aNewRuleOrAProjectEditRecomputesTheReport() throws IOException {
        DriftViewModel vm = vm();
        vm.open(List.of(log()));
        vm.setThreshold(2);
        assertEquals(0, vm.selectedFeature().alerts().size());
        double before = vm.selectedFeature().points().get(0).cp1ki();
        vm.session().execute(new com.cp1ki.app.session.Edit("double prices", p -> p.withStacks(List.of(
                new Stack("A", true, ManagedApi.simple("P", "model-a", 2, 4), CommonCosts.NONE)))));
        assertEquals(2 * before, vm.selectedFeature().points().get(0).cp1ki(), 1e-12);
    }

    @Test
    void theRuleAndMappingAreTheProjectsDriftSetupAndEachEditIsOneUndoableStep() throws IOException {
        DriftViewModel vm = vm();
        vm.open(List.of(log()));
        int alerts = vm.selectedFeature().alerts().size();
        assertTrue(alerts > 0);
        vm.setThreshold(2);
        assertEquals(2, vm.session().project().drift().threshold());
        assertEquals(2, vm.ruleProperty().get().threshold());
        assertEquals(0, vm.selectedFeature().alerts().size());
        vm.setModels(Map.of("model-x", "A"));
        assertEquals(Map.of("model-x", "A"), vm.session().project().drift().models());
        assertTrue(vm.session().undo());
        assertTrue(vm.session().undo());
        assertEquals(com.cp1ki.engine.model.DriftSetup.DEFAULT, vm.session().project().drift());
        assertEquals(1.2, vm.ruleProperty().get().threshold());
        assertEquals(alerts, vm.selectedFeature().alerts().size());
        vm.setThreshold(1);
        assertEquals(com.cp1ki.engine.model.DriftSetup.DEFAULT, vm.session().project().drift());
        assertTrue(vm.messageProperty().get().contains("threshold"), vm.messageProperty().get());
    }

    @Test
    void updatingTheWorkloadFromTheLast30DaysIsOneUndoableStep() throws IOException {
        DriftViewModel vm = vm();
        vm.open(List.of(log()));
        WorkloadUpdate.run(vm);
        Workload w = vm.session().project().workload("chat").orElseThrow();
        assertEquals(200, w.inferencesPerDay(), 1e-9);
        TokenDistribution d = assertInstanceOf(TokenDistribution.class, w.tokens());
        // the last 30 days: 20 at 1,000 input tokens and 10 at 1,800
        assertEquals((20 * 1000 + 10 * 1800) / 30.0, d.meanInput(), 1e-9);
        assertEquals(6000, d.totalWeight(), 0);
        assertTrue(vm.messageProperty().get().startsWith("Update workload 'chat' from 2026-05-11 to 2026-06-09"),
                vm.messageProperty().get());
        vm.session().undo();
        assertInstanceOf(TypedMeans.class, vm.session().project().workload("chat").orElseThrow().tokens());
    }

    @Test
    void aLogThatCannotBeReadSaysWhyAndKeepsTheReport() throws IOException {
        DriftViewModel vm = vm();
        vm.open(List.of(log()));
        var report = vm.reportProperty().get();
        vm.open(List.of(Files.writeString(dir.resolve("bad.csv"), "feature,model,input,output\nchat,m,1,1\n")));
        assertTrue(vm.messageProperty().get().contains("no timestamp column"), vm.messageProperty().get());
        assertEquals(report, vm.reportProperty().get());
        assertNotNull(vm.selectedPoint());
    }
}
