package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A window's content saved at a size the headless screen cannot show (moved into an off-screen scene and back). */
final class PortfolioWindowTestShots {

    private PortfolioWindowTestShots() {
    }

    static void saveAt(FxRobot robot, Workbench wb, double w, double h, String name) {
        robot.interact(() -> {
            javafx.scene.Parent root = wb.scene().getRoot();
            wb.scene().setRoot(new javafx.scene.Group());
            javafx.scene.Scene big = new javafx.scene.Scene(root, w, h);
            com.cp1ki.app.theme.Theme.LIGHT.applyTo(big);
            root.applyCss();
            root.layout();
            Screenshots.save(root, name, 1);
            big.setRoot(new javafx.scene.Group());
            wb.scene().setRoot(root);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
