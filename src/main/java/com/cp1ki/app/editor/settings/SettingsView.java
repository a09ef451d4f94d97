package com.cp1ki.app.editor.settings;

import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.form.FormGrid;
import com.cp1ki.app.fx.Fxml;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.GridPane;

import java.util.List;

/** The project settings editor. */
public final class SettingsView implements Editor {

    @FXML private GridPane nameForm;
    @FXML private GridPane currencyForm;
    @FXML private GridPane calendarForm;
    @FXML private GridPane rangeForm;
    @FXML private GridPane forecastForm;
    @FXML private GridPane simulationForm;
    @FXML private javafx.scene.control.Button settingsReseed;
    private final SettingsViewModel vm;
    private final Parent root;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        this.root = Fxml.load(this, "Settings");
    }

    @FXML
    private void initialize() {
        FormGrid.fill(nameForm, List.of(vm.name()));
        FormGrid.fill(currencyForm, vm.currency());
        FormGrid.fill(calendarForm, vm.calendar());
        FormGrid.fill(rangeForm, vm.range());
        ForecastFields f = vm.forecast();
        FormGrid.fill(forecastForm, f.growth());
        FormGrid.choice(forecastForm, f.preset());
        if (forecastForm.lookup("#" + ForecastFields.PRESET_ID) instanceof javafx.scene.control.ComboBox<?> box) {
            box.setPromptText("Custom (the decline below)");
        }
        FormGrid.fill(forecastForm, f.declines());
        FormGrid.fill(simulationForm, vm.simulation());
        settingsReseed.setOnAction(e -> vm.reseed());
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
