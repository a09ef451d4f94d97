package com.cp1ki.app.charts;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** A synthetic primary click on a node, for tests that do not need the robot. */
final class MouseClick {

    private MouseClick() {
    }

    static MouseEvent at(Node n) {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null);
    }
}
