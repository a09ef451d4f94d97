package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.app.charts.ChartStyles;
import com.cp1ki.app.charts.export.vector.VectorExport;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Exports of one chart: PNG at a scale, the image on the clipboard, the data as CSV. The picture is
 * built off-screen from the report at a fixed logical size ({@link Aspect}: 1920 x 1080 for 16:9 by
 * default, 1440 x 1080 for 4:3), with a title in the client's words above and the assumptions below,
 * so a 2x PNG is 3840 x 2160 pixels whatever the window. The vector exports (SVG, PDF) draw this same
 * laid-out node. Image methods run on the FX thread; files are written whole or not at all.
 */
public final class ChartExport {

    /** Base font size of an export: 24 px at 1080 high reads like 12 pt on a 16:9 slide. */
    public static final double FONT_PX = 24;
    /** The key under which an export node's properties keep the {@link ChartAdapter} that drew it. */
    public static final String ADAPTER = "cp1ki.chartAdapter";

    private ChartExport() {
    }

    /** The export picture as a laid-out node in its own scene: title, chart, footer. */
    public static VBox exportNode(ChartKind kind, Project project, Report report, ChartOptions options, Aspect aspect) {
        return node(kind, project, report, options, aspect.width(), aspect.height(), true);
    }

    /** The 16:9 export picture. */
    public static VBox exportNode(ChartKind kind, Project project, Report report, ChartOptions options) {
        return exportNode(kind, project, report, options, Aspect.WIDE);
    }

    /**
     * A chart laid out at {@code width} x {@code height} logical pixels; {@code framed} adds the title
     * and the assumptions footer (slides carry their own).
     */
    public static VBox node(ChartKind kind, Project project, Report report, ChartOptions options, double width,
                            double height, boolean framed) {
        ChartAdapter a = kind.newAdapter();
        // a picture is for a client: its legends say "Document summariser" as its title and tables do
        a.show(project, report, options.withClientNames(true));
        VBox root = framed(a.content(), a.chart(), framed ? ClientNames.title(kind, project, report, a.options()) : null,
                framed ? Assumptions.footer(kind, project, report, a.options()) : null, width, height);
        root.getProperties().put(ADAPTER, a);
        return root;
    }

    /**
     * A chart's body as an export shows it, laid out at {@code width} x {@code height} logical pixels in
     * its own scene: {@code title} above (none when null), the {@code footer} lines below (none when
     * null), the export's base font. Any chart of the workbench is exported through this.
     */
    public static VBox framed(Region content, javafx.scene.chart.XYChart<?, ?> chart, String title,
                              java.util.List<String> footer, double width, double height) {
        VBox root = new VBox();
        if (title != null) {
            Label t = new Label(title);
            t.getStyleClass().add("export-title");
            t.setId("exportTitle");
            t.setWrapText(true);
            t.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(t);
        }
        root.getChildren().add(content);
        VBox.setVgrow(content, Priority.ALWAYS);
        if (footer != null) {
            VBox box = new VBox(1);
            box.setId("exportFooter");
            for (String line : footer) {
                Label l = new Label(line);
                l.getStyleClass().add("export-footer");
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                box.getChildren().add(l);
            }
            box.setMinHeight(Region.USE_PREF_SIZE);
            root.getChildren().add(box);
        }
        root.getStyleClass().add("export-root");
        root.setStyle("-fx-font-size: " + FONT_PX + "px;");
        root.setPrefSize(width, height);
        root.setMinSize(width, height);
        root.setMaxSize(width, height);
        ChartStyles.addStandalone(root);
        new Scene(root, width, height);
        for (int pass = 0; pass < 3; pass++) {
            root.applyCss();
            // the legend sizes its tiles from its items' widths at the time: ask again once fonts are final
            chart.lookupAll(".chart-legend").forEach(n -> ((javafx.scene.Parent) n).requestLayout());
            chart.requestLayout();
            root.layout();
        }
        return root;
    }

    /** The export picture at {@code scale} (1, 2, 3): width x scale by height x scale pixels. */
    public static WritableImage image(ChartKind kind, Project project, Report report, ChartOptions options,
                                      Aspect aspect, double scale) {
        return snapshot(exportNode(kind, project, report, options, aspect), scale);
    }

    /** The 16:9 export picture at a scale. */
    public static WritableImage image(ChartKind kind, Project project, Report report, ChartOptions options,
                                      double scale) {
        return image(kind, project, report, options, Aspect.WIDE, scale);
    }

    /** A snapshot of a laid-out export node at a scale, white behind it. */
    public static WritableImage snapshot(Region root, double scale) {
        if (!(scale >= 0.5 && scale <= 4)) {
            throw new IllegalArgumentException("scale must be between 0.5 and 4, was " + scale);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        p.setViewport(new Rectangle2D(0, 0, Math.round(root.getWidth() * scale), Math.round(root.getHeight() * scale)));
        return root.snapshot(p, null);
    }

    /** Writes the chart as PNG. */
    public static void png(ChartKind kind, Project project, Report report, ChartOptions options, Aspect aspect,
                           Path file, double scale) throws IOException {
        WritableImage img = image(kind, project, report, options, aspect, scale);
        ExportFiles.write(file, out -> ChartImages.writePng(img, out));
    }

    /** Writes the chart as a 16:9 PNG. */
    public static void png(ChartKind kind, Project project, Report report, ChartOptions options, Path file,
                           double scale) throws IOException {
        png(kind, project, report, options, Aspect.WIDE, file, scale);
    }

    /** Writes the chart as a 16:9 PNG with default options (first workload, stack and plan; with ops). */
    public static void png(ChartKind kind, Project project, Report report, Path file, double scale) throws IOException {
        png(kind, project, report, ChartOptions.DEFAULT, file, scale);
    }

    /** Writes the chart as SVG: the same laid-out chart as the PNG, as vectors with real text. */
    public static void svg(ChartKind kind, Project project, Report report, ChartOptions options, Aspect aspect,
                           Path file) throws IOException {
        byte[] bytes = VectorExport.svg(exportNode(kind, project, report, options, aspect))
                .getBytes(StandardCharsets.UTF_8);
        ExportFiles.write(file, out -> out.write(bytes));
    }

    /** Writes the chart as a one-page vector PDF (the page is the chart's shape, 0.75 pt per pixel). */
    public static void pdf(ChartKind kind, Project project, Report report, ChartOptions options, Aspect aspect,
                           Path file) throws IOException {
        VBox root = exportNode(kind, project, report, options, aspect);
        String title = ClientNames.title(kind, project, report, options);
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        VectorExport.pdf(root, title, bytes);
        ExportFiles.write(file, bytes::writeTo);
    }

    /** Puts the chart on the system clipboard as an image. */
    public static void copyToClipboard(ChartKind kind, Project project, Report report, ChartOptions options,
                                       Aspect aspect, double scale) {
        ClipboardContent c = new ClipboardContent();
        c.putImage(image(kind, project, report, options, aspect, scale));
        Clipboard.getSystemClipboard().setContent(c);
    }

    /** Puts the 16:9 chart on the system clipboard as an image. */
    public static void copyToClipboard(ChartKind kind, Project project, Report report, ChartOptions options,
                                       double scale) {
        copyToClipboard(kind, project, report, options, Aspect.WIDE, scale);
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
        byte[] bytes = csvText(kind, project, report, options).getBytes(StandardCharsets.UTF_8);
        ExportFiles.write(file, out -> out.write(bytes));
    }
}
