package com.cp1ki.app.charts.export;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.BooleanSupplier;

/**
 * How a long export (a deck, a PDF summary) runs off the FX thread: the few steps that lay out or
 * picture a chart go to the FX thread one at a time ({@link #onFx}), everything else (slides,
 * workbooks, PDF pages, the zip) stays on the calling thread; between steps it says how far it is
 * and stops when cancelled. On the FX thread itself (the CLI's headless run, tests) every step
 * simply runs in place.
 */
public interface FxSteps {

    /** Runs {@code work} on the FX thread and returns its result, the caller waiting. */
    <T> T onFx(Callable<T> work) throws Exception;

    /** Throws {@link CancellationException} when the user cancelled. */
    void checkCancelled();

    /** {@code done} of {@code total} steps are done. */
    void progress(int done, int total);

    /** Steps that run where they are called (on the FX thread), never cancelled, with no progress shown. */
    static FxSteps inPlace() {
        return of(() -> false, (d, t) -> { });
    }

    /** Steps handed to the FX thread from any other thread; cancelled when {@code cancelled} says so. */
    static FxSteps of(BooleanSupplier cancelled, Progress progress) {
        return new FxSteps() {
            @Override
            public <T> T onFx(Callable<T> work) throws Exception {
                checkCancelled();
                if (Platform.isFxApplicationThread()) {
                    return work.call();
                }
                CompletableFuture<T> f = new CompletableFuture<>();
                Platform.runLater(() -> {
                    try {
                        f.complete(work.call());
                    } catch (Throwable t) {
                        f.completeExceptionally(t);
                    }
                });
                try {
                    return f.get();
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Exception ex) {
                        throw ex;
                    }
                    throw e;
                }
            }

            @Override
            public void checkCancelled() {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled");
                }
            }

            @Override
            public void progress(int done, int total) {
                progress.report(done, total);
            }
        };
    }

    /** Where progress goes. */
    @FunctionalInterface
    interface Progress {
        void report(int done, int total);
    }
}
