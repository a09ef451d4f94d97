package com.cp1ki.app.editor;

import com.cp1ki.app.editor.plan.PlanView;
import com.cp1ki.app.editor.plan.PlanViewModel;
import com.cp1ki.app.editor.settings.SettingsView;
import com.cp1ki.app.editor.settings.SettingsViewModel;
import com.cp1ki.app.editor.stack.StackView;
import com.cp1ki.app.editor.stack.StackViewModel;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectEdits;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.catalog.Catalog;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.List;
import java.util.function.Supplier;

/**
 * Shows the editor of the selected outline item, disposing the previous one. When the item on show
 * is renamed (its name field, F2, a catalog fill, undo of a rename) the editor follows the new name
 * instead of being rebuilt, so the keyboard focus stays where the user is.
 */
public final class EditorHost {

    private final ProjectSession session;
    private final WorkloadEditors workloads;
    private final javafx.beans.value.ObservableValue<Catalog> catalog;
    private final StackPane root = new StackPane();
    private Editor current;
    private Item shown;
    /** The name the editor on show edits; moved on a rename. */
    private EditedName name;
    /** The project the editor on show was last checked against. */
    private Project seen;

    /**
     * @param catalog the price catalog the stack editor's picker offers (it follows imports)
     */
    public EditorHost(ProjectSession session, ObjectProperty<Item> selection, WorkloadEditors workloads,
                      javafx.beans.value.ObservableValue<Catalog> catalog) {
        this.session = session;
        this.catalog = catalog;
        this.workloads = workloads;
        root.setId("editorHost");
        selection.addListener((o, a, b) -> show(b));
        session.projectProperty().addListener((o, a, b) -> {
            if (shown != null && !exists(shown, b) && !follow(a, b, shown)) {
                show(Item.SETTINGS);
            }
            seen = b;
        });
        catalog.addListener((o, a, b) -> {
            if (shown != null && shown.kind() == Item.Kind.STACK) {
                Item again = shown;
                shown = null;
                show(again);
            }
        });
        show(selection.get());
    }

    public Node root() {
        return root;
    }

    /** The editor on show (tests). */
    public Editor current() {
        return current;
    }

    private static boolean exists(Item item, Project p) {
        return switch (item.kind()) {
            case SETTINGS -> true;
            case WORKLOAD -> p.workload(item.name()).isPresent();
            case STACK -> p.stack(item.name()).isPresent();
            case PLAN -> p.plans().stream().anyMatch(x -> x.name().equals(item.name()));
        };
    }

    /**
     * The item {@code item} of {@code before} became in {@code after} when it was renamed: the item
     * at its place in its list, when that name is new and the list kept its length (a delete or an
     * add moves the others instead); null when it was not a rename.
     */
    static Item renamed(Project before, Project after, Item item) {
        if (before == null || item.kind() == Item.Kind.SETTINGS) {
            return null;
        }
        List<String> was = ProjectEdits.names(before, item.kind());
        List<String> now = ProjectEdits.names(after, item.kind());
        int i = was.indexOf(item.name());
        if (i < 0 || was.size() != now.size() || now.contains(item.name()) || was.contains(now.get(i))) {
            return null;
        }
        if (item.kind() == Item.Kind.STACK && after.stack(now.get(i)).orElseThrow().serving().getClass()
                != before.stack(item.name()).orElseThrow().serving().getClass()) {
            return null; // an API stack's editor cannot show a GPU fleet
        }
        return new Item(item.kind(), now.get(i));
    }

    /** Moves the editor on show to the new name of its item when {@code item} was renamed; whether it did. */
    private boolean follow(Project before, Project after, Item item) {
        Item to = renamed(before, after, item);
        if (to == null || current == null || name == null) {
            return false;
        }
        name.set(to.name());
        shown = to;
        seen = after;
        return true;
    }

    private void show(Item item) {
        Project p = session.project();
        Item target = item == null || !exists(item, p) ? Item.SETTINGS : item;
        if (target.equals(shown) && current != null) {
            return;
        }
        if (shown != null && target.kind() == shown.kind() && !exists(shown, p) && target.equals(renamed(seen, p, shown))
                && follow(seen, p, shown)) {
            return;
        }
        if (current != null) {
            current.dispose();
        }
        name = new EditedName(target.name());
        current = switch (target.kind()) {
            case SETTINGS -> new SettingsView(new SettingsViewModel(session));
            case WORKLOAD -> workloads.create(session, name);
            case STACK -> new StackView(new StackViewModel(session, name, catalog.getValue()));
            case PLAN -> new PlanView(new PlanViewModel(session, name));
        };
        shown = target;
        seen = p;
        root.getChildren().setAll(current.root());
    }

    /** The name of the item an editor edits, read by its fields at each use. */
    private static final class EditedName implements Supplier<String> {
        private String value;

        EditedName(String value) {
            this.value = value;
        }

        @Override
        public String get() {
            return value;
        }

        void set(String v) {
            value = v;
        }
    }
}
