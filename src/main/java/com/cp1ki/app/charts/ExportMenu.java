package com.cp1ki.app.charts;

import com.cp1ki.app.charts.export.Aspect;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The "Export…" menu of a chart tab: PNG at 1x, 2x, 3x, the image to the clipboard, the data as CSV;
 * pictures are 16:9 (1920 x 1080 at 1x) unless "4:3" is ticked.
 */
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

        private com.cp1ki.app.deck.DeckExportViewModel lastDeck;

        /** The last file an export wrote, or null. */
        public Path lastWritten() {
            return lastWritten;
        }

        /** Asks where an export named {@code suggested} goes (charts outside this pane): a path, or null to cancel. */
        public Path choose(Node owner, String suggested) {
            return chooser.apply(owner, suggested);
        }

        /** Records that an export wrote {@code file}. */
        public void written(Path file) {
            lastWritten = file;
        }

        /** The last deck export started (running or done), or null. */
        public com.cp1ki.app.deck.DeckExportViewModel lastDeck() {
            return lastDeck;
        }
    }

    private ExportMenu() {
    }

    /** The Export… menu of a chart of {@code kind}; {@code current} gives what it shows now (null: nothing yet). */
    public static HBox bar(ChartKind kind, Function<ChartKind, Shown> current, Target target) {
        MenuButton menu = new MenuButton("Export…");
        menu.setId(kind.id() + "Export");
        menu.setTooltip(new Tooltip("Save this chart as a PNG for slides (16:9, or 4:3 when ticked below), as SVG or PDF "
                + "vectors, copy it, or save its data as CSV"));
        CheckMenuItem standard = new CheckMenuItem("4:3 instead of 16:9");
        standard.setId(kind.id() + "Aspect43");
        List<MenuItem> pngs = new java.util.ArrayList<>();
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            MenuItem png = new MenuItem();
            png.setId(kind.id() + "Png" + s);
            png.setOnAction(e -> write(menu, current, kind, target, kind.fileStem() + ".png", (sh, p) ->
                    ChartExport.png(kind, sh.project(), sh.report(), sh.options(), aspect(standard), p, s)));
            pngs.add(png);
        }
        Runnable label = () -> {
            Aspect a = aspect(standard);
            for (int i = 0; i < pngs.size(); i++) {
                int s = i + 1;
                pngs.get(i).setText("PNG " + s + "x (" + a.width(s) + " x " + a.height(s) + " px, " + a.label() + ")");
            }
        };
        label.run();
        standard.selectedProperty().addListener((o, was, now) -> label.run());
        menu.getItems().addAll(pngs);
        MenuItem copy = new MenuItem("Copy image");
        copy.setId(kind.id() + "Copy");
        copy.setOnAction(e -> {
            Shown sh = current.apply(kind);
            if (sh != null) {
                ChartExport.copyToClipboard(kind, sh.project(), sh.report(), sh.options(), aspect(standard), 1);
            }
        });
        MenuItem svg = new MenuItem("SVG (vector, for print and scaling)");
        svg.setId(kind.id() + "Svg");
        svg.setOnAction(e -> write(menu, current, kind, target, kind.fileStem() + ".svg", (sh, p) ->
                ChartExport.svg(kind, sh.project(), sh.report(), sh.options(), aspect(standard), p)));
        MenuItem pdf = new MenuItem("PDF (vector)");
        pdf.setId(kind.id() + "Pdf");
        pdf.setOnAction(e -> write(menu, current, kind, target, kind.fileStem() + ".pdf", (sh, p) ->
                ChartExport.pdf(kind, sh.project(), sh.report(), sh.options(), aspect(standard), p)));
        MenuItem csv = new MenuItem("Data as CSV");
        csv.setId(kind.id() + "Csv");
        csv.setOnAction(e -> write(menu, current, kind, target, kind.fileStem() + ".csv", (sh, p) ->
                ChartExport.csv(kind, sh.project(), sh.report(), sh.options(), p)));
        menu.getItems().addAll(svg, pdf, copy, csv, new SeparatorMenuItem(), standard);
        HBox bar = new HBox(menu);
        bar.setAlignment(Pos.CENTER_RIGHT);
        return bar;
    }

    /**
     * Exports what is shown as a 16:9 .pptx deck (native charts, results, assumptions) or, when the
     * chosen file ends in .pdf, the PDF summary: written on {@code background} with a progress
     * dialog and Cancel (DeckExportViewModel), the charts laid out on the FX thread in between.
     */
    static void deck(Node owner, Shown sh, Target target, java.util.concurrent.Executor background,
                     java.util.concurrent.Executor ui) {
        String name = sh.project().name().replaceAll("[^A-Za-z0-9._ -]+", "").strip();
        Path file = target.chooser.apply(owner, (name.isEmpty() ? "deck" : name) + ".pptx");
        if (file == null) {
            return;
        }
        com.cp1ki.app.deck.DeckExportViewModel vm = new com.cp1ki.app.deck.DeckExportViewModel(background, ui,
                java.time.LocalDate::now);
        vm.writtenProperty().addListener((o, was, now) -> {
            if (now != null) {
                target.lastWritten = now;
            }
        });
        target.lastDeck = vm;
        Window w = owner.getScene() == null ? null : owner.getScene().getWindow();
        new com.cp1ki.app.deck.DeckExportView(vm, w).dialog().show();
        vm.start(sh.project(), sh.report(), file);
    }

    private static Aspect aspect(CheckMenuItem standard) {
        return standard.isSelected() ? Aspect.STANDARD : Aspect.WIDE;
    }

    private interface Writer {
        void write(Shown shown, Path file) throws IOException;
    }

    private static void write(Node owner, Function<ChartKind, Shown> current, ChartKind kind, Target target,
                              String suggested, Writer w) {
        Shown sh = current.apply(kind);
        if (sh == null) {
            return;
        }
        Path file = target.chooser.apply(owner, suggested);
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
        if (ext.equals(".pptx")) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF summary (A4)", "*.pdf"));
        }
        Window w = owner.getScene() == null ? null : owner.getScene().getWindow();
        java.io.File f = fc.showSaveDialog(w);
        return f == null ? null : f.toPath();
    }
}
