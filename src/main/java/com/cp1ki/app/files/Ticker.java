package com.cp1ki.app.files;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs tasks at a fixed period (the autosave, the check of the open file); injected so tests tick by hand. */
@FunctionalInterface
public interface Ticker {

    /** Runs {@code task} every {@code period}, on a thread of the ticker's choosing. */
    void every(Duration period, Runnable task);

    /** Never runs anything (a window without autosave or disk checks, as most tests build). */
    Ticker NEVER = (period, task) -> {
    };

    /** Real time, on one daemon thread. */
    static Ticker daemon() {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cp1ki-ticker");
            t.setDaemon(true);
            return t;
        });
        return (period, task) -> s.scheduleWithFixedDelay(task, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }
}
