package com.cp1ki.app.charts.export;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

    /** Writes an image as PNG, creating parent folders. */
    public static void writePng(WritableImage image, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        BufferedImage bi = SwingFXUtils.fromFXImage(image, null);
        // drop alpha: PNGs for decks are opaque
        BufferedImage rgb = new BufferedImage(bi.getWidth(), bi.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.getGraphics().drawImage(bi, 0, 0, null);
        if (!ImageIO.write(rgb, "png", file.toFile())) {
            throw new UncheckedIOException(new IOException("no PNG writer available"));
        }
    }
}
