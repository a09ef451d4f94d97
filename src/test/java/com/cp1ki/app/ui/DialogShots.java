package com.cp1ki.app.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Saves what a user sees at 1280x720 and 1920x1080: the window at that size with a dialog (or any
 * node shown over it) drawn where the dialog would sit, as NAME-1280x720.png and NAME-1920x1080.png
 * under {@code cp1ki.screenshots}.
 */
public final class DialogShots {

    private DialogShots() {
    }

    /**
     * The window's content laid out at {@code w} x {@code h}, drawn off-screen (the headless screen
     * is smaller than 1920x1080): the root moves to a scene of that size for the snapshot and back.
     */
    static BufferedImage window(Stage stage, int w, int h) {
        Scene real = stage.getScene();
        Parent root = real.getRoot();
        real.setRoot(new Group());
        try {
            Scene off = new Scene(root, w, h);
            off.getStylesheets().setAll(real.getStylesheets());
            off.snapshot(null); // a first pass settles wrapped text and split panes
            BufferedImage img = SwingFXUtils.fromFXImage(off.snapshot(null), null);
            off.setRoot(new Group());
            return img;
        } finally {
            real.setRoot(root);
        }
    }

    private static void write(BufferedImage window, Node dialog, Path file) {
        BufferedImage over = dialog == null ? null : SwingFXUtils.fromFXImage(dialog.snapshot(null, null), null);
        Graphics2D g = window.createGraphics();
        if (over != null) {
            g.setColor(new Color(0, 0, 0, 70));
            g.fillRect(0, 0, window.getWidth(), window.getHeight());
            int x = (window.getWidth() - over.getWidth()) / 2;
            int y = Math.max(0, (window.getHeight() - over.getHeight()) / 3);
            g.setColor(new Color(0, 0, 0, 90));
            g.drawRect(x - 1, y - 1, over.getWidth() + 1, over.getHeight() + 1);
            g.drawImage(over, x, y, null);
        }
        g.dispose();
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(window, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void save(FxRobot robot, Stage stage, Node dialog, String name) {
        String dir = System.getProperty("cp1ki.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        for (int[] size : new int[][]{{1280, 720}, {1920, 1080}}) {
            robot.interact(() -> write(window(stage, size[0], size[1]), dialog, Path.of(dir, name + "-" + size[0] + "x"
                    + size[1] + ".png")));
        }
    }
}
