package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartLayout;
import com.cp1ki.app.scenario.CompareRow;
import javafx.geometry.Bounds;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The comparison of scenarios reads at a projector's 1280 x 720 (its tab gets room under the charts;
 * the window's default left one row) and at 1920 x 1080, where the charts keep their room; the
 * height the user gives a results tab comes back with it. Saves compare-room-WxH.png.
 */
@ExtendWith(ApplicationExtension.class)
class CompareRoomTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private void open(FxRobot robot, int w, int h) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(w);
            stage.setHeight(h);
            assertTrue(wb.viewModel().open(Path.of("sample-projects/portfolio.cp1ki")).isEmpty());
            wb.charts().select(ChartKind.CP1KI);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void results(FxRobot robot, String tab) {
        TabPane tabs = robot.lookup("#resultsTabs").query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tab.equals(t.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Rows of the comparison wholly on screen (above the horizontal scroll bar). */
    private static int rowsShown(TableView<CompareRow> table) {
        Bounds view = table.localToScene(table.getLayoutBounds());
        double bottom = view.getMaxY();
        for (var bar : table.lookupAll(".scroll-bar")) {
            if (bar instanceof javafx.scene.control.ScrollBar s && s.isVisible()
                    && s.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                bottom = Math.min(bottom, s.localToScene(s.getLayoutBounds()).getMinY());
            }
        }
        int n = 0;
        for (var node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> r && r.isVisible() && r.getItem() != null) {
                Bounds b = r.localToScene(r.getLayoutBounds());
                if (b.getMinY() >= view.getMinY() && b.getMaxY() <= bottom + 0.5) {
                    n++;
                }
            }
        }
        return n;
    }

    private SplitPane chartSplit(FxRobot robot) {
        return robot.lookup("#chartSplit").query();
    }

    private List<String> compareAt(FxRobot robot, int w, int h, int rows) {
        open(robot, w, h);
        results(robot, "compareTab");
        TableView<CompareRow> table = robot.lookup("#compareTable").queryTableView();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            int shown = rowsShown(table);
            if (shown < rows) {
                problems.add(shown + " rows of the comparison shown at " + w + "x" + h + ", want " + rows);
            }
            // the chart above still reads: lower while the comparison is read at 720, never cut or overlapping
            problems.addAll(ChartLayout.problems(wb.charts().adapter(ChartKind.CP1KI).chart(), 250, h < 1000 ? 90 : h / 6.0));
            Screenshots.save(wb.scene().getRoot(), "compare-room-" + w + "x" + h, 1);
        });
        return problems;
    }

    @Test
    void theComparisonReadsAtAProjectors1280x720() {
        assertEquals(List.of(), compareAt(new FxRobot(), 1280, 720, 4));
    }

    @Test
    void theComparisonReadsAt1920x1080AndTheChartsKeepTheirRoom(FxRobot robot) {
        assertEquals(List.of(), compareAt(robot, 1920, 1080, 6));
        assertEquals(0.72, chartSplit(robot).getDividerPositions()[0], 0.01, "at 1080 the default already fits");
    }

    @Test
    void eachResultsTabKeepsTheHeightTheUserGaveIt(FxRobot robot) {
        open(robot, 1280, 720);
        results(robot, "resultsTab");
        double standard = chartSplit(robot).getDividerPositions()[0];
        results(robot, "compareTab");
        double compare = chartSplit(robot).getDividerPositions()[0];
        assertTrue(compare < standard - 0.1, "the comparison gets room: " + compare + " vs " + standard);
        results(robot, "resultsTab");
        assertEquals(standard, chartSplit(robot).getDividerPositions()[0], 1e-6, "leaving it gives the charts back their room");
        robot.interact(() -> chartSplit(robot).setDividerPositions(0.6)); // as a drag of the divider does
        results(robot, "compareTab");
        robot.interact(() -> chartSplit(robot).setDividerPositions(0.35));
        results(robot, "resultsTab");
        assertEquals(0.6, chartSplit(robot).getDividerPositions()[0], 0.01);
        results(robot, "compareTab");
        assertEquals(0.35, chartSplit(robot).getDividerPositions()[0], 0.01);
    }
}
