package com.cp1ki.app.editor;

import com.cp1ki.app.editor.plan.PlanView;
import com.cp1ki.app.editor.plan.PlanViewModel;
import com.cp1ki.app.editor.settings.SettingsView;
import com.cp1ki.app.editor.settings.SettingsViewModel;
import com.cp1ki.app.editor.stack.StackView;
import com.cp1ki.app.editor.stack.StackViewModel;
import com.cp1ki.app.editor.workload.WorkloadEditors;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.io.catalog.Catalog;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** Shows the editor of the selected outline item, disposing the previous one. */
public final class EditorHost {

    private final ProjectSession session;
    private final WorkloadEditors workloads;
    private final javafx.beans.value.ObservableValue<Catalog> catalog;
    private final StackPane root = new StackPane();
    private Editor current;
    private Item shown;

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
            if (shown != null && !exists(shown)) {
                show(Item.SETTINGS);
            }
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

    private boolean exists(Item item) {
        var p = session.project();
        return switch (item.kind()) {
            case SETTINGS -> true;
            case WORKLOAD -> p.workload(item.name()).isPresent();
            case STACK -> p.stack(item.name()).isPresent();
            case PLAN -> p.plans().stream().anyMatch(x -> x.name().equals(item.name()));
        };
    }

    private void show(Item item) {
        Item target = item == null || !exists(item) ? Item.SETTINGS : item;
        if (target.equals(shown) && current != null) {
            return;
        }
        if (current != null) {
            current.dispose();
        }
        current = switch (target.kind()) {
            case SETTINGS -> new SettingsView(new SettingsViewModel(session));
            case WORKLOAD -> workloads.create(session, target.name());
            case STACK -> new StackView(new StackViewModel(session, target.name(), catalog.getValue()));
            case PLAN -> new PlanView(new PlanViewModel(session, target.name()));
        };
        shown = target;
        root.getChildren().setAll(current.root());
    }
}
