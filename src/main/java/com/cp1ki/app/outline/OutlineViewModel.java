package com.cp1ki.app.outline;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.NewItems;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.app.session.Templates;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Stack;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * The project outline's state and commands, toolkit-free: the selected item, and add, duplicate,
 * rename, delete, move and enable as undoable edits. The selection follows renames and undo: when
 * the selected name disappears, the item now at the same place is selected.
 */
public final class OutlineViewModel {

    private final ProjectSession session;
    private final Templates templates;
    private final ObjectProperty<Item> selected = new SimpleObjectProperty<>(this, "selected", Item.SETTINGS);
    private final StringProperty message = new SimpleStringProperty(this, "message");
    private int selectedIndex;

    public OutlineViewModel(ProjectSession session, Templates templates) {
        this.session = session;
        this.templates = templates;
        selected.addListener((o, a, b) -> selectedIndex = b == null ? -1 : names(session.project(), b.kind()).indexOf(b.name()));
        session.projectProperty().addListener((o, before, now) -> follow(now));
    }

    /** The selected item; it follows renames and undo. */
    public ObjectProperty<Item> selectedProperty() {
        return selected;
    }

    /** The message of the last rejected operation (e.g. a stack a plan still uses), or null. */
    public StringProperty messageProperty() {
        return message;
    }

    public static List<String> names(Project p, Item.Kind kind) {
        return ProjectEdits.names(p, kind);
    }

    private void follow(Project p) {
        Item s = selected.get();
        if (s == null || names(p, s.kind()).contains(s.name())) {
            return;
        }
        List<String> n = names(p, s.kind());
        selected.set(n.isEmpty() ? Item.SETTINGS : new Item(s.kind(), n.get(Math.max(0, Math.min(selectedIndex, n.size() - 1)))));
    }

    public void addWorkload() {
        add(Item.Kind.WORKLOAD, "Add workload", "workload", NewItems::workload);
    }

    public void addApiStack() {
        add(Item.Kind.STACK, "Add managed API stack", templates.api().get().model(),
                (p, n) -> NewItems.stack(p, n, templates.api().get()));
    }

    public void addGpuStack() {
        add(Item.Kind.STACK, "Add self-hosted GPU stack", templates.gpu().get().instanceType(),
                (p, n) -> NewItems.stack(p, n, templates.gpu().get()));
    }

    public void addPlan() {
        Project p0 = session.project();
        if (p0.workloads().isEmpty() || p0.stacks().isEmpty()) {
            message.set("A plan needs a workload and a stack: add those first.");
            return;
        }
        add(Item.Kind.PLAN, "Add plan", "plan", NewItems::plan);
    }

    private void add(Item.Kind kind, String description, String base, java.util.function.BiFunction<Project, String, Project> f) {
        String name = ProjectEdits.freeName(base, names(session.project(), kind));
        if (run(new Edit(description + " '" + name + "'", p -> f.apply(p, name)))) {
            selected.set(new Item(kind, name));
        }
    }

    public void duplicate() {
        Item s = selected.get();
        if (s == null || s.kind() == Item.Kind.SETTINGS) {
            return;
        }
        String name = ProjectEdits.duplicate(session.project(), s).name();
        if (run(new Edit("Duplicate " + s.describe(), p -> ProjectEdits.duplicate(p, s).project()))) {
            selected.set(new Item(s.kind(), name));
        }
    }

    public boolean rename(String to) {
        Item s = selected.get();
        if (s == null || to == null || to.strip().equals(s.name())) {
            return true;
        }
        boolean ok = run(new Edit("Rename " + s.describe() + " to '" + to.strip() + "'", p -> ProjectEdits.rename(p, s, to)));
        if (ok && s.kind() != Item.Kind.SETTINGS) {
            selected.set(new Item(s.kind(), to.strip()));
        }
        return ok;
    }

    public void delete() {
        Item s = selected.get();
        if (s != null && s.kind() != Item.Kind.SETTINGS) {
            run(new Edit("Delete " + s.describe(), p -> ProjectEdits.delete(p, s)));
        }
    }

    /** Moves the selected item up (-1) or down (+1) in its list. */
    public void move(int delta) {
        Item s = selected.get();
        if (s != null && s.kind() != Item.Kind.SETTINGS) {
            run(new Edit("Move " + s.describe() + (delta < 0 ? " up" : " down"), p -> ProjectEdits.move(p, s, delta)));
            selectedIndex = names(session.project(), s.kind()).indexOf(s.name());
        }
    }

    /**
     * Switches a stack on or off for comparison: in the base, or, while a scenario is shown, as an
     * override of that scenario (as the stack editor's switch does).
     */
    public void setEnabled(String stack, boolean enabled) {
        run(new Edit((enabled ? "Enable" : "Disable") + " stack '" + stack + "'",
                p -> ProjectEdits.enable(p, stack, enabled)), true);
    }

    /** Whether stack {@code name} is switched on in what is shown (the base or the shown scenario). */
    public boolean isEnabled(String name) {
        return session.shown().stack(name).map(Stack::enabled).orElse(false);
    }

    public void toggleEnabled() {
        Item s = selected.get();
        if (s != null && s.kind() == Item.Kind.STACK) {
            session.shown().stack(s.name()).ifPresent(st -> setEnabled(st.name(), !st.enabled()));
        }
    }

    private boolean run(Edit e) {
        return run(e, false);
    }

    private boolean run(Edit e, boolean onShown) {
        var err = onShown ? session.executeOnShown(e) : session.execute(e);
        message.set(err.map(m -> Character.toUpperCase(m.charAt(0)) + m.substring(1)).orElse(null));
        return err.isEmpty();
    }
}
