package com.cp1ki.app.drift;

import com.cp1ki.app.charts.ChartStyles;
import com.cp1ki.app.theme.Theme;
import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

/** The Drift view in its own window, owned by the main window; one per workbench, shown again when reopened. */
public final class DriftWindow {
    private final DriftView view;
    private Stage stage;

    public DriftWindow(DriftViewModel vm) {
        view = new DriftView(vm, this::chooseLogs, this::choosePrices);
        view.setChooser((owner, name) -> {
            FileChooser c = new FileChooser();
            c.setInitialFileName(name);
            File f = c.showSaveDialog(owner.getScene().getWindow());
            return f == null ? null : f.toPath();
        });
        ChartStyles.addChartRules(view.root());
    }

    private List<Path> chooseLogs() {
        FileChooser c = new FileChooser();
        c.setTitle("Open request logs");
        c.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Request logs", "*.csv", "*.tsv", "*.jsonl",
                "*.json", "*.gz", "*.txt", "*.log"), new FileChooser.ExtensionFilter("All files", "*"));
        List<File> files = c.showOpenMultipleDialog(stage);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    private Path choosePrices() {
        FileChooser c = new FileChooser();
        c.setTitle("Open a price list with dated prices");
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("Price lists (JSON)", "*.json"));
        File f = c.showOpenDialog(stage);
        return f == null ? null : f.toPath();
    }

    /** Shows the window (creating it on first use) in front of {@code owner}. */
    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            stage.initOwner(owner);
            stage.setTitle("Drift: CP1Ki per feature from request logs");
            Scene scene = new Scene(view.root(), 1280, 720);
            Theme.LIGHT.applyTo(scene);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }

    public DriftView view() {
        return view;
    }
}
