package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.ChartStyles;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports of one chart: PNG at a scale, the image on the clipboard, the data as CSV. The picture is
 * built off-screen from the report at a fixed logical size ({@value #WIDTH} x {@value #HEIGHT}), with
 * a title above and the assumptions below, so a 2x PNG is 2400 x 1400 pixels whatever the window.
 * Image methods run on the FX thread.
 */
public final class ChartExport {

    public static final double WIDTH = 1200;
    public static final double HEIGHT = 700;

    private ChartExport() {
    }

    /** The export picture as a laid-out node in its own scene: title, chart, footer. */
    public static VBox exportNode(ChartKind kind, Project project, Report report, ChartOptions options) {
        ChartAdapter a = kind.newAdapter();
        a.show(project, report, options);
        Label title = new Label(kind.title() + ": " + a.subject());
        title.getStyleClass().add("export-title");
        title.setId("exportTitle");
        VBox footer = new VBox(1);
        footer.setId("exportFooter");
        for (String line : Assumptions.footer(kind, project, a.options())) {
            Label l = new Label(line);
            l.getStyleClass().add("export-footer");
            l.setWrapText(true);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            footer.getChildren().add(l);
        }
        VBox root = new VBox(title, a.content(), footer);
        VBox.setVgrow(a.content(), Priority.ALWAYS);
        root.getStyleClass().add("export-root");
        root.setPrefSize(WIDTH, HEIGHT);
        root.setMinSize(WIDTH, HEIGHT);
        root.setMaxSize(WIDTH, HEIGHT);
        ChartStyles.addStandalone(root);
        new Scene(root, WIDTH, HEIGHT);
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            root.layout();
        }
        return root;
    }

    /** The export picture at {@code scale} (1, 2, 3): WIDTH x scale by HEIGHT x scale pixels. */
    public static WritableImage image(ChartKind kind, Project project, Report report, ChartOptions options,
                                      double scale) {
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be between 0.5 and 4, was " + scale);
        }
        VBox root = exportNode(kind, project, report, options);
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        p.setViewport(new Rectangle2D(0, 0, Math.round(WIDTH * scale), Math.round(HEIGHT * scale)));
        return root.snapshot(p, null);
    }

    /** Writes the chart as PNG. */
    public static void png(ChartKind kind, Project project, Report report, ChartOptions options, Path file,
                           double scale) throws IOException {
        ChartImages.writePng(image(kind, project, report, options, scale), file);
    }

    /** Writes the chart as PNG with default options (first workload, stack and plan; with ops). */
    public static void png(ChartKind kind, Project project, Report report, Path file, double scale) throws IOException {
        png(kind, project, report, ChartOptions.DEFAULT, file, scale);
    }

    /** Puts the chart on the system clipboard as an image. */
    public static void copyToClipboard(ChartKind kind, Project project, Report report, ChartOptions options,
                                       double scale) {
        ClipboardContent c = new ClipboardContent();
        c.putImage(image(kind, project, report, options, scale));
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** The chart's data as CSV text (what the chart shows, units in the headers). */
    public static String csvText(ChartKind kind, Project project, Report report, ChartOptions options) {
        ChartAdapter a = kind.newAdapter();
        a.show(project, report, options);
        return a.table().toCsv();
    }

    /** Writes the chart's data as a UTF-8 CSV file. */
    public static void csv(ChartKind kind, Project project, Report report, ChartOptions options, Path file)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, csvText(kind, project, report, options), StandardCharsets.UTF_8);
    }
}
