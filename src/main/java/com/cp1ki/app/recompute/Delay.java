package com.cp1ki.app.recompute;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task after a delay; injected so tests can run it at once. */
@FunctionalInterface
public interface Delay {

    void after(long millis, Runnable task);

    /** Runs every task at once on the calling thread (tests). */
    static Delay none() {
        return (millis, task) -> task.run();
    }

    /** A real delay on one daemon timer thread. */
    static Delay timer() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cp1ki-debounce");
            t.setDaemon(true);
            return t;
        });
        return (millis, task) -> s.schedule(task, millis, TimeUnit.MILLISECONDS);
    }
}
