package com.cp1ki.app.editor.stack;

import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** The stack editor: name and on/off, then the serving section (API or GPU), then common costs. */
public final class StackView implements Editor {

    @FXML private Label stackKind;
    @FXML private GridPane nameForm;
    @FXML private CheckBox stackEnabled;
    @FXML private VBox servingHolder;
    @FXML private VBox commonHolder;
    @FXML private VBox sharingHolder;
    @FXML private VBox leversHolder;
    @FXML private Label stackEnabledMessage;
    private final StackViewModel vm;
    private final Parent root;

    public StackView(StackViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Stack");
    }

    @FXML
    private void initialize() {
        stackKind.setText(vm.kindLabel());
        FormGrid.fill(nameForm, List.of(vm.name()));
        stackEnabled.setSelected(vm.enabledProperty().get());
        stackEnabled.setOnAction(e -> {
            vm.setEnabled(stackEnabled.isSelected());
            stackEnabled.setSelected(vm.enabledProperty().get());
        });
        vm.enabledProperty().addListener((o, a, b) -> stackEnabled.setSelected(b));
        stackEnabledMessage.textProperty().bind(vm.enabledMessageProperty());
        stackEnabledMessage.visibleProperty().bind(vm.enabledMessageProperty().isNotNull());
        stackEnabledMessage.managedProperty().bind(stackEnabledMessage.visibleProperty());
        servingHolder.getChildren().setAll(vm.isApi() ? new ApiServingView(vm.apiServing(), vm.catalog()).root()
                : new GpuServingView(vm.gpuServing(), vm.catalog()).root());
        commonHolder.getChildren().setAll(new CommonCostsView(vm.common()).root());
        sharingHolder.getChildren().setAll(new SharingView(vm.sharing()).root());
        leversHolder.getChildren().setAll(new LeversView(vm.levers()).root());
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        vm.dispose();
    }
}
