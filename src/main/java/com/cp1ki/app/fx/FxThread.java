package com.cp1ki.app.fx;

import javafx.application.Platform;

import java.util.concurrent.Executor;

/**
 * The one bridge onto the JavaFX application thread: the only caller of {@link Platform#runLater}
 * in the app. Code that must touch the scene from another thread takes an injected
 * {@link Executor} and is given {@link #EXECUTOR} in the app and {@code Runnable::run} in tests.
 */
public final class FxThread {

    /** Runs a task later on the FX thread. */
    public static final Executor EXECUTOR = FxThread::later;

    private FxThread() {
    }

    /** Runs {@code task} on the FX thread: now if already on it, else as soon as it is free. */
    public static void later(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }
}
