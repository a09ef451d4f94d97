package com.cp1ki.app.charts.export;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/** Node snapshots at a scale (1x, 2x, 3x for slides) and PNG files. FX thread only. */
public final class ChartImages {

    private ChartImages() {
    }

    /** A snapshot of a laid-out node, {@code scale} image pixels per logical pixel. */
    public static WritableImage snapshot(Node node, double scale) {
        if (!(scale > 0) || scale > 8) {
            throw new IllegalArgumentException("scale must be in (0, 8], was " + scale);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        p.setFill(Color.WHITE);
        return node.snapshot(p, null);
    }

    /** Writes an image as PNG to a stream (opaque: PNGs for decks have no alpha). */
    public static void writePng(WritableImage image, OutputStream out) throws IOException {
        BufferedImage bi = SwingFXUtils.fromFXImage(image, null);
        BufferedImage rgb = new BufferedImage(bi.getWidth(), bi.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(bi, 0, 0, null);
        if (!ImageIO.write(rgb, "png", out)) {
            throw new IOException("no PNG writer available");
        }
    }

    /** The PNG bytes of an image. */
    public static byte[] pngBytes(WritableImage image) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        writePng(image, b);
        return b.toByteArray();
    }

    /** Writes an image as a PNG file, whole or not at all. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        ExportFiles.write(file, out -> writePng(image, out));
    }
}
