package com.cp1ki.app.scenario;

import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.recompute.RecomputeService;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios in the workbench without a toolkit: the shown scenario as session state, every action one undoable edit. */
class ScenariosViewModelTest {

    static final String CHAT = "workloads[chat].inferencesPerDay";

    static ProjectSession session() throws Exception {
        return new ProjectSession(ProjectFiles.load(Path.of("sample-projects/portfolio.cp1ki")), null, "portfolio.cp1ki");
    }

    private static RecomputeService recompute(ProjectSession s) {
        Delay now = (ms, r) -> r.run();
        return new RecomputeService(s, CostEngine::report, now, Runnable::run, Runnable::run);
    }

    @Test
    void theShownScenarioDrivesTheReportAndSwitchingIsUndoable() throws Exception {
        ProjectSession s = session();
        RecomputeService r = recompute(s);
        ScenariosViewModel vm = new ScenariosViewModel(s);
        assertEquals(List.of("Base", "Launch", "GPT-4o at half price", "All chat on Haiku", "Pro at $19"), vm.names());
        assertNull(r.reportedScenarioProperty().get());
        vm.show("Launch");
        assertEquals("Launch", s.scenario());
        assertEquals("Launch", r.reportedScenarioProperty().get());
        assertEquals(ScenarioEngine.report(s.project(), "Launch"), r.report());
        assertEquals(3 * 40_000, r.reportedProject().workload("chat").orElseThrow().inferencesPerDay(), 1e-9);
        assertEquals(2, vm.overrides().size());
        assertEquals("40,000", vm.overrides().get(0).base(), "the base value beside the override");
        assertEquals("x 3", vm.overrides().get(0).change());
        assertTrue(s.undo());
        assertNull(s.scenario());
        assertEquals(CostEngine.report(s.project()), r.report());
        assertTrue(s.redo());
        assertEquals("Launch", s.scenario());
    }

    @Test
    void theChangesSinceTheLastSaveBecomeAScenarioAndTheBaseGoesBack() throws Exception {
        ProjectSession s = session();
        ScenariosViewModel vm = new ScenariosViewModel(s);
        Project saved = s.project();
        s.execute(new Edit("volume", p -> Fields.with(p, FieldPath.parse(CHAT), 55_000.0)));
        vm.saveChangesAsScenario("Growth");
        assertNull(vm.messageProperty().get(), vm.messageProperty().get());
        assertEquals("Growth", s.scenario());
        assertEquals(saved.withScenarios(s.project().scenarios()), s.project(), "the base is as saved");
        assertEquals(List.of(FieldOverride.set(CHAT, 55_000)), s.project().scenario("Growth").orElseThrow().overrides());
        assertEquals(55_000, ScenarioEngine.apply(s.project(), "Growth").workload("chat").orElseThrow().inferencesPerDay());
        assertTrue(s.undo());
        assertEquals(55_000, s.project().workload("chat").orElseThrow().inferencesPerDay(), "one undo gives the edits back");
        vm.saveChangesAsScenario("Growth");
        s.execute(new Edit("again", p -> p));
        ScenariosViewModel fresh = new ScenariosViewModel(s);
        fresh.show(null);
        fresh.saveChangesAsScenario("Nothing");
        assertNotNull(fresh.messageProperty().get(), "no changes since the save: a message, no empty scenario");
    }

    @Test
    void duplicateRenameDeleteAndMergeAreEachOneUndoableEdit() throws Exception {
        ProjectSession s = session();
        ScenariosViewModel vm = new ScenariosViewModel(s);
        vm.show("Launch");
        vm.duplicate();
        assertEquals("Launch copy", s.scenario());
        vm.rename("Launch, later");
        assertEquals("Launch, later", s.scenario());
        assertTrue(vm.names().contains("Launch, later"));
        vm.rename("Launch");
        assertTrue(vm.messageProperty().get().contains("two scenarios are named 'Launch'"), vm.messageProperty().get());
        vm.delete();
        assertNull(s.scenario());
        assertFalse(vm.names().contains("Launch, later"));
        assertTrue(s.undo());
        assertEquals("Launch, later", s.scenario(), "undo of a delete shows the scenario again");
        Project other = s.project().withScenarios(List.of(new Scenario("Launch", List.of()), new Scenario("Other", List.of())));
        vm.merge(other, "other.cp1ki");
        assertTrue(vm.names().containsAll(List.of("Launch (2)", "Other")), vm.names().toString());
        vm.merge(s.project().withScenarios(List.of(new Scenario("a", List.of()), new Scenario("b", List.of()))), "full.cp1ki");
        assertTrue(vm.messageProperty().get().contains("at most 8"), vm.messageProperty().get());
    }

    @Test
    void overridesAreSetFromTextAndAStaleOneShowsItsProblem() throws Exception {
        ProjectSession s = session();
        ScenariosViewModel vm = new ScenariosViewModel(s);
        vm.setOverride(CHAT, "x2");
        assertNotNull(vm.messageProperty().get(), "the base takes no overrides");
        vm.show("Pro at $19");
        vm.setOverride(CHAT, "-50%");
        vm.setOverride("stacks[GPT-4o].enabled", "off");
        vm.setOverride("plans[Pro].pricePerUserMonth", "24");
        Scenario pro = s.project().scenario("Pro at $19").orElseThrow();
        assertEquals(List.of(FieldOverride.set("plans[Pro].pricePerUserMonth", 24), FieldOverride.scale(CHAT, 0.5),
                FieldOverride.setValue("stacks[GPT-4o].enabled", false)), pro.overrides());
        vm.setOverride(CHAT, "1,5");
        assertTrue(vm.messageProperty().get().contains("comma"));
        vm.removeOverride(CHAT);
        assertEquals(2, s.project().scenario("Pro at $19").orElseThrow().overrides().size());
        vm.setOverride("stacks[Gone].serving.inputPrice", "1");
        OverrideRow stale = vm.overrides().get(vm.overrides().size() - 1);
        assertEquals("— (no such field)", stale.base());
        assertTrue(stale.problem().contains("Pro at $19") && stale.problem().contains("stacks[Gone]"), stale.problem());
    }

    @Test
    void theComparisonFollowsEveryRevision() throws Exception {
        ProjectSession s = session();
        CompareViewModel c = new CompareViewModel(s, Runnable::run, Runnable::run);
        assertEquals(List.of("Base", "Launch", "GPT-4o at half price", "All chat on Haiku", "Pro at $19"), c.columns());
        assertEquals(ScenarioEngine.compare(s.project()), c.comparisonProperty().get());
        new ScenariosViewModel(s).show("Launch");
        new ScenariosViewModel(s).delete();
        assertEquals(4, c.columns().size());
        assertEquals(ScenarioEngine.compare(s.project()), c.comparisonProperty().get());
        assertTrue(c.rows().stream().anyMatch(r -> r.cells().get(1).contains("(-$")), "a cell shows its delta");
    }
}
