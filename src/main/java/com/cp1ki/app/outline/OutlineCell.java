package com.cp1ki.app.outline;

import com.cp1ki.app.session.Item;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;

/** A cell of the outline: a group title, an item, or a stack with its on/off checkbox and a context menu. */
final class OutlineCell extends TreeCell<Object> {

    private final OutlineViewModel vm;

    OutlineCell(OutlineViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void updateItem(Object value, boolean empty) {
        super.updateItem(value, empty);
        getStyleClass().remove("outline-group");
        setGraphic(null);
        setContextMenu(null);
        setId(null);
        if (empty || value == null) {
            setText(null);
            return;
        }
        if (value instanceof Item item) {
            setText(item.kind() == Item.Kind.SETTINGS ? Item.Kind.SETTINGS.label() : item.name());
            setId("outline-" + item.kind().name().toLowerCase() + "-" + item.name().replaceAll("[^A-Za-z0-9]", "_"));
            if (item.kind() == Item.Kind.STACK) {
                boolean on = vm.isEnabled(item.name());
                CheckBox box = new CheckBox();
                box.setSelected(on);
                box.setTooltip(new Tooltip("Include this stack in comparisons and charts (Space)"));
                box.setFocusTraversable(false); // Space on the selected row switches it; Tab leaves the outline
                box.setOnAction(e -> {
                    vm.setEnabled(item.name(), box.isSelected());
                    box.setSelected(vm.isEnabled(item.name())); // a refused switch (a routed stack) snaps back
                });
                setGraphic(box);
            }
            if (item.kind() != Item.Kind.SETTINGS) {
                setContextMenu(menu(item));
            }
        } else {
            setText(value.toString());
            getStyleClass().add("outline-group");
        }
    }

    private ContextMenu menu(Item item) {
        MenuItem rename = new MenuItem("Rename… (F2)");
        rename.setOnAction(e -> RenameDialog.ask(getTreeView(), item).ifPresent(vm::rename));
        MenuItem dup = new MenuItem("Duplicate (Ctrl+D)");
        dup.setOnAction(e -> vm.duplicate());
        MenuItem del = new MenuItem("Delete (Delete)");
        del.setOnAction(e -> vm.delete());
        MenuItem up = new MenuItem("Move up (Alt+Up)");
        up.setOnAction(e -> vm.move(-1));
        MenuItem down = new MenuItem("Move down (Alt+Down)");
        down.setOnAction(e -> vm.move(+1));
        ContextMenu m = new ContextMenu(rename, dup, del, up, down);
        if (item.kind() == Item.Kind.STACK) {
            boolean on = vm.isEnabled(item.name());
            MenuItem toggle = new MenuItem(on ? "Disable (Space)" : "Enable (Space)");
            toggle.setOnAction(e -> vm.setEnabled(item.name(), !on));
            m.getItems().add(toggle);
        }
        return m;
    }
}
