package com.cp1ki.app.recompute;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The recompute service with its executors replaced by queues the test drains by hand, so the
 * order of debounce, engine run and FX-thread apply is under the test's control.
 */
class RecomputeServiceTest {

    private final ProjectSession session = new ProjectSession(TestProjects.seed004(), null, "t.cp1ki");
    private final List<Runnable> delayed = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();
    private final List<Project> computed = new ArrayList<>();

    /** A report that stands for "computed from this project": its warnings list is empty, identity tells them apart. */
    private Report reportOf(Project p) {
        computed.add(p);
        return new Report(List.of(), List.of(), List.of(), List.of(), List.of());
    }

    private RecomputeService service(Function<Project, Report> engine) {
        return new RecomputeService(session, engine, (ms, t) -> delayed.add(t), background::add, fx::add);
    }

    private static void drain(List<Runnable> q) {
        List<Runnable> copy = new ArrayList<>(q);
        q.clear();
        copy.forEach(Runnable::run);
    }

    private void edit(double volume) {
        session.execute(new Edit("volume", p -> TestProjects.withVolume(p, volume)));
    }

    @Test
    void aBurstOfEditsWithinTheDebounceComputesOnlyTheLatestRevision() {
        service(this::reportOf);
        edit(1);
        edit(2);
        edit(3);
        drain(delayed);
        drain(background);
        drain(fx);
        assertEquals(1, computed.size());
        assertEquals(3, computed.get(0).workloads().get(0).inferencesPerDay());
    }

    @Test
    void aResultThatArrivesAfterTheRevisionMovedOnIsDropped() {
        RecomputeService s = service(this::reportOf);
        drain(delayed);
        drain(background);
        edit(7);
        drain(fx);
        assertNull(s.report());
        assertEquals(1, s.droppedCount());
        assertTrue(s.busyProperty().get());
        drain(delayed);
        drain(background);
        drain(fx);
        assertEquals(session.revision(), s.appliedRevision());
        assertFalse(s.busyProperty().get());
        assertEquals(7, computed.get(computed.size() - 1).workloads().get(0).inferencesPerDay());
    }

    @Test
    void theEngineRunsOnTheBackgroundExecutorAndTheReportIsAppliedOnlyByTheUiExecutor() {
        AtomicInteger runs = new AtomicInteger();
        RecomputeService s = service(p -> {
            runs.incrementAndGet();
            return reportOf(p);
        });
        drain(delayed);
        assertEquals(0, runs.get());
        drain(background);
        assertEquals(1, runs.get());
        assertNull(s.report());
        drain(fx);
        assertSame(s.report(), s.reportProperty().get());
        assertEquals(1, computed.size());
    }

    @Test
    void anEngineErrorBecomesAMessageAndKeepsTheLastGoodReport() {
        boolean[] fail = {false};
        RecomputeService s = new RecomputeService(session, p -> {
            if (fail[0]) {
                throw new InvalidInputException("output throughput", "output throughput must be set");
            }
            return reportOf(p);
        }, Delay.none(), Runnable::run, Runnable::run);
        Report good = s.report();
        fail[0] = true;
        edit(5);
        assertEquals("output throughput must be set", s.errorProperty().get());
        assertSame(good, s.report());
        fail[0] = false;
        edit(6);
        assertNull(s.errorProperty().get());
    }

    @Test
    void anUnexpectedEngineFailureIsAMessageNotACrash() {
        RecomputeService s = new RecomputeService(session, p -> {
            throw new IllegalStateException("boom");
        }, Delay.none(), Runnable::run, Runnable::run);
        assertEquals("The cost engine could not compute this project: boom", s.errorProperty().get());
    }
}
