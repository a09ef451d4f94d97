package com.cp1ki.app.editor;

import com.cp1ki.app.form.FieldSet;
import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.Target;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import javafx.beans.value.ChangeListener;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Base of the editor ViewModels: builds field sets over targets in the project and re-reads them
 * whenever the project changes (an edit elsewhere, undo, redo) or another scenario is shown (the
 * fields show the shown scenario's values, {@code ProjectSession.shown()}), until disposed.
 */
public abstract class EditorViewModel {

    protected final ProjectSession session;
    private final List<FieldSet<?>> sets = new ArrayList<>();
    private final List<FormField> extra = new ArrayList<>();
    private final ChangeListener<Project> listener = (o, a, b) -> refresh();
    /** Showing another scenario changes what the fields show (the session's {@code shown()} project). */
    private final ChangeListener<String> scenario = (o, a, b) -> refresh();

    protected EditorViewModel(ProjectSession session) {
        this.session = session;
        session.projectProperty().addListener(listener);
        session.scenarioProperty().addListener(scenario);
    }

    protected <T extends Record> FieldSet<T> fields(Target<T> target, String idPrefix) {
        FieldSet<T> s = new FieldSet<>(session, target, idPrefix);
        sets.add(s);
        return s;
    }

    /** A field with its own read and write (renames and other edits beyond one record component). */
    protected FormField custom(FormField.Spec spec, Supplier<Object> read, Function<Object, Edit> write) {
        FormField f = new FormField(spec, session, read, write);
        extra.add(f);
        return f;
    }

    /** Re-reads every field; subclasses extend it for state beyond fields. */
    protected void refresh() {
        sets.forEach(FieldSet::refresh);
        extra.forEach(FormField::refresh);
    }

    public ProjectSession session() {
        return session;
    }

    public void dispose() {
        session.projectProperty().removeListener(listener);
        session.scenarioProperty().removeListener(scenario);
    }
}
