package com.cp1ki.app.deck;

import com.cp1ki.app.charts.Fx;
import com.cp1ki.app.charts.export.FxSteps;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.io.project.Samples;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The export dialog: progress and Cancel while writing, the outcome and Close after; a screenshot of each. */
class DeckExportViewTest {

    @TempDir
    Path dir;

    @Test
    void cancelIsTheOnlyWayOutWhileWritingAndCloseAfter() throws Exception {
        Fx.start();
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(1);
        DeckExportViewModel.Maker waiting = (p, r, d, out, steps) -> {
            steps.progress(3, 12);
            started.countDown();
            while (!hold.await(20, TimeUnit.MILLISECONDS)) {
                steps.checkCancelled();
            }
        };
        var background = Executors.newSingleThreadExecutor();
        try {
            DeckExportViewModel vm = new DeckExportViewModel(background, com.cp1ki.app.fx.FxThread.EXECUTOR,
                    () -> LocalDate.of(2026, 11, 30), f -> waiting);
            DeckExportView view = Fx.call(() -> new DeckExportView(vm, null));
            Fx.run(() -> view.dialog().show());
            var seed = Samples.seed();
            Fx.run(() -> vm.start(seed, CostEngine.report(seed), dir.resolve("client.pptx")));
            assertTrue(started.await(1, TimeUnit.MINUTES));
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            while (Fx.call(() -> vm.job().progressProperty().get()) < 0.2) {
                assertTrue(System.nanoTime() < end);
                Thread.sleep(50);
            }
            Fx.run(() -> {
                var pane = view.dialog().getDialogPane();
                pane.applyCss();
                pane.layout();
                Fx.screenshot(pane, "deck-export-running");
                assertFalse(((Button) pane.lookup("#deckExportCancel")).isDisabled(), "Cancel while writing");
                assertTrue(((Button) pane.lookup("#deckExportClose")).isDisabled(), "no Close while writing");
                assertTrue(((ProgressBar) pane.lookup("#deckExportProgress")).isVisible());
                assertEquals(0.25, ((ProgressBar) pane.lookup("#deckExportProgress")).getProgress(), 1e-9);
                ((Button) pane.lookup("#deckExportCancel")).fire();
            });
            while (Fx.call(() -> vm.job().runningProperty().get())) {
                assertTrue(System.nanoTime() < end);
                Thread.sleep(50);
            }
            Fx.run(() -> {
                var pane = view.dialog().getDialogPane();
                pane.applyCss();
                pane.layout();
                Fx.screenshot(pane, "deck-export-cancelled");
                assertEquals("Export cancelled; nothing was written.", ((Label) pane.lookup("#deckExportMessage")).getText());
                assertTrue(((Button) pane.lookup("#deckExportCancel")).isDisabled());
                assertFalse(((Button) pane.lookup("#deckExportClose")).isDisabled());
                view.dialog().close();
            });
        } finally {
            hold.countDown();
            background.shutdownNow();
        }
    }
}
