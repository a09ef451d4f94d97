package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.results.ResultRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    @Test
    void theSeedSampleOpensWithItsNumbersAndChartsAtOnce(FxRobot robot) {
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        assertEquals(wb.recompute().report().results().size(), table.getItems().size());
        assertEquals("3.04", table.getItems().get(0).cp1ki().text(), "Claude Haiku 3.5 at seed 004's $3.04, in USD as the article states it");
        assertTrue(robot.lookup("#chartsPane").tryQuery().isPresent());
        assertTrue(stage.getTitle().startsWith("CP1Ki Workbench — summariser-seed.cp1ki"), stage.getTitle());
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "main-window", 1));
    }

    @Test
    void selectingAResultRowShowsHowItsNumberWasComputed(FxRobot robot) {
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        javafx.scene.Node haikuCell = robot.from(table).lookup((javafx.scene.control.TableCell<?, ?> c) ->
                "Claude Haiku 3.5".equals(c.getText())).query();
        robot.clickOn(haikuCell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Claude Haiku 3.5", table.getSelectionModel().getSelectedItem().stack());
        javafx.scene.Node panel = robot.lookup("#chartExplanation").query();
        java.util.List<String> substituted = robot.from(panel).lookup(".explanation-substituted").queryAll().stream()
                .map(n -> ((javafx.scene.control.Label) n).getText()).toList();
        assertTrue(substituted.stream().anyMatch(t -> t.startsWith("(1,800 x 0.80 + 400 x 4.00) / 1,000,000")),
                "seed 004's token cost with the inputs plugged in: " + substituted);
        // the heading names the stack; the workload goes on its own muted line, so the panel's
        // wrap cannot cut a long workload name mid-word in the bold heading
        assertEquals("CP1Ki of Claude Haiku 3.5",
                ((javafx.scene.control.Label) robot.from(panel).lookup(".explanation-title").query()).getText());
        assertEquals("serving document_summariser",
                ((javafx.scene.control.Label) robot.from(panel).lookup(".explanation-context").query()).getText());
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "main-window-explained-row", 1));
    }

    @Test
    void atLaptopSizeNoResultHeaderCellOrChartAxisLabelIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        assertFalse(table.getColumns().get(0).isVisible(), "one workload: the workload column says nothing");
        java.util.List<String> cut = new java.util.ArrayList<>(cutShort(robot.from(table).lookup(".label").queryAll()));
        cut.addAll(cutShort(robot.from(table).lookup(".table-cell").queryAll()));
        javafx.scene.Node chart = robot.lookup("#cp1kiChart").query();
        cut.addAll(cutShort(robot.from(chart).lookup(".axis-label").queryAll()));
        assertEquals(java.util.List.of(), cut, "texts shown with an ellipsis");
        assertTrue(robot.from(table).lookup(".label").queryAll().stream()
                .anyMatch(n -> "CP1Ki".equals(((javafx.scene.control.Label) n).getText())));
    }

    @Test
    void atLaptopSizeTheOutlineShowsEveryItemOfTheSeedWithoutScrolling(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TreeView<?> tree = robot.lookup("#outlineTree").query();
        assertEquals(1 + 1 + 4 + 1, wb.session().project().workloads().size() + wb.session().project().stacks().size()
                + wb.session().project().plans().size() + 1, "settings, one workload, four stacks, one plan");
        java.util.List<javafx.scene.Node> bars = robot.from(tree).lookup(".scroll-bar").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.ScrollBar b
                        && b.getOrientation() == javafx.geometry.Orientation.VERTICAL && b.isVisible()).toList();
        assertEquals(java.util.List.of(), bars, "the outline needs a vertical scroll bar");
        javafx.geometry.Bounds treeBox = tree.localToScene(tree.getLayoutBounds());
        for (javafx.scene.Node cell : robot.from(tree).lookup(".tree-cell").queryAll()) {
            if (cell.isVisible() && cell instanceof javafx.scene.control.TreeCell<?> c && c.getItem() != null) {
                assertTrue(cell.localToScene(cell.getLayoutBounds()).getMaxY() <= treeBox.getMaxY() + 0.5,
                        c.getText() + " is cut off at the outline's bottom");
            }
        }
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "main-window-outline", 1));
    }

    @Test
    void withTwoWorkloadsTheWorkloadColumnShowsAndNothingIsCutShort(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            assertTrue(wb.viewModel().open(java.nio.file.Path.of("sample-projects/azure-llm-traces.cp1ki")).isEmpty());
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        assertTrue(table.getColumns().get(0).isVisible());
        java.util.List<String> cut = new java.util.ArrayList<>(cutShort(robot.from(table).lookup(".label").queryAll()));
        cut.addAll(cutShort(robot.from(table).lookup(".table-cell").queryAll()));
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "main-window-two-workloads", 1));
        assertEquals(java.util.List.of(), cut, "texts shown with an ellipsis");
        javafx.scene.chart.XYChart<?, ?> chart = robot.lookup("#cp1kiChart").query();
        assertEquals(6, ((javafx.scene.chart.CategoryAxis) chart.getXAxis()).getCategories().size());
        assertEquals(java.util.List.of(), hiddenTicks(robot, chart), "stack names the category axis dropped");
    }

    private static java.util.List<String> hiddenTicks(FxRobot robot, javafx.scene.chart.XYChart<?, ?> chart) {
        java.util.List<String> out = new java.util.ArrayList<>();
        robot.interact(() -> out.addAll(com.cp1ki.app.charts.TickLabels.hidden(chart.getXAxis())));
        return out;
    }

    /** "full text -> shown text" of every visible labelled node whose text does not fit. */
    private static java.util.List<String> cutShort(java.util.Collection<javafx.scene.Node> nodes) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (javafx.scene.Node n : nodes) {
            if (n instanceof javafx.scene.control.Labeled l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()) {
                l.lookupAll(".text").stream().filter(t -> t instanceof javafx.scene.text.Text && t.getParent() == l)
                        .map(t -> ((javafx.scene.text.Text) t).getText())
                        .filter(shown -> !shown.equals(l.getText()))
                        .forEach(shown -> out.add(l.getText() + " -> " + shown));
            }
        }
        return out;
    }

    @Test
    void theDarkThemeIsOneStylesheetAwayAndKeepsTheWindowReadable(FxRobot robot) {
        robot.clickOn("View").clickOn("#darkThemeItem");
        assertTrue(wb.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "main-window-dark", 1));
        robot.clickOn("View").clickOn("#darkThemeItem");
        assertFalse(wb.scene().getStylesheets().stream().anyMatch(s -> s.endsWith("dark.css")));
    }
}
