package com.cp1ki.app.fx;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Latest wins, with both executors replaced by queues the test drains in the order it wants. */
class LatestWinsTest {

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> ui = new ArrayList<>();
    private final List<String> computed = new ArrayList<>();
    private final List<String> applied = new ArrayList<>();
    private final LatestWins runs = new LatestWins(background::add, ui::add);

    private static void drain(List<Runnable> q) {
        List<Runnable> copy = new ArrayList<>(q);
        q.clear();
        copy.forEach(Runnable::run);
    }

    private long run(String name) {
        return runs.submit(() -> {
            computed.add(name);
            return name;
        }, applied::add);
    }

    @Test
    void aRunComputesOnTheBackgroundAndAppliesOnTheUiExecutor() {
        run("a");
        assertTrue(computed.isEmpty(), "nothing computes on the calling thread");
        drain(background);
        assertEquals(List.of("a"), computed);
        assertTrue(applied.isEmpty(), "nothing applies off the UI executor");
        drain(ui);
        assertEquals(List.of("a"), applied);
        assertEquals(0, runs.droppedCount());
    }

    @Test
    void aRunSupersededBeforeTheBackgroundReachesItDoesNotCompute() {
        run("a");
        run("b");
        drain(background);
        drain(ui);
        assertEquals(List.of("b"), computed);
        assertEquals(List.of("b"), applied);
        assertEquals(0, runs.droppedCount(), "never computed, so nothing was dropped");
    }

    @Test
    void aResultThatArrivesAfterALaterRunStartedIsDroppedAndCounted() {
        run("a");
        drain(background);
        run("b");
        drain(ui);
        assertTrue(applied.isEmpty(), "a's result arrived after b was asked for");
        assertEquals(1, runs.droppedCount());
        drain(background);
        drain(ui);
        assertEquals(List.of("b"), applied);
    }

    @Test
    void resultsThatFinishOutOfOrderApplyOnlyTheLatest() {
        run("a");
        List<Runnable> aJob = new ArrayList<>(background);
        background.clear();
        run("b");
        drain(background);
        drain(ui);
        aJob.forEach(Runnable::run); // a is superseded before it starts: skipped
        drain(ui);
        assertEquals(List.of("b"), computed);
        assertEquals(List.of("b"), applied);
    }

    @Test
    void aTicketTakenBeforeADelayIsSubmittedLaterAndStillLosesToANewerRun() {
        long first = runs.next();
        assertTrue(runs.isLatest(first));
        long second = runs.next();
        assertFalse(runs.isLatest(first));
        runs.submit(first, () -> "first", applied::add);
        runs.submit(second, () -> "second", applied::add);
        drain(background);
        drain(ui);
        assertEquals(List.of("second"), applied);
    }

    @Test
    void withSynchronousExecutorsARunAppliesAtOnce() {
        LatestWins now = new LatestWins(Runnable::run, Runnable::run);
        List<Integer> got = new ArrayList<>();
        now.submit(() -> 6 * 7, got::add);
        assertEquals(List.of(42), got);
    }
}
