package com.cp1ki.app.form;

import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.util.Duration;

import java.util.List;

/**
 * Draws {@link FormField}s into a grid, one row each: label, text field (with the field's id and
 * tooltip), unit, and the validation message under it. Tab moves through the fields in order;
 * Enter or leaving a field commits it; Escape restores the stored value; Ctrl+Z, Ctrl+Shift+Z and
 * Ctrl+Y are the project's undo and redo (after dropping a typed edit first, see
 * {@link FormField#undo()}). The only logic here is drawing: parsing and validation live in
 * {@link FormField}.
 */
public final class FormGrid {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination REDO_Y = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);

    private FormGrid() {
    }

    /** Appends a row per field to {@code grid}. */
    public static void fill(GridPane grid, List<FormField> fields) {
        prepare(grid);
        int row = grid.getRowCount();
        for (FormField f : fields) {
            addRow(grid, row, f);
            row += 2;
        }
    }

    /** Appends a row with a drop-down for a choice. */
    public static <T> void choice(GridPane grid, ChoiceField<T> f) {
        prepare(grid);
        int row = grid.getRowCount();
        javafx.scene.control.ComboBox<T> box = new javafx.scene.control.ComboBox<>();
        box.setId(f.id());
        box.getItems().setAll(f.options());
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T t) {
                return f.text(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(f.valueProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(120);
        Tooltip tip = tooltip(f.tooltip());
        box.setTooltip(tip);
        Label label = new Label(f.label());
        label.setLabelFor(box);
        label.setTooltip(tip);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(f.errorProperty());
        error.visibleProperty().bind(f.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        grid.add(label, 0, row);
        grid.add(box, 1, row, 2, 1);
        grid.add(error, 1, row + 1, 2, 1);
    }

    /** Label and unit columns as wide as their text; the input column takes the rest. */
    private static void prepare(GridPane grid) {
        if (!grid.getStyleClass().contains("form")) {
            grid.getStyleClass().add("form");
        }
        if (grid.getColumnConstraints().isEmpty()) {
            javafx.scene.layout.ColumnConstraints label = new javafx.scene.layout.ColumnConstraints();
            label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            javafx.scene.layout.ColumnConstraints input = new javafx.scene.layout.ColumnConstraints();
            input.setHgrow(Priority.ALWAYS);
            input.setMinWidth(70);
            input.setFillWidth(true);
            javafx.scene.layout.ColumnConstraints unit = new javafx.scene.layout.ColumnConstraints();
            unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            grid.getColumnConstraints().setAll(label, input, unit);
        }
    }

    static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        tip.setShowDelay(Duration.millis(400));
        tip.setShowDuration(Duration.seconds(30));
        return tip;
    }

    private static void addRow(GridPane grid, int row, FormField f) {
        FormField.Spec s = f.spec();
        Tooltip tip = tooltip(s.tooltip());

        TextField input = new TextField();
        input.setId(s.id());
        input.setTooltip(tip);
        input.setPromptText(f.prompt());
        input.textProperty().bindBidirectional(f.textProperty());
        input.setOnAction(e -> f.commit());
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                f.commit();
            }
        });
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                f.refresh();
            }
        });
        // the text field's own undo would change the text only, leaving field and project apart
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                f.undo();
                e.consume();
            } else if (REDO.match(e) || REDO_Y.match(e)) {
                f.redo();
                e.consume();
            }
        });
        if (s.kind() == FormField.Kind.NUMBER) {
            input.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
        }
        GridPane.setHgrow(input, Priority.ALWAYS);

        Label label = new Label(s.label());
        label.setLabelFor(input);
        label.setTooltip(tip);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label unit = new Label(s.unit());
        unit.getStyleClass().add("unit-label");
        unit.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label error = new Label();
        error.setId(s.id() + "Error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.textProperty().bind(f.errorProperty());
        error.visibleProperty().bind(f.errorProperty().isNotNull());
        error.managedProperty().bind(error.visibleProperty());
        f.errorProperty().addListener((o, a, b) -> {
            input.getStyleClass().remove("invalid");
            if (b != null) {
                input.getStyleClass().add("invalid");
            }
        });

        Label base = new Label();
        base.setId(s.id() + "Base");
        base.getStyleClass().add("field-base");
        base.setTooltip(tooltip("The shown scenario overrides this field; this is the base's value. Typing a value"
                + " changes the scenario's override (typing the base's value removes it)."));
        base.textProperty().bind(f.baseNoteProperty());
        base.visibleProperty().bind(f.baseNoteProperty().isNotNull());
        base.managedProperty().bind(base.visibleProperty());
        base.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.HBox messages = new javafx.scene.layout.HBox(8, base, error);
        javafx.scene.layout.HBox.setHgrow(error, Priority.ALWAYS);
        messages.managedProperty().bind(error.visibleProperty().or(base.visibleProperty()));

        grid.add(label, 0, row);
        if (s.unit().isEmpty()) {
            grid.add(input, 1, row, 2, 1);
        } else {
            grid.add(input, 1, row);
            grid.add(unit, 2, row);
        }
        grid.add(messages, 1, row + 1, 2, 1);
    }
}
