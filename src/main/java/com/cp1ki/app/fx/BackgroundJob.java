package com.cp1ki.app.fx;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * The state of one cancellable piece of work that runs on a background executor and reports to the
 * UI thread (a deck export, a price-list import): whether it runs, its progress, the message to show
 * and whether it failed. A view model owns one and changes it only on the UI thread; its
 * {@link ProgressDialog} shows it. Each {@link #begin} gives the run its own cancel flag, so a
 * Cancel reaches the run it was meant for and never a later one.
 */
public final class BackgroundJob {

    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty();
    private AtomicBoolean cancel = new AtomicBoolean();

    /**
     * Starts a run: running, not failed, progress unknown, {@code message} shown.
     *
     * @return the run's cancel flag (true once the user cancels this run)
     */
    public BooleanSupplier begin(String message) {
        AtomicBoolean mine = new AtomicBoolean();
        cancel = mine;
        running.set(true);
        failed.set(false);
        progress.set(-1);
        this.message.set(message);
        return mine::get;
    }

    /** A step of the run: {@code fraction} in 0..1 (-1 when unknown), and the message unless null. */
    public void progress(double fraction, String message) {
        if (!running.get() || cancel.get()) {
            return;
        }
        progress.set(fraction);
        if (message != null) {
            this.message.set(message);
        }
    }

    /** The run ended well: full progress and what it did. */
    public void succeed(String message) {
        progress.set(1);
        this.message.set(message);
        running.set(false);
    }

    /** The run ended without its result (failed or cancelled): why, shown as an error. */
    public void fail(String why) {
        failed.set(true);
        message.set(why);
        progress.set(0);
        running.set(false);
    }

    /** Asks the current run to stop at its next check. */
    public void cancel() {
        cancel.set(true);
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    /** 0..1 while running; -1 when unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed;
    }
}
