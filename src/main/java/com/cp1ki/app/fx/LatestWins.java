package com.cp1ki.app.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Latest wins on the background executor: each run computes off the FX thread and its result is
 * applied on the UI executor only if no later run has started meanwhile; a run that is already
 * superseded when the background executor reaches it does not compute at all. The one place this
 * rule is written (docs/decisions/0020-recompute-latest-wins.md); the recompute service, the
 * scenario comparison and the move preview use it.
 *
 * <p>Start runs from one thread (the FX thread in the app); {@link #droppedCount()} is read and
 * written on the UI executor only.
 */
public final class LatestWins {

    private final Executor background;
    private final Executor ui;
    private final AtomicLong latest = new AtomicLong();
    private long dropped;

    /** In the app: the background executor and {@link FxThread#EXECUTOR}; in tests, queues or {@code Runnable::run}. */
    public LatestWins(Executor background, Executor ui) {
        this.background = background;
        this.ui = ui;
    }

    /**
     * Supersedes every earlier run (their results will be dropped) and returns the ticket of a new
     * one, to pass to {@link #submit(long, Supplier, Consumer)} later (after a debounce, say).
     */
    public long next() {
        return latest.incrementAndGet();
    }

    /** Whether no run has started since the one with this ticket. */
    public boolean isLatest(long ticket) {
        return latest.get() == ticket;
    }

    /** A new run: {@link #next()}, then {@link #submit(long, Supplier, Consumer)}. Returns its ticket. */
    public <T> long submit(Supplier<T> compute, Consumer<T> apply) {
        long ticket = next();
        submit(ticket, compute, apply);
        return ticket;
    }

    /**
     * Runs {@code compute} on the background executor, unless the run is superseded by then, and
     * {@code apply} with its result on the UI executor if it is still the latest run there.
     */
    public <T> void submit(long ticket, Supplier<T> compute, Consumer<T> apply) {
        background.execute(() -> {
            if (!isLatest(ticket)) {
                return;
            }
            T result = compute.get();
            ui.execute(() -> {
                if (isLatest(ticket)) {
                    apply.accept(result);
                } else {
                    dropped++;
                }
            });
        });
    }

    /** How many results were computed but arrived after a later run had started, and were dropped. */
    public long droppedCount() {
        return dropped;
    }
}
