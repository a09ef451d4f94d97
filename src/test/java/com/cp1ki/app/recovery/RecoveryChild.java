package com.cp1ki.app.recovery;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.WorkbenchApp;
import com.cp1ki.app.files.Safeguards;
import com.cp1ki.app.files.Ticker;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectEdits;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * The workbench as shipped (real executors, timers and project files), in a child JVM the crash
 * recovery test kills with {@code kill -9}: it opens FILE, changes the workload's volume to
 * VOLUME without saving, waits for the autosave in FOLDER, prints "autosaved" and waits to be
 * killed; with a fourth argument "close" it closes its window normally instead and exits.
 *
 * <p>{@code FILE FOLDER VOLUME [close]}
 */
public final class RecoveryChild {

    private RecoveryChild() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path folder = Path.of(args[1]);
        double volume = Double.parseDouble(args[2]);
        Stage[] stage = new Stage[1];
        CountDownLatch edited = new CountDownLatch(1);
        Platform.startup(() -> {
            stage[0] = new Stage();
            Safeguards g = new Safeguards(folder, Ticker.daemon(), Clock.systemUTC(), Duration.ofMinutes(1),
                    Duration.ofMillis(300), Duration.ofSeconds(5));
            Workbench wb = WorkbenchApp.open(stage[0], List.of(file.toString()), WorkbenchApp.services(), g);
            wb.session().execute(new Edit("Set volume of document_summariser to " + volume,
                    p -> ProjectEdits.replaceWorkload(p, "document_summariser", w -> w.withVolume(volume))));
            edited.countDown();
        });
        edited.await();
        while (!autosaved(folder)) {
            Thread.sleep(20);
        }
        System.out.println("autosaved");
        System.out.flush();
        if (args.length > 3 && args[3].equals("close")) {
            CountDownLatch closed = new CountDownLatch(1);
            Platform.runLater(() -> {
                stage[0].hide(); // the user chose Discard in the unsaved-changes question: a normal exit
                closed.countDown();
            });
            closed.await();
            Platform.exit();
            System.out.println("closed");
            System.out.flush();
            return;
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private static boolean autosaved(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(RecoveryFolder.AUTOSAVE));
        }
    }
}
