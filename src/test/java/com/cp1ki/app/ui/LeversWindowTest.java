package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.LeversChart;
import com.cp1ki.app.session.Item;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The levers in the window: the stack editor's lever fields, an edit and its undo, the waterfall, at both sizes. */
@ExtendWith(ApplicationExtension.class)
class LeversWindowTest {
    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            assertTrue(wb.viewModel().open(Path.of("sample-projects/levers.cp1ki")).isEmpty());
            wb.charts().select(ChartKind.LEVERS);
            wb.viewModel().outline().selectedProperty().set(Item.stack("GPT-4o"));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveAt(FxRobot robot, double w, double h, String name) {
        WindowShots.saveAt(robot, wb, w, h, name);
    }

    @Test
    void theEditorsLeverFieldsDriveTheWaterfallAndUndoPutsItBack(FxRobot robot) {
        open(robot);
        XYChart<?, ?> chart = robot.lookup("#leversChart").query();
        assertEquals(6, chart.getData().get(1).getData().size(), "as it is, four levers, with levers");
        WorkbenchFixture.reveal(robot, "#leversCompressionRatio");
        TextField ratio = robot.lookup("#leversCompressionRatio").query();
        assertEquals("30", ratio.getText());
        ComboBox<?> first = robot.lookup("#leversFirstStack").query();
        assertEquals("Claude Haiku 3.5", first.getValue());
        robot.clickOn(ratio).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("50").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.5, wb.session().project().stack("GPT-4o").orElseThrow().levers().compression().ratio(), 1e-12);
        waitFor(robot, () -> step(wb, "Prompt compression 50%"));
        robot.interact(() -> wb.session().undo());
        waitFor(robot, () -> step(wb, "Prompt compression 30%"));
        assertEquals(0.3, wb.session().project().stack("GPT-4o").orElseThrow().levers().compression().ratio(), 1e-12);
        for (double[] size : new double[][]{{1280, 720}, {1920, 1080}}) {
            saveAt(robot, size[0], size[1], "levers-" + (int) size[0] + "x" + (int) size[1]);
        }
        WorkbenchFixture.reveal(robot, "#leversCascadeEscalationShare");
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "editor-stack-levers", 1));
    }

    @Test
    void aShareAbove100IsRefusedInTheEditorNamingTheField(FxRobot robot) {
        open(robot);
        WorkbenchFixture.reveal(robot, "#leversCacheHitShare");
        TextField hits = robot.lookup("#leversCacheHitShare").query();
        var before = wb.session().project();
        robot.clickOn(hits).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL)
                .write("140").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, wb.session().project());
        boolean shown = robot.lookup(".field-error").queryAll().stream().anyMatch(n -> n instanceof Label l
                && l.isVisible() && l.getText() != null && l.getText().contains("Cache hits"));
        assertTrue(shown, "the error names the field");
    }

    /** Whether the waterfall shows a step of that label (its table, which the CSV export writes). */
    private static boolean step(Workbench wb, String label) {
        return ((LeversChart) wb.charts().adapter(ChartKind.LEVERS)).table().rows().stream()
                .anyMatch(r -> r.get(2).equals(label));
    }

    private static void waitFor(FxRobot robot, java.util.function.BooleanSupplier ok) {
        try {
            WaitForAsyncUtils.waitFor(180, java.util.concurrent.TimeUnit.SECONDS, () -> {
                boolean[] r = new boolean[1];
                robot.interact(() -> r[0] = ok.getAsBoolean());
                return r[0];
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the waterfall did not follow the edit", e);
        }
    }
}
