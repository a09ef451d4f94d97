package com.cp1ki.app.fx;

import com.cp1ki.app.charts.Fx;
import javafx.scene.control.Button;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;

import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared job state and its dialog, as deck export and price import use them. */
class ProgressDialogTest {

    @Test
    void aCancelReachesOnlyTheRunItWasMeantFor() {
        BackgroundJob job = new BackgroundJob();
        BooleanSupplier first = job.begin("first");
        job.cancel();
        job.fail("cancelled");
        BooleanSupplier second = job.begin("second");
        assertTrue(first.getAsBoolean());
        assertFalse(second.getAsBoolean(), "a new run starts uncancelled");
        assertFalse(job.failedProperty().get(), "a new run is not failed");
        assertEquals(-1, job.progressProperty().get());
        job.progress(0.5, "half");
        assertEquals(0.5, job.progressProperty().get());
        assertEquals("half", job.messageProperty().get());
        job.cancel();
        job.progress(0.75, "late step after Cancel");
        assertEquals(0.5, job.progressProperty().get(), "no progress shown after Cancel");
        assertEquals("half", job.messageProperty().get());
        job.succeed("done");
        assertFalse(job.runningProperty().get());
        assertEquals(1, job.progressProperty().get());
    }

    @Test
    void whileRunningOnlyCancelThenTheOutcomeAndClose() throws Exception {
        Fx.start();
        BackgroundJob job = Fx.call(BackgroundJob::new);
        ProgressDialog view = Fx.call(() -> new ProgressDialog(job, null, "job",
                new ProgressDialog.Texts("Do it", "Doing it", "Cancel it", 400)));
        BooleanSupplier cancelled = Fx.call(() -> job.begin("Working…"));
        Fx.run(() -> {
            job.progress(0.25, null);
            var pane = view.dialog().getDialogPane();
            pane.applyCss();
            assertEquals("Cancel it", ((Button) pane.lookup("#jobCancel")).getText());
            assertFalse(((Button) pane.lookup("#jobCancel")).isDisabled());
            assertTrue(((Button) pane.lookup("#jobClose")).isDisabled(), "no Close while running");
            assertEquals(0.25, ((ProgressBar) pane.lookup("#jobProgress")).getProgress(), 1e-12);
            assertEquals("Working…", ((Label) pane.lookup("#jobMessage")).getText());
            // Esc or the close box while running cancels and keeps the dialog
            DialogEvent close = new DialogEvent(view.dialog(), DialogEvent.DIALOG_CLOSE_REQUEST);
            view.dialog().getOnCloseRequest().handle(close);
            assertTrue(close.isConsumed(), "the dialog stays while the job runs");
        });
        assertTrue(cancelled.getAsBoolean(), "closing while running cancels the run");
        Fx.run(() -> {
            job.fail("Cancelled; nothing was done.");
            var pane = view.dialog().getDialogPane();
            Label message = (Label) pane.lookup("#jobMessage");
            assertEquals("Cancelled; nothing was done.", message.getText());
            assertTrue(message.getStyleClass().contains("field-error"));
            assertFalse(((ProgressBar) pane.lookup("#jobProgress")).isVisible());
            assertTrue(((Button) pane.lookup("#jobCancel")).isDisabled());
            assertFalse(((Button) pane.lookup("#jobClose")).isDisabled());
            job.begin("Again");
            assertFalse(message.getStyleClass().contains("field-error"), "a new run clears the error style");
        });
    }
}
