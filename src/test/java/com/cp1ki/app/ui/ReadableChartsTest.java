package com.cp1ki.app.ui;

import com.cp1ki.app.TestProjects;
import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartLayout;
import com.cp1ki.app.charts.ChartsPane;
import com.cp1ki.app.charts.MarginChart;
import javafx.scene.chart.XYChart;
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

/**
 * Every chart reads well in the window at a projector's 1280 x 720 and at 1920 x 1080: no overlapping
 * tick labels, no axis title cut short or lying over ticks, no plot squeezed flat. The seed is routed,
 * batched and given a moving forecast ({@link TestProjects#everyChartDraws}) so that every chart, the
 * Bill, Levers and Forecast too, has something to draw and is checked (the plain seed's flat forecast
 * draws a sentence, which no layout check sees). Saves each chart tab at both sizes
 * (target/screenshots/charts-WxH-KIND.png).
 */
@ExtendWith(ApplicationExtension.class)
class ReadableChartsTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage, TestProjects.everyChartDraws(com.cp1ki.io.project.Samples.seed()));
    }

    private List<String> everyChartAt(FxRobot robot, int width, int height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ChartsPane charts = robot.lookup("#chartsPane").query();
        List<String> problems = new ArrayList<>();
        for (ChartKind k : ChartKind.inPane()) {
            robot.interact(() -> charts.select(k));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                if (charts.adapter(k).isEmpty()) {
                    problems.add(k + " draws nothing (" + charts.adapter(k).placeholderText() + "), so nothing of it is checked");
                }
                List<XYChart<?, ?>> shown = new ArrayList<>(List.of(charts.adapter(k).chart()));
                problems.addAll(ChartLayout.cut(charts.adapter(k).view()));
                if (charts.adapter(k) instanceof MarginChart m) {
                    shown.add(m.densityChart());
                }
                for (XYChart<?, ?> c : shown) {
                    // the margin's usage strip is a strip: its plot may be low, never flat
                    boolean strip = c.getId().equals("marginDensityChart");
                    // beside the outline, editor and table a plot keeps a sixth of the window's height (120 px at
                    // 720, 180 at 1080); presentation mode (PresentationTest) gives one chart the whole window
                    problems.addAll(ChartLayout.problems(c, 250, strip ? 55 : height / 6.0));
                }
                Screenshots.save(wb.scene().getRoot(), "charts-" + width + "x" + height + "-" + k.fileStem(), 1);
            });
        }
        return problems;
    }

    @Test
    void everyChartReadsAtAProjectors1280x720() {
        assertEquals(List.of(), everyChartAt(new FxRobot(), 1280, 720));
    }

    @Test
    void everyChartReadsAt1920x1080() {
        assertEquals(List.of(), everyChartAt(new FxRobot(), 1920, 1080));
    }
}
