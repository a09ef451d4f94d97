package com.cp1ki.app.outline;

import com.cp1ki.app.fx.Fxml;
import com.cp1ki.app.session.Item;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The outline: a tree of settings, workloads, stacks (checkbox = on/off) and plans. Keys: Insert
 * adds a workload, Ctrl+D duplicates, F2 renames, Delete deletes, Alt+Up/Down move, Space switches
 * a stack on or off. Rebuilt from the project on every change (lists are short).
 */
public final class OutlineView {

    @FXML private TreeView<Object> outlineTree;
    @FXML private Label outlineMessage;
    private final Parent root;
    private final OutlineViewModel vm;
    private final ProjectSession session;
    private boolean rebuilding;

    public OutlineView(OutlineViewModel vm, ProjectSession session) {
        this.vm = vm;
        this.session = session;
        this.root = Fxml.load(this, "Outline");
    }

    @FXML
    private void initialize() {
        outlineTree.setRoot(new TreeItem<>("project"));
        outlineTree.setCellFactory(t -> new OutlineCell(vm));
        outlineTree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!rebuilding && b != null && b.getValue() instanceof Item item) {
                vm.selectedProperty().set(item);
            }
        });
        outlineTree.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        outlineMessage.textProperty().bind(vm.messageProperty());
        outlineMessage.managedProperty().bind(vm.messageProperty().isNotNull());
        session.projectProperty().addListener((o, a, p) -> rebuild(p));
        // the stacks' on/off boxes show the shown scenario's switches
        session.scenarioProperty().addListener((o, a, b) -> rebuild(session.project()));
        vm.selectedProperty().addListener((o, a, b) -> select(b));
        rebuild(session.project());
    }

    public Parent root() {
        return root;
    }

    private void rebuild(Project p) {
        rebuilding = true;
        try {
            TreeItem<Object> r = outlineTree.getRoot();
            r.getChildren().setAll(new TreeItem<>(Item.SETTINGS),
                    group("Workloads", p, Item.Kind.WORKLOAD), group("Stacks", p, Item.Kind.STACK),
                    group("Plans", p, Item.Kind.PLAN));
        } finally {
            rebuilding = false;
        }
        select(vm.selectedProperty().get());
    }

    private static TreeItem<Object> group(String title, Project p, Item.Kind kind) {
        TreeItem<Object> g = new TreeItem<>(title);
        g.setExpanded(true);
        for (String n : OutlineViewModel.names(p, kind)) {
            g.getChildren().add(new TreeItem<>(new Item(kind, n)));
        }
        return g;
    }

    private void select(Item item) {
        for (TreeItem<Object> g : outlineTree.getRoot().getChildren()) {
            if (item != null && item.equals(g.getValue())) {
                outlineTree.getSelectionModel().select(g);
                return;
            }
            for (TreeItem<Object> c : g.getChildren()) {
                if (item != null && item.equals(c.getValue())) {
                    outlineTree.getSelectionModel().select(c);
                    return;
                }
            }
        }
    }

    private void onKey(KeyEvent e) {
        boolean handled = true;
        if (e.getCode() == KeyCode.DELETE) {
            vm.delete();
        } else if (e.getCode() == KeyCode.INSERT) {
            vm.addWorkload();
        } else if (e.getCode() == KeyCode.D && e.isShortcutDown()) {
            vm.duplicate();
        } else if (e.getCode() == KeyCode.F2) {
            RenameDialog.ask(root, vm.selectedProperty().get()).ifPresent(vm::rename);
        } else if (e.getCode() == KeyCode.UP && e.isAltDown()) {
            vm.move(-1);
        } else if (e.getCode() == KeyCode.DOWN && e.isAltDown()) {
            vm.move(+1);
        } else if (e.getCode() == KeyCode.SPACE) {
            vm.toggleEnabled();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }

    @FXML private void onAddWorkload() {
        vm.addWorkload();
    }

    @FXML private void onAddApiStack() {
        vm.addApiStack();
    }

    @FXML private void onAddGpuStack() {
        vm.addGpuStack();
    }

    @FXML private void onAddPlan() {
        vm.addPlan();
    }

    @FXML private void onDuplicate() {
        vm.duplicate();
    }

    @FXML private void onDelete() {
        vm.delete();
    }

    @FXML private void onMoveUp() {
        vm.move(-1);
    }

    @FXML private void onMoveDown() {
        vm.move(+1);
    }
}
