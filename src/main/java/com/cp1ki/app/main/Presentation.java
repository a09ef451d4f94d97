package com.cp1ki.app.main;

import com.cp1ki.app.charts.ChartsPane;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;

/**
 * Presentation mode of the main window (View > Present, F11): the charts take the whole window,
 * without the menus, toolbar, outline, editor, results or status bar. While it lasts the keys a
 * presenter's clicker sends step through the charts (Right, Down, Page Down, Space: next; Left,
 * Up, Page Up: previous; Home, End) and Esc or F11 leaves. After the last chart come the Uncertainty
 * window's charts while a complete simulation of the project as it is is at hand
 * ({@link ChartsPane#setMoreSlides}). The window's owner may make the stage full screen while
 * {@link #presentingProperty} is true.
 */
public final class Presentation {

    private final BorderPane root;
    private final SplitPane normalCenter;
    private final Pane chartsHolder;
    private final ChartsPane charts;
    private final ReadOnlyBooleanWrapper presenting = new ReadOnlyBooleanWrapper(this, "presenting", false);
    private final EventHandler<KeyEvent> keys = this::key;
    private Node top;
    private Node bottom;
    private Scene scene;

    Presentation(BorderPane root, SplitPane normalCenter, Pane chartsHolder, ChartsPane charts) {
        this.root = root;
        this.normalCenter = normalCenter;
        this.chartsHolder = chartsHolder;
        this.charts = charts;
    }

    public ReadOnlyBooleanProperty presentingProperty() {
        return presenting.getReadOnlyProperty();
    }

    public boolean isPresenting() {
        return presenting.get();
    }

    public void toggle() {
        if (isPresenting()) {
            leave();
        } else {
            enter();
        }
    }

    /** Shows the chart in view alone, large. */
    public void enter() {
        if (isPresenting() || charts == null || root.getScene() == null) {
            return;
        }
        top = root.getTop();
        bottom = root.getBottom();
        root.setTop(null);
        root.setBottom(null);
        root.setCenter(charts);
        charts.setPresenting(true);
        scene = root.getScene();
        scene.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        charts.requestFocus(); // no hidden field keeps the keyboard
        presenting.set(true);
    }

    /** Back to the workbench as it was. */
    public void leave() {
        if (!isPresenting()) {
            return;
        }
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        charts.setPresenting(false);
        chartsHolder.getChildren().setAll(charts);
        root.setCenter(normalCenter);
        root.setTop(top);
        root.setBottom(bottom);
        presenting.set(false);
    }

    /** What a key does while presenting; every other key goes on to the chart (its toggles, pickers). */
    static int action(KeyCode code) {
        return switch (code) {
            case RIGHT, DOWN, PAGE_DOWN, SPACE, ENTER -> 1;
            case LEFT, UP, PAGE_UP, BACK_SPACE -> -1;
            case HOME -> Integer.MIN_VALUE;
            case END -> Integer.MAX_VALUE;
            case ESCAPE, F11 -> 0;
            default -> 2;
        };
    }

    private void key(KeyEvent e) {
        int a = action(e.getCode());
        if (a == 2) {
            return;
        }
        e.consume();
        if (a == 0) {
            leave();
        } else if (a == Integer.MIN_VALUE || a == Integer.MAX_VALUE) {
            charts.stepToEnd(a == Integer.MAX_VALUE);
        } else {
            charts.step(a);
        }
    }
}
