package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.Report;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/**
 * How the number picked on a chart was computed: the engine's explanations, each its quantity, the
 * formula and the formula with the inputs plugged in, so a consultant can defend it in the room.
 * The panel is a view of the latest report: {@link #follow} re-reads the picked item from every
 * applied report (its {@link Selection#source()}), and clears when the item is gone.
 */
public final class ExplanationPanel extends ScrollPane {

    public static final String HINT = "Click a bar or a marked point, or select a row of the results, to see how it was computed.";

    private final Label title = new Label("How was this computed?");
    private final Label context = new Label();
    private final VBox lines = new VBox(6);
    private Selection shown;

    public ExplanationPanel() {
        setId("chartExplanation");
        title.getStyleClass().add("explanation-title");
        title.setWrapText(true);
        context.getStyleClass().add("explanation-context");
        context.setWrapText(true);
        context.setManaged(false);
        context.setVisible(false);
        VBox box = new VBox(8, new VBox(2, title, context), lines);
        box.getStyleClass().add("explanation-panel");
        setContent(box);
        setFitToWidth(true);
        setPrefWidth(340);
        setMinWidth(220);
        clear();
    }

    /** Shows a selection. */
    public void show(Selection s) {
        shown = s;
        title.setText(s.heading());
        context.setText(s.context() == null ? "" : s.context());
        context.setManaged(s.context() != null);
        context.setVisible(s.context() != null);
        lines.getChildren().clear();
        for (String f : s.facts()) {
            lines.getChildren().add(text(f, "explanation-fact"));
        }
        for (Explanation e : s.explanations()) {
            VBox one = new VBox(2, text(e.quantity(), "explanation-quantity"),
                    text(e.formula(), "explanation-formula"), text(e.substituted(), "explanation-substituted"));
            lines.getChildren().add(one);
        }
    }

    /**
     * Shows the picked item as {@code report} of {@code project} has it, or the hint when the item is
     * gone (or cannot be found again): never a number of an older report.
     */
    public void follow(Project project, Report report) {
        if (shown == null) {
            return;
        }
        Selection.Source source = shown.source();
        Selection now = source == null ? null : source.in(project, report);
        if (now == null) {
            clear();
        } else {
            show(now.from(source));
        }
    }

    /** Back to the hint. */
    public void clear() {
        shown = null;
        title.setText("How was this computed?");
        context.setText("");
        context.setManaged(false);
        context.setVisible(false);
        lines.getChildren().setAll(text(HINT, "explanation-fact"));
    }

    /** The selection shown, or null. */
    public Selection selection() {
        return shown;
    }

    private static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
