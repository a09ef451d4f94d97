package com.cp1ki.app.scenario;

import com.cp1ki.app.recompute.RecomputeService;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.function.Consumer;

/**
 * The shown scenario, visible at all times: a picker in the main toolbar, a banner under it while
 * a scenario (not the base) drives the charts and tables, and a Scenarios menu with shortcuts.
 */
public final class ScenarioBar {

    private ScenarioBar() {
    }

    /** {@code selectTab} brings a results tab to the front by its id. */
    public static void install(BorderPane root, Consumer<String> selectTab, ScenariosViewModel scenarios,
                               RecomputeService recompute, Runnable chart) {
        if (!(root.getTop() instanceof VBox top)) {
            return;
        }
        ComboBox<String> picker = new ComboBox<>();
        picker.setId("toolbarScenario");
        picker.setFocusTraversable(false);
        ScenarioPicker.bind(picker, scenarios);
        Label banner = new Label();
        banner.setId("scenarioBanner");
        banner.getStyleClass().add("banner-warning");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.textProperty().bind(recompute.reportedScenarioProperty().map(ScenarioBar::banner));
        banner.visibleProperty().bind(recompute.reportedScenarioProperty().isNotNull());
        banner.managedProperty().bind(banner.visibleProperty());
        for (Node n : top.getChildren()) {
            if (n instanceof MenuBar menus) {
                menus.getMenus().add(menu(selectTab, scenarios, chart));
            }
            if (n instanceof ToolBar bar) {
                bar.getItems().addAll(new Separator(), new Label("Scenario:"), picker);
                top.getChildren().add(top.getChildren().indexOf(bar) + 1, banner);
                break;
            }
        }
    }

    /** What the banner says while scenario {@code n} is shown: that everything shows it, and what an edit changes. */
    static String banner(String n) {
        return "Editing scenario \u201c" + n + "\u201d: charts, tables and editors show its values; a change becomes its"
                + " override (the base's value beside the field). Ctrl+Shift+B: back to the base.";
    }

    private static Menu menu(Consumer<String> selectTab, ScenariosViewModel scenarios, Runnable chart) {
        Menu menu = new Menu("_Scenarios");
        menu.setId("scenariosMenu");
        MenuItem save = new MenuItem("_Save changes as scenario…");
        save.setId("saveChangesAsScenarioItem");
        save.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+N"));
        save.setOnAction(e -> {
            selectTab.accept("scenariosTab");
            TextInputDialog d = new TextInputDialog("");
            d.setTitle("Save the changes as a scenario");
            d.setHeaderText(null);
            d.setContentText("Name:");
            d.showAndWait().ifPresent(scenarios::saveChangesAsScenario);
        });
        MenuItem base = new MenuItem("Show the _base");
        base.setId("showBaseItem");
        base.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+B"));
        base.setOnAction(e -> scenarios.show(null));
        MenuItem edit = new MenuItem("_Edit overrides");
        edit.setId("editOverridesItem");
        edit.setOnAction(e -> selectTab.accept("scenariosTab"));
        MenuItem compare = new MenuItem("_Compare side by side");
        compare.setId("compareScenariosItem");
        compare.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+C"));
        compare.setOnAction(e -> selectTab.accept("compareTab"));
        MenuItem bars = new MenuItem("C_harts by scenario…");
        bars.setId("compareChartItem");
        bars.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+G"));
        bars.setOnAction(e -> chart.run());
        menu.getItems().addAll(save, base, edit, compare, bars);
        return menu;
    }
}
