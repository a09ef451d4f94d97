package com.cp1ki.app.deck;

import com.cp1ki.app.charts.export.ExportFiles;
import com.cp1ki.app.charts.export.FxSteps;
import com.cp1ki.app.charts.export.deck.DeckWriter;
import com.cp1ki.app.charts.export.deck.SummaryPdf;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.app.fx.BackgroundJob;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * File > Export deck…: writes the project as a PowerPoint deck (.pptx) or the PDF summary (.pdf) on
 * the background executor, the charts laid out on the FX thread one at a time in between, so the
 * window stays responsive; progress per slide, cancellable. The file is written whole at the end
 * (ExportFiles: a temporary file beside it, moved into place), so a cancelled or failed export
 * leaves no file and no temporary file.
 */
public final class DeckExportViewModel {

    /** Makes the bytes of an export. */
    @FunctionalInterface
    public interface Maker {
        void write(Project project, Report report, LocalDate date, OutputStream out, FxSteps steps) throws Exception;
    }

    private final Executor background;
    private final Executor ui;
    private final Supplier<LocalDate> today;
    private final java.util.function.Function<Path, Maker> makers;
    private final BackgroundJob job = new BackgroundJob();
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    public DeckExportViewModel(Executor background, Executor ui, Supplier<LocalDate> today) {
        this(background, ui, today, DeckExportViewModel::maker);
    }

    /** With the makers of each file given (tests slow them down). */
    public DeckExportViewModel(Executor background, Executor ui, Supplier<LocalDate> today,
                               java.util.function.Function<Path, Maker> makers) {
        this.background = background;
        this.ui = ui;
        this.today = today;
        this.makers = makers;
    }

    /** The deck for a .pptx file, the PDF summary for a .pdf file. */
    public static Maker maker(Path file) {
        return isPdf(file) ? SummaryPdf::write : DeckWriter::write;
    }

    static boolean isPdf(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** Starts writing the export of {@code project} and its {@code report} to {@code target}. */
    public void start(Project project, Report report, Path target) {
        if (job.runningProperty().get()) {
            return;
        }
        String what = isPdf(target) ? "the PDF summary" : "the deck";
        written.set(null);
        BooleanSupplier cancelled = job.begin("Writing " + what + " " + target.getFileName() + "…");
        Maker maker = makers.apply(target);
        LocalDate date = today.get();
        background.execute(() -> {
            try {
                FxSteps steps = FxSteps.of(cancelled, (done, total) -> ui.execute(() -> job.progress(
                        (double) done / total, "Writing " + what + " " + target.getFileName() + ": step " + done + " of " + total + "…")));
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                maker.write(project, report, date, bytes, steps);
                steps.checkCancelled();
                ExportFiles.write(target, out -> {
                    steps.checkCancelled();
                    bytes.writeTo(out);
                });
                ui.execute(() -> done(target));
            } catch (CancellationException e) {
                ui.execute(() -> job.fail("Export cancelled; nothing was written."));
            } catch (IOException e) {
                ui.execute(() -> job.fail("Could not write " + target + ": " + e.getMessage()));
            } catch (Exception e) {
                ui.execute(() -> job.fail("The export could not be made (" + e + "); nothing was written."));
            }
        });
    }

    private void done(Path target) {
        written.set(target);
        job.succeed("Written: " + target);
    }

    /** Stops the export at the next step; nothing is written. */
    public void cancel() {
        job.cancel();
    }

    /** The export's state: running, progress (0..1, -1 before the first step), message, failed. */
    public BackgroundJob job() {
        return job;
    }

    /** The file written, once it is. */
    public ObjectProperty<Path> writtenProperty() {
        return written;
    }
}
