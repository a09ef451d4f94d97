package com.cp1ki.app.editor.routing;

import com.cp1ki.app.form.FormField;
import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;

import java.util.List;

/** The routing section of the workload editor: one row per route (share, remove), add a stack, take out. */
public final class RoutingView {

    @FXML private Label routingSummary;
    @FXML private GridPane routingForm;
    @FXML private ComboBox<String> routingAddStack;
    @FXML private Button routingAdd;
    @FXML private Button routingClear;
    @FXML private Label routingMessage;
    private final RoutingViewModel vm;
    private final Parent root;
    private final ListChangeListener<RoutingViewModel.Row> rowsChanged = c -> rebuild();
    private final javafx.beans.value.ChangeListener<com.cp1ki.engine.model.Project> projectChanged =
            (o, a, b) -> refreshChoices();
    private final javafx.beans.value.ChangeListener<String> scenarioChanged = (o, a, b) -> refreshChoices();

    public RoutingView(RoutingViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Routing");
    }

    @FXML
    private void initialize() {
        routingSummary.textProperty().bind(vm.summaryProperty());
        routingMessage.textProperty().bind(vm.messageProperty());
        routingMessage.visibleProperty().bind(vm.messageProperty().isNotNull());
        routingMessage.managedProperty().bind(routingMessage.visibleProperty());
        routingAdd.setOnAction(e -> {
            String s = routingAddStack.getValue();
            if (s != null) {
                vm.add(s);
            }
        });
        routingClear.setOnAction(e -> vm.clear());
        vm.rows().addListener(rowsChanged);
        vm.session().projectProperty().addListener(projectChanged);
        vm.session().scenarioProperty().addListener(scenarioChanged);
        rebuild();
    }

    private void rebuild() {
        routingForm.getChildren().clear();
        routingForm.getRowConstraints().clear();
        List<FormField> shares = vm.rows().stream().map(RoutingViewModel.Row::share).toList();
        FormGrid.fill(routingForm, shares);
        for (int i = 0; i < vm.rows().size(); i++) {
            String stack = vm.rows().get(i).stack();
            Button remove = new Button("Remove");
            remove.setId("routingRemove" + i);
            remove.setTooltip(new javafx.scene.control.Tooltip("Stop routing to " + stack
                    + "; its share goes to the last other route (Ctrl+Z undoes)."));
            remove.setOnAction(e -> vm.remove(stack));
            routingForm.add(remove, 3, 2 * i);
        }
        routingClear.setDisable(vm.rows().isEmpty());
        refreshChoices();
    }

    private void refreshChoices() {
        String keep = routingAddStack.getValue();
        List<String> addable = vm.addableStacks();
        routingAddStack.getItems().setAll(addable);
        routingAddStack.setValue(keep != null && addable.contains(keep) ? keep : addable.isEmpty() ? null : addable.get(0));
        routingAdd.setDisable(addable.isEmpty());
        routingClear.setDisable(vm.rows().isEmpty());
    }

    public Parent root() {
        return root;
    }

    public void dispose() {
        vm.rows().removeListener(rowsChanged);
        vm.session().projectProperty().removeListener(projectChanged);
        vm.session().scenarioProperty().removeListener(scenarioChanged);
        vm.dispose();
    }
}
