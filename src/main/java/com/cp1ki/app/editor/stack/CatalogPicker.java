package com.cp1ki.app.editor.stack;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * A search field, a catalog drop-down and a "Fill" button, drawn into a row of an editor, with
 * the count of entries found. The search ({@link CatalogSearch}) narrows the drop-down by provider,
 * model, price, source and date.
 */
final class CatalogPicker {

    private CatalogPicker() {
    }

    static <T> void fill(HBox row, String idPrefix, List<T> entries, Function<T, String> label, Function<T, String> text,
                         ToDoubleFunction<T> price, Function<T, Optional<String>> apply, String tooltip) {
        TextField search = new TextField();
        search.setId(idPrefix + "CatalogSearch");
        search.setPromptText("Search " + entries.size() + " entries");
        search.setPrefColumnCount(9);
        search.setTooltip(new Tooltip("Words to find in provider, model, source or date (e.g. 'haiku', 'litellm');"
                + " <1 or >=2.5 keeps entries whose " + (idPrefix.equals("gpu") ? "on-demand rate (USD/h)" : "input price (USD/1M tokens)")
                + " is below or at least that"));
        ComboBox<T> box = new ComboBox<>();
        box.setId(idPrefix + "CatalogEntry");
        box.getItems().setAll(entries);
        box.setPromptText("Pick from the price catalog…");
        box.setVisibleRowCount(14);
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
        Label found = new Label();
        found.setId(idPrefix + "CatalogFound");
        found.getStyleClass().add("field-unit");
        search.textProperty().addListener((o, a, q) -> {
            List<T> hits = CatalogSearch.filter(entries, q, text, price);
            box.getItems().setAll(hits);
            found.setText(q == null || q.isBlank() ? "" : hits.size() + " of " + entries.size() + " found");
            if (hits.size() == 1) {
                box.setValue(hits.get(0));
            }
        });
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Label detail = new Label();
        detail.setId(idPrefix + "CatalogDetail");
        detail.setWrapText(true);
        detail.getStyleClass().add("field-unit");
        detail.textProperty().bind(box.valueProperty().map(label::apply).orElse(""));
        Button fill = new Button("Fill");
        fill.setId(idPrefix + "CatalogFill");
        fill.setTooltip(new Tooltip("Fill the fields below from the chosen catalog entry (undoable)"));
        fill.disableProperty().bind(box.valueProperty().isNull());
        fill.setOnAction(e -> error.setText(apply.apply(box.getValue()).orElse("")));
        HBox line = new HBox(6, search, box, fill);
        HBox.setHgrow(line, Priority.ALWAYS);
        VBox all = new VBox(3, line, found, detail, error);
        HBox.setHgrow(all, Priority.ALWAYS);
        found.managedProperty().bind(found.textProperty().isNotEmpty());
        detail.managedProperty().bind(detail.textProperty().isNotEmpty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        row.getChildren().setAll(all);
    }
}
