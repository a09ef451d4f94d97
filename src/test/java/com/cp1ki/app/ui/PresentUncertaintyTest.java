package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartLayout;
import com.cp1ki.app.charts.ChartsPane;
import com.cp1ki.app.uncertainty.UncertaintyRun;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * View > Present steps on from the pane's charts into the Uncertainty charts (tornado, histogram,
 * cumulative curve of the output picked in the Uncertainty window) while a complete simulation of the
 * project as it is is at hand, with n and seed in each simulated slide's title; never before a run,
 * during one, after a cancel or after an edit. The ranged seed sample at 100 draws; the background
 * executor is a queue the test drains, so it can act mid-run. Saves present-WxH-tornado.png etc.
 */
@ExtendWith(ApplicationExtension.class)
class PresentUncertaintyTest {

    private static final String GPT = "cp1ki/document_summariser/GPT-4o";
    private static final List<String> SIM = List.of("tornadoChart", "histogramChart", "cumulativeChart");

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        wb = WorkbenchFixture.ranged(stage, queue);
    }

    private void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    private ChartsPane charts() {
        return wb.charts();
    }

    private void size(FxRobot robot, int w, int h) {
        WorkbenchFixture.size(robot, stage, w, h);
    }

    /** Runs the simulation in the Uncertainty window to the end, picks GPT-4o's CP1Ki, closes the window. */
    private void simulate(FxRobot robot) {
        robot.interact(() -> wb.view().uncertaintyItem().fire());
        robot.interact(this::drain);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(UncertaintyRun.State.DONE, wb.uncertainty().run().stateProperty().get());
        robot.interact(() -> {
            wb.uncertainty().outputProperty().set(GPT);
            wb.uncertaintyWindow().stage().hide();
            stage.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void key(FxRobot robot, KeyCode k) {
        robot.push(k);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String title(FxRobot robot) {
        return robot.lookup("#presentTitle").queryAs(Label.class).getText();
    }

    /** What the presentation shows as a user steps right from the first chart, once round. */
    private List<String> roundTrip(FxRobot robot) {
        List<String> seen = new ArrayList<>();
        key(robot, KeyCode.HOME);
        for (int i = 0; i < ChartKind.inPane().size() + 3; i++) {
            seen.add(charts().presentedSlide() != null ? charts().presentedSlide() : charts().selected().id());
            key(robot, KeyCode.RIGHT);
        }
        return seen;
    }

    @Test
    void withoutASimulationPresentingShowsThePanesChartsOnly(FxRobot robot) {
        size(robot, 1280, 720);
        key(robot, KeyCode.F11);
        assertTrue(wb.view().presentation().isPresenting());
        assertTrue(roundTrip(robot).stream().noneMatch(SIM::contains), "nothing simulated: no Uncertainty slide");
        key(robot, KeyCode.END);
        assertNull(charts().presentedSlide());
    }

    @Test
    void afterACompleteRunTheKeysStepIntoTheTornadoHistogramAndCumulativeCurve(FxRobot robot) {
        size(robot, 1280, 720);
        simulate(robot);
        key(robot, KeyCode.F11);
        List<String> seen = roundTrip(robot);
        int first = seen.indexOf("tornadoChart");
        assertTrue(first > 0, seen.toString());
        assertEquals(SIM, seen.subList(first, first + 3), "after the pane's charts, in the window's order: " + seen);
        assertEquals(seen.get(0), seen.get(first + 3), "then round to the first chart again");

        key(robot, KeyCode.END);
        assertEquals("cumulativeChart", charts().presentedSlide());
        assertTrue(title(robot).startsWith("Cumulative: CP1Ki of document_summariser on GPT-4o"), title(robot));
        assertTrue(title(robot).contains("on GPT-4o: cumulative distribution, n = 100, seed = 42"),
                "every simulated number says n and seed, in words: " + title(robot));
        XYChart<?, ?> cumulative = robot.lookup("#cumulativeChart").query();
        assertTrue(cumulative.getScene() == stage.getScene() && cumulative.isVisible());
        assertTrue(((javafx.scene.chart.NumberAxis) cumulative.getXAxis()).getLabel().contains("n = 100, seed = 42"));
        assertFalse(robot.lookup("#headline").tryQuery().map(Node::getScene).isPresent(),
                "the point headline is not on an Uncertainty slide");
        key(robot, KeyCode.PAGE_UP);
        assertEquals("histogramChart", charts().presentedSlide());
        assertTrue(title(robot).contains("on GPT-4o: distribution, n = 100, seed = 42"), title(robot));
        key(robot, KeyCode.PAGE_UP);
        assertEquals("tornadoChart", charts().presentedSlide());
        assertTrue(title(robot).startsWith("Tornado: What moves CP1Ki of document_summariser on GPT-4o"), title(robot));
        key(robot, KeyCode.PAGE_UP);
        assertNull(charts().presentedSlide(), "back to the pane's last chart that draws");
        assertTrue(robot.lookup("#headline").query().getScene() != null, "its headline is back");

        key(robot, KeyCode.ESCAPE);
        assertFalse(wb.view().presentation().isPresenting());
        assertNull(charts().presentedSlide());
    }

    @Test
    void anEditWhilePresentingEmptiesTheSlideAndTheKeysPassItBy(FxRobot robot) {
        size(robot, 1280, 720);
        simulate(robot);
        key(robot, KeyCode.F11);
        key(robot, KeyCode.END);
        key(robot, KeyCode.PAGE_UP);
        assertEquals("histogramChart", charts().presentedSlide());
        // Reseed from the keyboard's undo stack's point of view: one edit of the project
        robot.interact(() -> wb.uncertainty().reseed());
        robot.interact(this::drain);
        WaitForAsyncUtils.waitForFxEvents();
        Node placeholder = robot.lookup("#histogramChartPlaceholder").query();
        assertTrue(placeholder.isVisible(), "the old seed's histogram leaves the stage at once");
        assertEquals("Histogram: no simulation of the project as it is yet", title(robot));
        assertFalse(robot.lookup("#histogramChart").query().isVisible());
        key(robot, KeyCode.RIGHT);
        assertNull(charts().presentedSlide(), "no simulation of the project as it is: on to the pane's charts");
        assertTrue(roundTrip(robot).stream().noneMatch(SIM::contains));
    }

    @Test
    void aCancelledRunIsNotPresentedAndAScenarioIsNamed(FxRobot robot) {
        size(robot, 1280, 720);
        robot.interact(() -> wb.view().uncertaintyItem().fire());
        robot.interact(() -> {
            for (int i = 0; i < 20 && !queue.isEmpty(); i++) {
                queue.poll().run();
            }
            wb.uncertainty().run().cancel();
            drain();
            wb.uncertaintyWindow().stage().hide();
        });
        assertEquals(UncertaintyRun.State.CANCELLED, wb.uncertainty().run().stateProperty().get());
        key(robot, KeyCode.F11);
        assertTrue(roundTrip(robot).stream().noneMatch(SIM::contains), "a cancelled run shows nothing");
        key(robot, KeyCode.ESCAPE);
        robot.interact(() -> wb.session().showScenario("Dear GPT"));
        simulate(robot);
        key(robot, KeyCode.F11);
        key(robot, KeyCode.END);
        assertTrue(title(robot).endsWith("(scenario Dear GPT)"), title(robot));
    }

    private List<String> presentEach(FxRobot robot, int w, int h) {
        size(robot, w, h);
        simulate(robot);
        key(robot, KeyCode.F11);
        key(robot, KeyCode.END);
        key(robot, KeyCode.PAGE_UP);
        key(robot, KeyCode.PAGE_UP);
        List<String> problems = new ArrayList<>();
        for (String id : SIM) {
            assertEquals(id, charts().presentedSlide());
            robot.interact(() -> {
                XYChart<?, ?> c = robot.lookup("#" + id).query();
                // the tornado gives its left side to the inputs' names
                problems.addAll(ChartLayout.problems(c, w * 0.5, h * 0.4));
                problems.addAll(ChartLayout.cut(robot.lookup("#presentation").query()));
                Screenshots.save(wb.view().root(), "present-" + w + "x" + h + "-" + id.replace("Chart", ""), 1);
            });
            key(robot, KeyCode.PAGE_DOWN);
        }
        return problems;
    }

    @Test
    void theUncertaintySlidesReadAt1280x720(FxRobot robot) {
        assertEquals(List.of(), presentEach(robot, 1280, 720));
    }

    @Test
    void theUncertaintySlidesReadAt1920x1080(FxRobot robot) {
        assertEquals(List.of(), presentEach(robot, 1920, 1080));
    }
}
