package com.cp1ki.app.charts.export;

import javafx.application.Platform;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs work on the JavaFX thread with no display: when the toolkit is not running yet, it is
 * started on Monocle's headless platform with software rendering (the properties must be set
 * before the toolkit starts), used, and shut down again. When a toolkit already runs (the
 * workbench, tests), the work simply runs on its FX thread.
 */
public final class Headless {

    private static final Object LOCK = new Object();
    /** Held so the level set on it stays (JUL keeps loggers weakly). */
    private static final java.util.logging.Logger FX_LOG = java.util.logging.Logger.getLogger("javafx");

    private Headless() {
    }

    /** Runs {@code work} on the FX thread and returns its result, waiting at most {@code timeout}. */
    public static <T> T run(Callable<T> work, Duration timeout) throws Exception {
        boolean started;
        synchronized (LOCK) {
            started = start();
        }
        try {
            CompletableFuture<T> f = new CompletableFuture<>();
            Platform.runLater(() -> {
                try {
                    f.complete(work.call());
                } catch (Throwable t) {
                    f.completeExceptionally(t);
                }
            });
            try {
                return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof Exception ex) {
                    throw ex;
                }
                throw e;
            } catch (TimeoutException e) {
                throw new TimeoutException("rendering took longer than " + timeout.toSeconds() + " s");
            }
        } finally {
            if (started) {
                Platform.exit();
            }
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /** Starts the toolkit headless (unless told otherwise by -D options); false when one was already running. */
    private static boolean start() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("prism.text", "t2k");
        setIfAbsent("java.awt.headless", "true");
        // the class-path launch is supported here; keep JavaFX's "unsupported configuration" note off stderr
        FX_LOG.setLevel(java.util.logging.Level.SEVERE);
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return false;
        }
        if (!ready.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the headless JavaFX toolkit did not start within 30 s");
        }
        return true;
    }
}
