package com.cp1ki.app.scenario;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Scenarios tab: the scenario shown, its actions, and its overrides with each field's base value
 * beside it; a field and a value ("7.5", "x3", "-50%", "on") set an override. Binds and delegates.
 */
public final class ScenariosView {

    private final ScenariosViewModel vm;
    private final Tab tab = new Tab("Scenarios");
    private final ComboBox<String> picker = new ComboBox<>();
    private final TableView<OverrideRow> table = new TableView<>();

    /** {@code mergeFile} asks for a project file and passes it to the view model (file dialogs live in the window). */
    public ScenariosView(ScenariosViewModel vm, Consumer<ScenariosViewModel> mergeFile) {
        this.vm = vm;
        picker.setId("scenarioPicker");
        picker.setItems(vm.names());
        ScenarioPicker.bind(picker, vm);
        Button save = button("scenarioSaveChanges", "Save changes as scenario…",
                "The edits since the last save become a new scenario; the base goes back to as saved (Ctrl+Shift+N)");
        save.setOnAction(e -> ask("Save the changes as a scenario", "Name:", "").ifPresent(vm::saveChangesAsScenario));
        Button duplicate = button("scenarioDuplicate", "Duplicate", "A copy of the shown scenario");
        duplicate.setOnAction(e -> vm.duplicate());
        Button rename = button("scenarioRename", "Rename…", "Rename the shown scenario");
        rename.setOnAction(e -> ask("Rename the scenario", "New name:", vm.session().scenario()).ifPresent(vm::rename));
        Button delete = button("scenarioDelete", "Delete", "Delete the shown scenario (Undo brings it back)");
        delete.setOnAction(e -> vm.delete());
        Button merge = button("scenarioMerge", "Merge from file…", "Add the scenarios of another .cp1ki project");
        merge.setOnAction(e -> mergeFile.accept(vm));
        var noScenario = vm.session().scenarioProperty().isNull();
        duplicate.disableProperty().bind(noScenario);
        rename.disableProperty().bind(noScenario);
        delete.disableProperty().bind(noScenario);
        FlowPane actions = new FlowPane(6, 4, new Label("Shown:"), picker, save, duplicate, rename, delete, merge);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        picker.setPrefWidth(200);

        Label message = warning("scenarioMessage", vm.messageProperty());

        table.setId("scenarioOverrides");
        table.setItems(vm.overrides());
        table.getColumns().add(column("Field", OverrideRow::field, 340));
        table.getColumns().add(column("Base value", OverrideRow::base, 110));
        TableColumn<OverrideRow, String> change = column("Override", OverrideRow::change, 110);
        change.setId("overrideChangeColumn");
        change.setCellFactory(javafx.scene.control.cell.TextFieldTableCell.forTableColumn());
        change.setOnEditCommit(e -> vm.setOverride(e.getRowValue().field(), e.getNewValue()));
        change.setEditable(true);
        table.setEditable(true);
        table.getColumns().add(change);
        table.getColumns().add(column("Problem", OverrideRow::problem, 360));
        table.getColumns().forEach(c -> c.setEditable(c == change));
        table.setMinHeight(48);
        table.setPrefHeight(120);
        table.setPlaceholder(new Label("The base is shown. Pick a scenario above, or save your edits as one."));
        VBox.setVgrow(table, Priority.ALWAYS);

        ComboBox<String> field = new ComboBox<>(vm.fields());
        field.setId("overrideField");
        field.setEditable(true);
        field.setPromptText("field, e.g. workloads[chat].inferencesPerDay");
        field.setPrefWidth(300);
        TextField value = new TextField();
        value.setId("overrideValue");
        value.setPromptText("7.5, x3, -50%, on, RESERVED_1Y");
        value.setTooltip(new Tooltip("A value sets the field; x3 or -50% scales the base's value; on/off; a choice;"
                + " 'not set' unsets an optional number"));
        Button set = button("overrideSet", "Set override", "Set or replace this field's override in the shown scenario");
        Runnable apply = () -> vm.setOverride(field.getEditor().getText(), value.getText());
        set.setOnAction(e -> apply.run());
        value.setOnAction(e -> apply.run());
        Button remove = button("overrideRemove", "Remove override", "Remove the selected override (Undo brings it back)");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.removeOverride(table.getSelectionModel().getSelectedItem().field()));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> {
            if (row != null) {
                field.getEditor().setText(row.field());
            }
        });
        FlowPane editor = new FlowPane(6, 4, field, value, set, remove);
        editor.disableProperty().bind(noScenario);

        VBox box = new VBox(6, actions, message, table, editor);
        box.setPadding(new Insets(6));
        tab.setId("scenariosTab");
        tab.setClosable(false);
        tab.setContent(box);
    }

    /** A warning line that shows {@code text} while it is not null, and takes no room otherwise. */
    static Label warning(String id, javafx.beans.value.ObservableStringValue text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("banner-warning");
        l.textProperty().bind(text);
        l.visibleProperty().bind(javafx.beans.binding.Bindings.isNotNull(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static Button button(String id, String text, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        return b;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static Optional<String> ask(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(label);
        return d.showAndWait();
    }

    public Tab tab() {
        return tab;
    }

    public TableView<OverrideRow> table() {
        return table;
    }
}
