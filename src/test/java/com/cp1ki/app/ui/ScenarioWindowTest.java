package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartAdapter;
import com.cp1ki.app.charts.Selection;
import com.cp1ki.app.scenario.CompareRow;
import com.cp1ki.app.scenario.ScenarioCharts;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
            WindowShots.saveAt(robot, wb, size[0], size[1], "scenarios-" + size[0] + "x" + size[1]);
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
        int all = table.getItems().size();
        robot.interact(() -> ((javafx.scene.control.CheckBox) robot.lookup("#compareOnlyChanged").query()).setSelected(true));
        assertTrue(table.getItems().size() < all && table.getItems().stream().allMatch(CompareRow::changed));
        for (int[] size : new int[][]{{1280, 720}, {1920, 1080}}) {
            WindowShots.saveAt(robot, wb, size[0], size[1], "compare-" + size[0] + "x" + size[1]);
        }
    }

    @Test
    void whileAScenarioIsShownTheEditorShowsAndEditsItsValuesWithTheBaseBeside(FxRobot robot) {
        openPortfolio(robot);
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(com.cp1ki.app.session.Item.workload("chat")));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField volume = robot.lookup("#workloadInferencesPerDay").queryAs(javafx.scene.control.TextField.class);
        Label base = robot.lookup("#workloadInferencesPerDayBase").queryAs(Label.class);
        assertEquals("40,000", volume.getText());
        assertFalse(base.isVisible(), "the base is shown: nothing beside the field");
        pick(robot, "Launch");
        assertEquals("120,000", volume.getText(), "the editor shows Launch's x3");
        assertTrue(base.isVisible());
        assertEquals("base 40,000", base.getText());
        Label banner = robot.lookup("#scenarioBanner").query();
        assertTrue(banner.getText().startsWith("Editing scenario \u201cLaunch\u201d"), banner.getText());
        robot.interact(() -> {
            volume.setText("90,000");
            volume.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        var session = wb.viewModel().session();
        assertEquals(40_000, session.project().workload("chat").orElseThrow().inferencesPerDay(), "the base is unchanged");
        assertEquals(com.cp1ki.engine.model.FieldOverride.setValue(ScenarioEngine.WORKLOADS + "[chat].inferencesPerDay", 90_000.0),
                session.project().scenario("Launch").orElseThrow().override("workloads[chat].inferencesPerDay"));
        assertEquals(ScenarioEngine.report(session.project(), "Launch"), wb.recompute().report(), "the charts show the edit");
        results(robot, "scenariosTab");
        TableView<OverrideRow> overrides = robot.lookup("#scenarioOverrides").queryTableView();
        OverrideRow row = overrides.getItems().stream().filter(r -> r.field().equals("workloads[chat].inferencesPerDay"))
                .findFirst().orElseThrow();
        assertEquals("40,000", row.base());
        assertEquals("= 90,000", row.change());
        for (int[] size : new int[][]{{1280, 720}, {1920, 1080}}) {
            WindowShots.saveAt(robot, wb, size[0], size[1], "scenario-editing-" + size[0] + "x" + size[1]);
        }
        // the override edited in place in the list, the base value beside it
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableColumn<OverrideRow, String> change = (javafx.scene.control.TableColumn<OverrideRow, String>)
                overrides.getColumns().stream().filter(c -> "overrideChangeColumn".equals(c.getId())).findFirst().orElseThrow();
        int index = overrides.getItems().indexOf(row);
        robot.interact(() -> overrides.edit(index, change));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField cell = robot.lookup("#scenarioOverrides .text-field").queryAs(javafx.scene.control.TextField.class);
        robot.interact(() -> {
            cell.setText("x4");
            cell.fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(com.cp1ki.engine.model.FieldOverride.scale("workloads[chat].inferencesPerDay", 4),
                session.project().scenario("Launch").orElseThrow().override("workloads[chat].inferencesPerDay"));
        assertEquals("160,000", volume.getText(), "the editor follows the list");
        robot.interact(() -> wb.viewModel().undo());
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("120,000", volume.getText(), "undo, twice, brings Launch's x3 back");
        pick(robot, "Base");
        assertEquals("40,000", volume.getText());
        assertFalse(base.isVisible());
    }

    private static List<Node> clickable(Node n) {
        List<Node> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (n.getOnMouseClicked() != null && n.isVisible()) {
            out.add(n);
        }
        if (n instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    private static MouseEvent click() {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, 1, 1, 1, 1, MouseButton.PRIMARY, 1,
                false, false, false, false, true, false, false, true, false, true, null);
    }

    @Test
    void theScenarioChartsOpenFromTheCompareTabExportAndExplainEachPoint(FxRobot robot, @TempDir Path dir) throws Exception {
        openPortfolio(robot);
        results(robot, "compareTab");
        robot.clickOn("#compareOpenScenarioCp1kiChart");
        WaitForAsyncUtils.waitForFxEvents();
        ScenarioCharts charts = wb.scenarioCharts();
        Stage window = charts.window();
        assertTrue(window != null && window.isShowing(), "the button opens the charts' window");
        assertEquals(ChartKind.SCENARIO_CP1KI, charts.selected());
        int columns = 1 + wb.viewModel().session().project().scenarios().size();
        for (ChartKind k : ChartKind.scenarioCharts()) {
            robot.interact(() -> charts.select(k));
            WaitForAsyncUtils.waitForFxEvents();
            ChartAdapter a = charts.adapter(k);
            assertFalse(a.isEmpty(), k + ": " + a.placeholderText());
            List<String> names = new ArrayList<>();
            a.chart().getData().forEach(ser -> names.addAll(List.of(ser.getName().split(" = "))));
            assertEquals(columns, names.size(), k + ": every column has its series (the same curves as one): " + names);
            assertTrue(names.get(0).equals("Base") && names.contains("Launch"), names.toString());
            assertNotNull(robot.lookup("#" + k.id() + "Export").tryQuery().orElse(null), k + " has Export…");
            List<Node> marks = new ArrayList<>();
            robot.interact(() -> marks.addAll(clickable(a.view())));
            assertFalse(marks.isEmpty(), k + " has points to click");
            for (Node m : marks) {
                robot.interact(() -> m.fireEvent(click()));
                Selection sel = charts.explanation().selection();
                assertNotNull(sel, k + ": a click is explained");
                assertFalse(sel.facts().isEmpty(), sel.title());
                assertTrue(sel.facts().get(0).startsWith("Scenario: "), sel.facts().toString());
            }
            Path csv = dir.resolve(k.fileStem() + ".csv");
            charts.exportTarget().setChooser((owner, name) -> csv);
            javafx.scene.control.MenuButton export = robot.lookup("#" + k.id() + "Export").query();
            robot.interact(() -> export.getItems().stream().filter(i -> (k.id() + "Csv").equals(i.getId()))
                    .findFirst().orElseThrow().fire());
            String text = Files.readString(csv);
            assertTrue(text.contains("Launch") && text.contains("Base"), k + " CSV names the columns: " + text);
            robot.interact(() -> DialogShots.save(robot, window, null, k.fileStem()));
        }
        // the charts follow every revision: an edit of the base moves the base's bars
        robot.interact(() -> charts.select(ChartKind.SCENARIO_CP1KI));
        ChartAdapter cp1ki = charts.adapter(ChartKind.SCENARIO_CP1KI);
        double before = ((Number) cp1ki.chart().getData().get(0).getData().get(0).getYValue()).doubleValue();
        robot.interact(() -> wb.viewModel().session().execute(new com.cp1ki.app.session.Edit("double Haiku output price",
                p -> com.cp1ki.engine.field.Fields.scaled(p, com.cp1ki.engine.field.FieldPath.parse(
                        "stacks[Claude Haiku 3.5].serving.outputPrice"), 2))));
        WaitForAsyncUtils.waitForFxEvents();
        double after = ((Number) charts.adapter(ChartKind.SCENARIO_CP1KI).chart().getData().get(0).getData().get(0)
                .getYValue()).doubleValue();
        assertTrue(after > before, before + " -> " + after);
    }
}
