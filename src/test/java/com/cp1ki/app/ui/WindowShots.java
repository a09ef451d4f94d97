package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.theme.Theme;
import javafx.scene.Group;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window's content saved at a size the headless screen cannot show: moved into an off-screen scene
 * of that size (with the light theme), laid out and saved, then put back. Moving a chart between
 * scenes makes JavaFX log "String cannot be cast to Paint" for {@code .chart-bar} while it restyles
 * the moved bars; the saved picture and the window itself are styled in full (only tests move
 * roots between scenes).
 */
final class WindowShots {

    private WindowShots() {
    }

    static void saveAt(FxRobot robot, Workbench wb, double w, double h, String name) {
        robot.interact(() -> {
            Parent root = wb.scene().getRoot();
            wb.scene().setRoot(new Group());
            Scene big = new Scene(new Group(), w, h);
            Theme.LIGHT.applyTo(big);
            big.setRoot(root);
            root.applyCss();
            root.layout();
            Screenshots.save(root, name, 1);
            big.setRoot(new Group());
            wb.scene().setRoot(root);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
