package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.editor.settings.SettingsViewModel;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.FieldOverride;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Uncertainty window's state without a toolkit: the background executor is a queue drained by
 * hand, so a test can edit, cancel or supersede a run between its blocks.
 */
class UncertaintyViewModelTest {

    static final String GPT_OUT = "stacks[GPT-4o].serving.outputPrice";
    static final String GPT_CP1KI = "cp1ki/document_summariser/GPT-4o";

    /** Tasks queued by the background executor, run by {@link #drain} or {@link #step}. */
    static final class Queue implements Executor {
        final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public void execute(Runnable r) {
            tasks.add(r);
        }

        void drain() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }

        void step(int n) {
            for (int i = 0; i < n && !tasks.isEmpty(); i++) {
                tasks.poll().run();
            }
        }
    }

    /** The ranged seed sample at 100 draws (fast), with a scenario that doubles GPT-4o's output price. */
    static Project ranged() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        return p.withUncertainty(p.uncertainty().withDraws(100))
                .withScenarios(List.of(new Scenario("Dear GPT", null, List.of(FieldOverride.scale(GPT_OUT, 2)))));
    }

    final Queue background = new Queue();

    UncertaintyViewModel vm(ProjectSession s) {
        Delay now = (ms, r) -> r.run();
        return new UncertaintyViewModel(s, new UncertaintyRun(s, now, background, Runnable::run));
    }

    static Rows.Percentiles row(UncertaintyViewModel vm, String key) {
        return vm.percentiles().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    static String money(double usd) {
        return ChartFormat.money(usd, "USD");
    }

    @Test
    void theNumbersShownAreTheEnginesForTheSameSeed() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        assertEquals(UncertaintyRun.State.RUNNING, vm.run().stateProperty().get());
        background.drain();
        assertEquals(UncertaintyRun.State.DONE, vm.run().stateProperty().get());
        Simulation engine = UncertaintyEngine.simulate(s.project());
        assertEquals(engine, vm.outcome().simulation(), "bit for bit the engine's simulation at seed 42");
        assertEquals(UncertaintyEngine.tornado(s.project()), vm.outcome().tornado());
        assertEquals("n = 100, seed = 42", vm.stampProperty().get());
        assertEquals("n = 100, seed = 42", vm.run().messageProperty().get());
        var r = engine.output(GPT_CP1KI).orElseThrow().stats();
        Rows.Percentiles row = row(vm, GPT_CP1KI);
        assertEquals(List.of(money(r.p5()), money(r.p10()), money(r.p50()), money(r.p90()), money(r.p95())),
                List.of(row.p5(), row.p10(), row.p50(), row.p90(), row.p95()));
        assertEquals(engine.outputs().size(), vm.percentiles().size(), "a row per simulated output");
        assertEquals(engine.cheapest().get(0).stacks().size(), vm.cheapest().size());
        assertEquals(engine.output(vm.outputProperty().get()).orElseThrow().contributions().size(), vm.drivers().size());
    }

    @Test
    void anEditRerunsAndTheTableChanges() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        background.drain();
        String before = row(vm, GPT_CP1KI).p50();
        s.execute(new Edit("GPT-4o input price x4", p -> Fields.with(p, FieldPath.parse("stacks[GPT-4o].serving.inputPrice"),
                10.0)));
        assertNull(vm.outcome(), "nothing of the old project stays on screen");
        assertTrue(vm.percentiles().isEmpty());
        assertEquals(UncertaintyRun.State.RUNNING, vm.run().stateProperty().get());
        background.drain();
        String after = row(vm, GPT_CP1KI).p50();
        assertNotEquals(before, after);
        assertEquals(money(UncertaintyEngine.simulate(s.project()).output(GPT_CP1KI).orElseThrow().stats().p50()), after);
    }

    @Test
    void theNewestRunWinsWhenAnEditArrivesMidRun() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        background.step(5);
        s.execute(new Edit("draws 60", p -> p.withUncertainty(p.uncertainty().withDraws(60))));
        background.drain();
        assertEquals(UncertaintyEngine.simulate(s.project()), vm.outcome().simulation());
        assertEquals("n = 60, seed = 42", vm.stampProperty().get());
    }

    @Test
    void aCancelledRunShowsNothingAsIfFinal() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        background.step(10);
        assertTrue(vm.run().progressProperty().get() > 0 && vm.run().progressProperty().get() < 1);
        vm.run().cancel();
        background.drain();
        assertEquals(UncertaintyRun.State.CANCELLED, vm.run().stateProperty().get());
        assertNull(vm.outcome().simulation(), "the draws so far are not published");
        assertTrue(vm.percentiles().isEmpty());
        assertTrue(vm.cheapest().isEmpty());
        assertEquals("", vm.stampProperty().get());
        assertTrue(vm.run().messageProperty().get().startsWith("Cancelled after "), vm.run().messageProperty().get());
        vm.run().run();
        background.drain();
        assertEquals(UncertaintyRun.State.DONE, vm.run().stateProperty().get());
        assertEquals(UncertaintyEngine.simulate(s.project()), vm.outcome().simulation());
    }

    @Test
    void theActiveScenarioIsSimulatedAndSaid() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        s.showScenario("Dear GPT");
        background.drain();
        Project applied = ScenarioEngine.apply(s.project(), "Dear GPT");
        assertEquals(UncertaintyEngine.simulate(applied), vm.outcome().simulation());
        assertEquals("Dear GPT", vm.outcome().scenario());
        assertTrue(vm.subjectProperty().get().startsWith("Scenario Dear GPT"), vm.subjectProperty().get());
        s.undo();
        background.drain();
        assertNull(vm.outcome().scenario());
        assertTrue(vm.subjectProperty().get().startsWith("Base"), vm.subjectProperty().get());
    }

    @Test
    void nothingRunsWhileNoViewIsOpen() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        s.execute(new Edit("draws 60", p -> p.withUncertainty(p.uncertainty().withDraws(60))));
        assertTrue(background.tasks.isEmpty());
        vm.run().setActive(true);
        background.drain();
        vm.run().setActive(false);
        vm.run().setActive(true);
        assertTrue(background.tasks.isEmpty(), "the shown results are of this revision: no rerun");
        assertEquals(UncertaintyRun.State.DONE, vm.run().stateProperty().get());
    }

    @Test
    void reseedIsOneUndoableEditAndDrawsAgain() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        background.drain();
        vm.reseed();
        long seed = s.project().uncertainty().seed();
        assertNotEquals(42, seed);
        background.drain();
        assertEquals("n = 100, seed = " + seed, vm.stampProperty().get());
        assertTrue(s.undo());
        assertEquals(42, s.project().uncertainty().seed());
    }

    @Test
    void aRangeTheFieldCannotTakeFailsTheRunWithItsNameAndOneLeftBehindIsSaid() throws Exception {
        Project p = ranged();
        ProjectSession s = new ProjectSession(p.withUncertainty(p.uncertainty().withRange(GPT_OUT,
                new com.cp1ki.engine.model.Range(com.cp1ki.engine.model.RangeKind.UNIFORM, -5, 12, null))), null, "bad.cp1ki");
        UncertaintyViewModel vm = vm(s);
        vm.run().setActive(true);
        background.drain();
        assertEquals(UncertaintyRun.State.FAILED, vm.run().stateProperty().get());
        assertTrue(vm.run().messageProperty().get().startsWith("Cannot simulate: ")
                && vm.run().messageProperty().get().contains(GPT_OUT), vm.run().messageProperty().get());
        assertTrue(vm.percentiles().isEmpty());
        var good = ranged().uncertainty();
        s.execute(new Edit("range on a gone stack", q -> q.withUncertainty(good
                .withRange("stacks[Gone].serving.outputPrice", new com.cp1ki.engine.model.Range(
                        com.cp1ki.engine.model.RangeKind.UNIFORM, 1, 2, null)))));
        background.drain();
        assertEquals(UncertaintyRun.State.DONE, vm.run().stateProperty().get());
        assertTrue(vm.warningsProperty().get().contains("stacks[Gone].serving.outputPrice"), vm.warningsProperty().get());
    }

    @Test
    void theSettingsEditorTakesDrawsSeedAndSwingAndNamesTheFieldOfABadOne() throws Exception {
        ProjectSession s = new ProjectSession(ranged(), null, "ranged.cp1ki");
        SettingsViewModel settings = new SettingsViewModel(s);
        FormField draws = settings.simulation().get(0);
        FormField seed = settings.simulation().get(1);
        FormField swing = settings.simulation().get(2);
        assertEquals("100", draws.textProperty().get());
        assertEquals("42", seed.textProperty().get());
        assertEquals("20", swing.textProperty().get());
        draws.textProperty().set("2,000,000");
        draws.commit();
        assertEquals("Monte Carlo draws must be a whole number from 1 to 1,000,000", draws.errorProperty().get());
        draws.textProperty().set("2.5");
        draws.commit();
        assertEquals("Monte Carlo draws must be a whole number from 1 to 1,000,000", draws.errorProperty().get());
        seed.textProperty().set("4.2");
        seed.commit();
        assertEquals("Monte Carlo seed must be a whole number (e.g. 42), not \"4.2\"", seed.errorProperty().get());
        swing.textProperty().set("100");
        swing.commit();
        assertEquals("Tornado swing must be above 0 and below 100 %", swing.errorProperty().get());
        assertEquals(100, s.project().uncertainty().draws(), "nothing changed by a refused value");
        draws.textProperty().set("1,000,000");
        assertTrue(draws.commit());
        seed.textProperty().set("1,234");
        assertTrue(seed.commit());
        swing.textProperty().set("30");
        assertTrue(swing.commit());
        assertEquals(1_000_000, s.project().uncertainty().draws());
        assertEquals(1234, s.project().uncertainty().seed());
        assertEquals(0.3, s.project().uncertainty().swing(), 1e-12);
        settings.reseed();
        assertNotEquals(1234, s.project().uncertainty().seed());
        assertTrue(s.undo());
        assertEquals(1234, s.project().uncertainty().seed());
        s.showScenario("Dear GPT");
        draws.textProperty().set("500");
        assertTrue(draws.commit(), draws.errorProperty().get());
        assertEquals(500, s.project().uncertainty().draws(), "a scenario holds no draws: the base's change");
        assertEquals("Dear GPT", s.scenario(), "the scenario stays shown");
    }
}
