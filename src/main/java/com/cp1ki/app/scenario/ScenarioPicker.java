package com.cp1ki.app.scenario;

import javafx.scene.control.ComboBox;

/** A combo box that shows and switches the session's shown scenario ("Base" when none). */
public final class ScenarioPicker {

    private ScenarioPicker() {
    }

    public static void bind(ComboBox<String> picker, ScenariosViewModel vm) {
        picker.setItems(vm.names());
        Runnable follow = () -> {
            String shown = vm.session().scenario();
            picker.setValue(shown == null ? com.cp1ki.engine.model.Scenario.BASE : shown);
        };
        follow.run();
        vm.session().scenarioProperty().addListener((o, a, b) -> follow.run());
        vm.names().addListener((javafx.collections.ListChangeListener<String>) c -> follow.run());
        picker.setOnAction(e -> {
            String v = picker.getValue();
            String shown = vm.session().scenario();
            String current = shown == null ? com.cp1ki.engine.model.Scenario.BASE : shown;
            if (v != null && !v.equals(current)) {
                vm.show(v);
            }
        });
        picker.setTooltip(new javafx.scene.control.Tooltip("The scenario every chart and table shows"));
    }
}
