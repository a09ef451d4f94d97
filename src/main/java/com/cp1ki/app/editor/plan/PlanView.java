package com.cp1ki.app.editor.plan;

import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;

/** The plan editor. */
public final class PlanView implements Editor {

    @FXML private GridPane pricingForm;
    @FXML private GridPane stackForm;
    @FXML private FlowPane planWorkloads;
    @FXML private Label planWorkloadsError;
    @FXML private GridPane usageForm;
    private final PlanViewModel vm;
    private final Parent root;
    private final javafx.beans.value.ChangeListener<Object> rebuild = (o, a, b) -> workloads();

    public PlanView(PlanViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Plan");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(pricingForm, vm.pricing());
        FormGrid.choice(stackForm, vm.stack());
        FormGrid.fill(usageForm, vm.usage());
        vm.session().projectProperty().addListener(rebuild);
        workloads();
    }

    private void workloads() {
        planWorkloads.getChildren().clear();
        for (String w : vm.workloadNames()) {
            CheckBox box = new CheckBox(w);
            box.setMnemonicParsing(false);
            box.setId("planWorkload-" + w.replaceAll("[^A-Za-z0-9]", "_"));
            box.setSelected(vm.includes(w));
            box.setOnAction(e -> {
                var err = vm.setIncluded(w, box.isSelected());
                planWorkloadsError.setText(err.orElse(""));
                if (err.isPresent()) {
                    box.setSelected(!box.isSelected());
                }
            });
            planWorkloads.getChildren().add(box);
        }
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        vm.session().projectProperty().removeListener(rebuild);
        vm.dispose();
    }
}
