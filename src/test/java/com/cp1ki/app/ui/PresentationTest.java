package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartLayout;
import com.cp1ki.app.charts.ChartsPane;
import com.cp1ki.app.charts.MarginChart;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Presentation mode (View > Present, F11): one chart fills the window, the editor and the table
 * are gone, text is sized for a room; the keys a clicker sends step through the charts; Esc leaves.
 * Saves every chart presented at 1280 x 720 and 1920 x 1080 (target/screenshots/present-WxH-KIND.png).
 */
@ExtendWith(ApplicationExtension.class)
class PresentationTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private void size(FxRobot robot, int w, int h) {
        WorkbenchFixture.size(robot, stage, w, h);
    }

    private static boolean inScene(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return n.getScene() != null;
        }).orElse(false);
    }

    private ChartsPane charts(FxRobot robot) {
        return robot.lookup("#chartsPane").query();
    }

    @Test
    void f11ShowsOneChartLargeAndEscBringsTheWorkbenchBack(FxRobot robot) {
        size(robot, 1280, 720);
        robot.interact(() -> charts(robot).select(ChartKind.CROSSOVER));
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.view().presentation().isPresenting());
        assertTrue(inScene(robot, "#presentation"));
        assertFalse(inScene(robot, "#outlineTree"), "the outline is hidden");
        assertFalse(inScene(robot, "#resultsTable"), "the results table is hidden");
        assertFalse(inScene(robot, "#chartExplanation"), "the explanation panel is hidden");
        assertFalse(inScene(robot, "#crossoverChartExport"), "no export button on a slide");
        assertEquals("Crossover: document_summariser, with ops", robot.lookup("#presentTitle").queryAs(Label.class).getText());
        assertTrue(inScene(robot, "#headline"));
        XYChart<?, ?> chart = robot.lookup("#crossoverChart").query();
        List<String> problems = new ArrayList<>();
        robot.interact(() -> problems.addAll(ChartLayout.problems(chart, 900, 720 * 0.45)));
        assertEquals(List.of(), problems);
        Font tick = ChartLayout.ticks(chart.getXAxis()).get(0).getFont();
        assertTrue(tick.getSize() >= 19, "tick labels sized for a room, were " + tick.getSize() + " px");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wb.view().presentation().isPresenting());
        assertTrue(inScene(robot, "#outlineTree"));
        assertTrue(inScene(robot, "#resultsTable"));
        assertTrue(inScene(robot, "#crossoverChartExport"));
        assertEquals(ChartKind.CROSSOVER, charts(robot).selected(), "the chart last shown stays selected");
        assertTrue(robot.lookup("#crossoverChart").query().getScene() != null);
    }

    @Test
    void theViewMenuPresentsAndTheClickersKeysStepThroughEveryChart(FxRobot robot) {
        size(robot, 1280, 720);
        robot.interact(() -> charts(robot).select(ChartKind.CP1KI));
        robot.clickOn("View").clickOn("#presentItem");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.view().presentation().isPresenting());
        List<ChartKind> seen = new ArrayList<>(List.of(charts(robot).selected()));
        for (KeyCode k : List.of(KeyCode.PAGE_DOWN, KeyCode.RIGHT, KeyCode.PAGE_DOWN, KeyCode.RIGHT)) {
            robot.push(k);
            WaitForAsyncUtils.waitForFxEvents();
            seen.add(charts(robot).selected());
        }
        // the seed routes nothing, so its Bill is empty and the keys pass it by
        assertEquals(List.of(ChartKind.CP1KI, ChartKind.CROSSOVER, ChartKind.ROI, ChartKind.MARGIN,
                ChartKind.COST_DISTRIBUTION), seen, "every chart of the seed that draws something, in tab order");
        robot.push(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartKind.MARGIN, charts(robot).selected());
        robot.push(KeyCode.RIGHT).push(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ChartKind.CP1KI, charts(robot).selected(), "it wraps around");
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(wb.view().presentation().isPresenting());
    }

    private List<String> presentEvery(FxRobot robot, int w, int h) {
        size(robot, w, h);
        robot.interact(() -> charts(robot).select(ChartKind.CP1KI));
        robot.push(KeyCode.F11);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        List<ChartKind> drawn = new ArrayList<>();
        robot.interact(() -> ChartKind.inPane().stream().filter(k -> !charts(robot).adapter(k).isEmpty())
                .forEach(drawn::add));
        for (ChartKind k : drawn) {
            assertEquals(k, charts(robot).selected(), "Page Down shows the next chart that draws something");
            robot.interact(() -> {
                List<XYChart<?, ?>> shown = new ArrayList<>(List.of(charts(robot).adapter(k).chart()));
                problems.addAll(ChartLayout.cut(charts(robot).adapter(k).view()));
                if (charts(robot).adapter(k) instanceof MarginChart m) {
                    shown.add(m.densityChart());
                }
                for (XYChart<?, ?> c : shown) {
                    boolean strip = c.getId().equals("marginDensityChart");
                    problems.addAll(ChartLayout.problems(c, w * 0.6, strip ? h * 0.1 : h * 0.32));
                }
                Node root = wb.view().root();
                Screenshots.save(root, "present-" + w + "x" + h + "-" + k.fileStem(), 1);
            });
            robot.push(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.push(KeyCode.ESCAPE);
        return problems;
    }

    @Test
    void everyChartPresentsReadablyAt1280x720() {
        assertEquals(List.of(), presentEvery(new FxRobot(), 1280, 720));
    }

    @Test
    void everyChartPresentsReadablyAt1920x1080() {
        assertEquals(List.of(), presentEvery(new FxRobot(), 1920, 1080));
    }
}
