package com.cp1ki.app.editor.stack;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A catalog drop-down and a "Fill from catalog" button, drawn into a row of an editor. */
final class CatalogPicker {

    private CatalogPicker() {
    }

    static <T> void fill(HBox row, String idPrefix, List<T> entries, Function<T, String> label,
                         Function<T, Optional<String>> apply, String tooltip) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(idPrefix + "CatalogEntry");
        box.getItems().setAll(entries);
        box.setPromptText("Pick from the price catalog…");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(160);
        box.setMinWidth(80);
        box.setTooltip(new Tooltip(tooltip));
        HBox.setHgrow(box, Priority.ALWAYS);
        Label error = new Label();
        error.getStyleClass().add("field-error");
        Button fill = new Button("Fill");
        fill.setId(idPrefix + "CatalogFill");
        fill.setTooltip(new Tooltip("Fill the fields below from the chosen catalog entry (undoable)"));
        fill.disableProperty().bind(box.valueProperty().isNull());
        fill.setOnAction(e -> error.setText(apply.apply(box.getValue()).orElse("")));
        row.getChildren().setAll(box, fill, error);
    }
}
