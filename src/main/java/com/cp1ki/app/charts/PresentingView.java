package com.cp1ki.app.charts;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The charts pane in presentation mode: the chart's name, the headline and one chart filling the
 * rest, with a hint of the keys at the bottom. Every size in the charts' style sheets is relative to
 * the font size, which follows the pane's height (21 px at 720 px, 32 px at 1080 px), so the text
 * reads from the back of a room at any resolution.
 */
public final class PresentingView {

    /** Font size (px) per pixel of height, and its bounds. */
    private static final double FONT_PER_HEIGHT = 1 / 34.0;
    private static final double MIN_FONT = 16;
    private static final double MAX_FONT = 40;

    private final Label title = new Label();
    private final Label headline;
    private final StackPane stage = new StackPane();
    private final VBox root;

    PresentingView(Region pane, Label headline) {
        this.headline = headline;
        title.setId("presentTitle");
        title.getStyleClass().add("present-title");
        title.setWrapText(true);
        Label hint = new Label("\u2190 \u2192 or Page Up / Page Down: next chart    Esc or F11: leave");
        hint.setId("presentHint");
        hint.getStyleClass().add("present-hint");
        VBox.setVgrow(stage, Priority.ALWAYS);
        root = new VBox(title, headline, stage, hint);
        root.setId("presentation");
        root.getStyleClass().add("presenting");
        root.setPadding(new Insets(8, 16, 4, 16));
        pane.heightProperty().addListener((o, was, now) -> scale(now.doubleValue()));
        scale(pane.getHeight());
    }

    VBox root() {
        return root;
    }

    /** The font size for a pane of this height, px (every presentation of a chart uses it). */
    public static double fontSize(double height) {
        return Math.max(MIN_FONT, Math.min(MAX_FONT, Math.round(height * FONT_PER_HEIGHT)));
    }

    private void scale(double height) {
        root.setStyle("-fx-font-size: " + fontSize(height) + "px;");
    }

    /** Puts one chart on the stage (its view leaves its tab until {@link #leave}), under the headline. */
    void show(ChartKind kind, ChartAdapter adapter) {
        title.textProperty().unbind();
        title.setText(kind.title() + ": " + adapter.subject());
        if (!root.getChildren().contains(headline)) {
            root.getChildren().add(1, headline);
        }
        stage.getChildren().setAll(adapter.view());
    }

    /**
     * Puts an extra slide on the stage, its title following it; without the report's headline, which
     * speaks of the point estimate and not of what the slide shows.
     */
    void show(ChartsPane.Slide slide) {
        title.textProperty().bind(slide.title());
        root.getChildren().remove(headline);
        stage.getChildren().setAll(slide.node());
    }

    void leave() {
        title.textProperty().unbind();
        stage.getChildren().clear();
    }
}
