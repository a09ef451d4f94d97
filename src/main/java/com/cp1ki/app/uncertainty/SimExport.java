package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ExportMenu;
import com.cp1ki.app.charts.export.Aspect;
import com.cp1ki.app.charts.export.ChartExport;
import com.cp1ki.app.charts.export.ChartImages;
import com.cp1ki.app.charts.export.ExportFiles;
import com.cp1ki.app.charts.export.vector.VectorExport;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Export of an uncertainty chart, as every chart of the workbench exports: the chart drawn afresh
 * off-screen at 1920 x 1080 from the outcome shown ({@link ChartExport#framed}: its title above, the
 * project, what it ran on and "n = ..., seed = ..." below), as PNG 1x to 3x, SVG, PDF, the image
 * copied, or the data as CSV. Files are written whole or not at all.
 */
final class SimExport {
    private SimExport() {
    }

    /** What is shown now: the outcome and the picked output (null outcome: nothing to export). */
    record Shown(UncertaintyRun.Outcome outcome, String output) {
    }

    static MenuButton menu(SimChart.Kind kind, Supplier<Shown> shown, ExportMenu.Target target) {
        MenuButton menu = new MenuButton("Export…");
        menu.setId(kind.id + "Export");
        menu.setTooltip(new Tooltip("Save this chart as a 16:9 PNG for slides, as SVG or PDF vectors, copy it, "
                + "or save its data as CSV"));
        for (int scale = 1; scale <= 3; scale++) {
            int s = scale;
            MenuItem png = new MenuItem("PNG " + s + "x (" + Aspect.WIDE.width(s) + " x " + Aspect.WIDE.height(s) + " px)");
            png.setId(kind.id + "Png" + s);
            png.setOnAction(e -> write(menu, kind, shown, target, ".png", (root, c, p) -> ExportFiles.write(p,
                    out -> ChartImages.writePng(ChartExport.snapshot(root, s), out))));
            menu.getItems().add(png);
        }
        MenuItem svg = new MenuItem("SVG (vector, for print and scaling)");
        svg.setId(kind.id + "Svg");
        svg.setOnAction(e -> write(menu, kind, shown, target, ".svg", (root, c, p) -> {
            byte[] b = VectorExport.svg(root).getBytes(StandardCharsets.UTF_8);
            ExportFiles.write(p, out -> out.write(b));
        }));
        MenuItem pdf = new MenuItem("PDF (vector)");
        pdf.setId(kind.id + "Pdf");
        pdf.setOnAction(e -> write(menu, kind, shown, target, ".pdf", (root, c, p) -> {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            VectorExport.pdf(root, c.title(), b);
            ExportFiles.write(p, b::writeTo);
        }));
        MenuItem copy = new MenuItem("Copy image");
        copy.setId(kind.id + "Copy");
        copy.setOnAction(e -> {
            Shown sh = shown.get();
            if (sh != null && sh.outcome() != null) {
                ClipboardContent c = new ClipboardContent();
                c.putImage(ChartExport.snapshot(node(kind, sh).root, 1));
                Clipboard.getSystemClipboard().setContent(c);
            }
        });
        MenuItem csv = new MenuItem("Data as CSV");
        csv.setId(kind.id + "Csv");
        csv.setOnAction(e -> write(menu, kind, shown, target, ".csv", (root, c, p) -> {
            byte[] b = c.table().toCsv().getBytes(StandardCharsets.UTF_8);
            ExportFiles.write(p, out -> out.write(b));
        }));
        menu.getItems().addAll(svg, pdf, copy, csv);
        return menu;
    }

    /** A laid-out export of a chart and the chart drawn in it. */
    record Node(VBox root, SimChart chart) {
    }

    /** The chart drawn afresh from what is shown, framed at 1920 x 1080 with its title and footer. */
    static Node node(SimChart.Kind kind, Shown sh) {
        SimChart c = kind.create();
        c.show(sh.outcome(), sh.output());
        UncertaintyRun.Outcome o = sh.outcome();
        List<String> footer = List.of(
                "Project " + o.project().name() + (o.scenario() == null ? ", the base" : ", scenario " + o.scenario()
                        + " (the base with its overrides)") + ".",
                kind == SimChart.Kind.TORNADO ? String.format(java.util.Locale.ROOT, "Tornado: each input moved alone to "
                        + "the ends of its range (by %s either way without one), every other input at its project "
                        + "value; each end a full report.", com.cp1ki.app.charts.ChartFormat.percent(o.tornado().swing()))
                        : "Monte Carlo: " + o.simulation().stamp() + "; each draw a full report with every ranged input "
                        + "drawn at random.");
        VBox root = ChartExport.framed(c.node(), c.chart(), c.title().isEmpty() ? kind.title : c.title(), footer,
                Aspect.WIDE.width(), Aspect.WIDE.height());
        return new Node(root, c);
    }

    private interface Writer {
        void write(VBox root, SimChart chart, Path file) throws IOException;
    }

    private static void write(MenuButton owner, SimChart.Kind kind, Supplier<Shown> shown, ExportMenu.Target target,
                              String ext, Writer w) {
        Shown sh = shown.get();
        if (sh == null || sh.outcome() == null) {
            return;
        }
        Path file = target.choose(owner, kind.stem + ext);
        if (file == null) {
            return;
        }
        try {
            Node n = node(kind, sh);
            w.write(n.root(), n.chart(), file);
            target.written(file);
        } catch (IOException | RuntimeException ex) {
            Alert a = new Alert(Alert.AlertType.ERROR, "Could not write " + file + ": " + ex.getMessage());
            a.setHeaderText("Export failed");
            a.show();
        }
    }
}
