package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartImages;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Starts the (headless) toolkit once and runs code on the FX thread, for chart tests. */
public final class Fx {

    private static boolean started;

    private Fx() {
    }

    public static synchronized void start() {
        if (started) {
            return;
        }
        CountDownLatch latch = new CountDownLatch(1);
        try {
            Platform.startup(latch::countDown);
        } catch (IllegalStateException alreadyRunning) {
            latch.countDown();
        }
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.setImplicitExit(false);
        started = true;
    }

    public static <T> T call(Callable<T> c) {
        start();
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        try {
            // generous: on the shared 2-core build machine at a load of 30, writing a deck on the FX
            // thread took over 40 s; a real hang still fails the test
            return f.get(180, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static void run(Runnable r) {
        call(() -> {
            r.run();
            return null;
        });
    }

    /** Puts a node in a scene of the given size with the standalone chart styles and lays it out. */
    public static Scene stage(Parent root, double w, double h) {
        ChartStyles.addStandalone(root);
        Scene s = new Scene(root, w, h);
        root.applyCss();
        root.layout();
        root.applyCss();
        root.layout();
        return s;
    }

    /** Saves a 1x snapshot under the cp1ki.screenshots folder when that property is set. */
    public static void screenshot(Parent root, String name) {
        String dir = System.getProperty("cp1ki.screenshots");
        if (dir == null) {
            return;
        }
        try {
            ChartImages.writePng(ChartImages.snapshot(root, 1), Path.of(dir, name + ".png"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
