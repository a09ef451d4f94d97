package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.scenario.CompareRow;
import com.cp1ki.app.scenario.OverrideRow;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenarios in the window: the shown one named everywhere, driving every chart and table; its overrides; the comparison. */
@ExtendWith(ApplicationExtension.class)
class ScenarioWindowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private void openPortfolio(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            assertTrue(wb.viewModel().open(Path.of("sample-projects/portfolio.cp1ki")).isEmpty());
            wb.charts().select(ChartKind.BILL);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void pick(FxRobot robot, String name) {
        ComboBox<String> picker = robot.lookup("#toolbarScenario").queryComboBox();
        robot.interact(() -> picker.setValue(name));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void results(FxRobot robot, String tab) {
        TabPane tabs = robot.lookup("#resultsTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tab.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theShownScenarioIsNamedEverywhereAndDrivesTheChartsAndTables(FxRobot robot) {
        openPortfolio(robot);
        Label banner = robot.lookup("#scenarioBanner").query();
        assertFalse(banner.isVisible(), "the base needs no banner");
        pick(robot, "Launch");
        assertTrue(banner.isVisible());
        assertTrue(banner.getText().contains("Launch"), banner.getText());
        assertTrue(stage.getTitle().endsWith("— scenario Launch"), stage.getTitle());
        assertEquals(ScenarioEngine.report(wb.viewModel().session().project(), "Launch"), wb.recompute().report());
        assertTrue(((Label) robot.lookup("#billHeadline").query()).getText().startsWith("Monthly bill $13,083.72"),
                "the Bill shows the scenario's bill");
        results(robot, "scenariosTab");
        TableView<OverrideRow> overrides = robot.lookup("#scenarioOverrides").queryTableView();
        assertEquals(2, overrides.getItems().size());
        assertEquals("40,000", overrides.getItems().get(0).base());
        ComboBox<String> inTab = robot.lookup("#scenarioPicker").queryComboBox();
        assertEquals("Launch", inTab.getValue(), "both pickers show the same scenario");
        for (int[] size : new int[][]{{1280, 720}, {1920, 1080}}) {
            PortfolioWindowTestShots.saveAt(robot, wb, size[0], size[1], "scenarios-" + size[0] + "x" + size[1]);
        }
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(banner.isVisible(), "undo shows the base again");
        assertEquals("Base", inTab.getValue());
    }

    @Test
    void theCompareTabPinsTheBaseAndHasAColumnPerScenario(FxRobot robot) {
        openPortfolio(robot);
        results(robot, "compareTab");
        TableView<CompareRow> table = robot.lookup("#compareTable").queryTableView();
        assertEquals(2 + 5, table.getColumns().size());
        assertEquals("Base", table.getColumns().get(2).getText());
        assertEquals("Launch", table.getColumns().get(3).getText());
        CompareRow bill = table.getItems().stream().filter(r -> r.measure().startsWith("monthly bill")).findFirst().orElseThrow();
        assertEquals("$6,825.33", bill.cells().get(0));
        assertTrue(bill.cells().get(1).startsWith("$13,083.72 (+$6,258.38, +91.7%)"), bill.cells().get(1));
        robot.interact(() -> wb.compareChart().showWindow(stage));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.BarChart<?, ?> chart = wb.compareChart().chart();
        assertEquals(5, chart.getData().size(), "a bar per column for each stack");
        assertEquals("Launch", chart.getData().get(1).getName());
        assertEquals(3, chart.getData().get(0).getData().size(), "chat on each of the three stacks");
        int all = table.getItems().size();
        robot.interact(() -> ((javafx.scene.control.CheckBox) robot.lookup("#compareOnlyChanged").query()).setSelected(true));
        assertTrue(table.getItems().size() < all && table.getItems().stream().allMatch(CompareRow::changed));
        for (int[] size : new int[][]{{1280, 720}, {1920, 1080}}) {
            PortfolioWindowTestShots.saveAt(robot, wb, size[0], size[1], "compare-" + size[0] + "x" + size[1]);
        }
        robot.interact(() -> Screenshots.save(chart.getScene().getRoot(), "compare-chart", 1));
    }
}
