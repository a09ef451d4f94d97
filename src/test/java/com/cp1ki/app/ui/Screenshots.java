package com.cp1ki.app.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves what a screen looks like as a PNG under the folder named by the system property
 * {@code cp1ki.screenshots} (target/screenshots in the Maven build), so a person can look at it.
 * Call on the FX thread.
 */
public final class Screenshots {

    private Screenshots() {
    }

    /** Writes {@code node} at {@code scale}x as NAME.png; returns the file, or null when screenshots are off. */
    public static Path save(Node node, String name, double scale) {
        String dir = System.getProperty("cp1ki.screenshots");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setTransform(Transform.scale(scale, scale));
        WritableImage img = node.snapshot(p, null);
        Path file = Path.of(dir, name + ".png");
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
