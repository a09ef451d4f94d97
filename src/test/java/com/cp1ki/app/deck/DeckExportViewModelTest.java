package com.cp1ki.app.deck;

import com.cp1ki.app.charts.Fx;
import com.cp1ki.app.charts.export.FxSteps;
import com.cp1ki.app.charts.export.deck.DeckWriter;
import com.cp1ki.app.fx.FxThread;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.Samples;
import javafx.application.Platform;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File > Export deck… off the FX thread: while a deliberately slow export runs, the FX thread
 * answers; Cancel stops it and leaves no file and no temporary file; a finished export is the deck.
 */
class DeckExportViewModelTest {

    @TempDir
    Path dir;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private final CountDownLatch inMaker = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final Project seed = Samples.seed();
    private final Report report = CostEngine.report(seed);

    @AfterEach
    void stop() {
        release.countDown();
        background.shutdownNow();
    }

    /** The real deck, after a slow first step that waits (checking for Cancel) until the test releases it. */
    private DeckExportViewModel slowDeck() {
        Fx.start();
        DeckExportViewModel.Maker slow = (p, r, d, out, steps) -> {
            assertTrue(steps.onFx(Platform::isFxApplicationThread), "layout steps run on the FX thread");
            steps.progress(1, 20);
            assertFalse(Platform.isFxApplicationThread(), "the export itself runs off the FX thread");
            inMaker.countDown();
            while (!release.await(20, TimeUnit.MILLISECONDS)) {
                steps.checkCancelled();
            }
            DeckWriter.write(p, r, d, out, steps);
        };
        return new DeckExportViewModel(background, FxThread.EXECUTOR, () -> LocalDate.of(2026, 11, 30), f -> slow);
    }

    private static void awaitDone(DeckExportViewModel vm) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (Fx.call(() -> vm.job().runningProperty().get())) {
            assertTrue(System.nanoTime() < end, "the export ends within 5 minutes");
            Thread.sleep(100);
        }
    }

    private List<Path> files() throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void theFxThreadIsFreeWhileASlowExportRunsAndTheDeckIsWrittenAtTheEnd() throws Exception {
        DeckExportViewModel vm = slowDeck();
        Path target = dir.resolve("client.pptx");
        Fx.run(() -> vm.start(seed, report, target));
        assertTrue(inMaker.await(2, TimeUnit.MINUTES), "the export started");
        // the export is stuck in its slow step: the FX thread still runs other work at once
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(vm.job().runningProperty().get()));
        assertTrue(answered.get(30, TimeUnit.SECONDS), "the FX thread answered while the export runs");
        assertTrue(Fx.call(() -> vm.job().progressProperty().get() > 0), "progress is shown");
        assertEquals(List.of(), files(), "nothing on disk before the deck is whole");
        release.countDown();
        awaitDone(vm);
        assertFalse(Fx.call(() -> vm.job().failedProperty().get()), Fx.call(() -> vm.job().messageProperty().get()));
        assertEquals(target, Fx.call(() -> vm.writtenProperty().get()));
        assertEquals(1.0, Fx.call(() -> vm.job().progressProperty().get()));
        assertEquals(List.of(target), files(), "the deck and no temporary file");
        try (InputStream in = Files.newInputStream(target); XMLSlideShow ppt = new XMLSlideShow(in)) {
            assertTrue(ppt.getSlides().size() >= 5, "title, charts, results, plans, assumptions");
        }
    }

    @Test
    void cancelStopsTheExportAndLeavesNoFileAndNoTemporaryFile() throws Exception {
        DeckExportViewModel vm = slowDeck();
        Path target = dir.resolve("client.pptx");
        Fx.run(() -> vm.start(seed, report, target));
        assertTrue(inMaker.await(2, TimeUnit.MINUTES));
        Fx.run(vm::cancel);
        awaitDone(vm);
        assertTrue(Fx.call(() -> vm.job().failedProperty().get()));
        assertEquals("Export cancelled; nothing was written.", Fx.call(() -> vm.job().messageProperty().get()));
        assertEquals(null, Fx.call(() -> vm.writtenProperty().get()));
        assertEquals(List.of(), files(), "no deck, no temporary file");
    }

    @Test
    void cancelBetweenSlidesOfTheRealDeckLeavesNothingEither() throws Exception {
        Fx.start();
        DeckExportViewModel[] vm = new DeckExportViewModel[1];
        // the real deck writer, cancelled by the user once its second chart slide is done
        DeckExportViewModel.Maker cancelling = (p, r, d, out, steps) -> DeckWriter.write(p, r, d, out, new FxSteps() {
            @Override
            public <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
                return steps.onFx(work);
            }

            @Override
            public void checkCancelled() {
                steps.checkCancelled();
            }

            @Override
            public void progress(int done, int total) {
                steps.progress(done, total);
                if (done == 3) {
                    vm[0].cancel();
                }
            }
        });
        vm[0] = new DeckExportViewModel(background, FxThread.EXECUTOR, () -> LocalDate.of(2026, 11, 30), f -> cancelling);
        Fx.run(() -> vm[0].start(seed, report, dir.resolve("client.pptx")));
        awaitDone(vm[0]);
        assertEquals("Export cancelled; nothing was written.", Fx.call(() -> vm[0].job().messageProperty().get()));
        assertEquals(List.of(), files());
    }

    @Test
    void aPdfFileGetsThePdfSummary() throws Exception {
        Fx.start();
        DeckExportViewModel vm = new DeckExportViewModel(background, FxThread.EXECUTOR, () -> LocalDate.of(2026, 11, 30));
        Path target = dir.resolve("summary.pdf");
        Fx.run(() -> vm.start(seed, report, target));
        awaitDone(vm);
        assertEquals(target, Fx.call(() -> vm.writtenProperty().get()), Fx.call(() -> vm.job().messageProperty().get()));
        try (var d = org.apache.pdfbox.Loader.loadPDF(target.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
            assertTrue(text.contains(seed.name()), text);
        }
    }
}
