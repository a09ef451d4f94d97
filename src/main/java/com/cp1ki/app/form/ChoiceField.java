package com.cp1ki.app.form;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A choice among fixed options (which GPU rate applies, the plan's stack), toolkit-free. Choosing
 * a different option executes one undoable edit; a rejected choice snaps back and shows why.
 */
public final class ChoiceField<T> {

    private final String id;
    private final String label;
    private final String tooltip;
    private final Supplier<List<T>> options;
    private final Function<T, String> text;
    private final ProjectSession session;
    private final Supplier<T> read;
    private final Function<T, Edit> write;
    private final ObjectProperty<T> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private boolean refreshing;

    public ChoiceField(String id, String label, String tooltip, Supplier<List<T>> options, Function<T, String> text,
                       ProjectSession session, Supplier<T> read, Function<T, Edit> write) {
        this.id = id;
        this.label = label;
        this.tooltip = tooltip;
        this.options = options;
        this.text = text;
        this.session = session;
        this.read = read;
        this.write = write;
        refresh();
        value.addListener((o, a, b) -> {
            if (!refreshing && b != null) {
                commit(b);
            }
        });
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String tooltip() {
        return tooltip;
    }

    public List<T> options() {
        return options.get();
    }

    public String text(T option) {
        return option == null ? "" : text.apply(option);
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public void refresh() {
        T v;
        try {
            v = read.get();
        } catch (RuntimeException gone) {
            v = null;
        }
        refreshing = true;
        try {
            value.set(v);
        } finally {
            refreshing = false;
        }
    }

    private void commit(T chosen) {
        T current;
        try {
            current = read.get();
        } catch (RuntimeException gone) {
            return;
        }
        if (Objects.equals(current, chosen)) {
            return;
        }
        var rejected = session.executeOnShown(write.apply(chosen));
        error.set(rejected.orElse(null));
        if (rejected.isPresent()) {
            refresh();
        }
    }
}
