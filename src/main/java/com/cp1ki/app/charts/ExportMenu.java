package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The "Export…" menu of a chart tab: PNG at 1x, 2x, 3x, the image to the clipboard, the data as CSV. */
public final class ExportMenu {

    /** What a tab shows now: the project, its report and the chart's options. */
    public record Shown(Project project, Report report, ChartOptions options) {
    }

    /**
     * Chooses the file an export goes to: given the owner node and a suggested file name, a path or
     * null to cancel. Defaults to a save dialog.
     */
    public static final class Target {
        private BiFunction<Node, String, Path> chooser = ExportMenu::saveDialog;
        private Path lastWritten;

        public void setChooser(BiFunction<Node, String, Path> chooser) {
            this.chooser = chooser == null ? ExportMenu::saveDialog : chooser;
        }

        /** The last file an export wrote, or null. */
        public Path lastWritten() {
            return lastWritten;
        }
    }

    private ExportMenu() {
    }

    static HBox bar(ChartKind kind, Function<ChartKind, Shown> current, Target target) {
        MenuButton menu = new MenuButton("Export…");
        menu.setId(kind.id() + "Export");
        menu.setTooltip(new Tooltip("Save this chart as a PNG for slides, copy it, or save its data as CSV"));
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            MenuItem png = new MenuItem("PNG " + s + "x (" + (int) (ChartExport.WIDTH * s) + " x "
                    + (int) (ChartExport.HEIGHT * s) + " px)");
            png.setId(kind.id() + "Png" + s);
            png.setOnAction(e -> write(menu, kind, current, target, ".png", (sh, p) ->
                    ChartExport.png(kind, sh.project(), sh.report(), sh.options(), p, s)));
            menu.getItems().add(png);
        }
        MenuItem copy = new MenuItem("Copy image");
        copy.setId(kind.id() + "Copy");
        copy.setOnAction(e -> {
            Shown sh = current.apply(kind);
            if (sh != null) {
                ChartExport.copyToClipboard(kind, sh.project(), sh.report(), sh.options(), 2);
            }
        });
        MenuItem csv = new MenuItem("Data as CSV");
        csv.setId(kind.id() + "Csv");
        csv.setOnAction(e -> write(menu, kind, current, target, ".csv", (sh, p) ->
                ChartExport.csv(kind, sh.project(), sh.report(), sh.options(), p)));
        menu.getItems().addAll(copy, csv);
        HBox bar = new HBox(menu);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    private interface Writer {
        void write(Shown shown, Path file) throws IOException;
    }

    private static void write(Node owner, ChartKind kind, Function<ChartKind, Shown> current, Target target,
                              String ext, Writer w) {
        Shown sh = current.apply(kind);
        if (sh == null) {
            return;
        }
        Path file = target.chooser.apply(owner, kind.fileStem() + ext);
        if (file == null) {
            return;
        }
        try {
            w.write(sh, file);
            target.lastWritten = file;
        } catch (IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + ex.getMessage());
            a.setHeaderText("Export failed");
            a.show();
        }
    }

    private static Path saveDialog(Node owner, String suggested) {
        FileChooser fc = new FileChooser();
        fc.setInitialFileName(suggested);
        String ext = suggested.substring(suggested.lastIndexOf('.'));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.substring(1).toUpperCase() + " files",
                "*" + ext));
        Window w = owner.getScene() == null ? null : owner.getScene().getWindow();
        java.io.File f = fc.showSaveDialog(w);
        return f == null ? null : f.toPath();
    }
}
