package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Project;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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

/** The forecast in the window: its chart follows the forecast's settings as they are typed, and undo. */
@ExtendWith(ApplicationExtension.class)
class ForecastWindowTest {

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
            wb.charts().select(ChartKind.FORECAST);
            wb.viewModel().outline().selectedProperty().set(Item.SETTINGS);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveAt(FxRobot robot, double w, double h, String name) {
        WindowShots.saveAt(robot, wb, w, h, name);
    }

    private double lastMonthOf(FxRobot robot, String stack) {
        XYChart<?, ?> chart = robot.lookup("#forecastChart").query();
        var s = chart.getData().stream().filter(x -> x.getName().equals(stack)).findFirst().orElseThrow();
        return ((Number) s.getData().get(s.getData().size() - 1).getYValue()).doubleValue();
    }

    @Test
    void typingAGrowthRedrawsTheChartAndUndoPutsItBack(FxRobot robot) {
        openPortfolio(robot);
        double before = lastMonthOf(robot, "GPT-4o");
        String id = WorkbenchFixture.reveal(robot, "#forecastVolumeGrowthPerMonth");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("10");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.10, wb.session().project().forecast().volumeGrowthPerMonth(), 1e-12);
        double after = lastMonthOf(robot, "GPT-4o");
        assertEquals(wb.recompute().report().forecast().result("chat", "GPT-4o").months().get(35).monthlyCost(), after, 0);
        assertTrue(after > before, "more growth costs more in month 36");
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, lastMonthOf(robot, "GPT-4o"), 0);
        for (double[] size : new double[][]{{1280, 720}, {1920, 1080}}) {
            saveAt(robot, size[0], size[1], "forecast-" + (int) size[0] + "x" + (int) size[1]);
        }
    }

    @Test
    void aPresetIsPickedFromItsSourceAndAnOverflowingGrowthIsAMessageUnderTheField(FxRobot robot) {
        openPortfolio(robot);
        ComboBox<DeclinePreset> preset = robot.lookup("#forecastApiPreset").query();
        assertEquals(DeclinePreset.TEN_X, preset.getValue());
        robot.interact(() -> preset.setValue(DeclinePreset.THREE_X));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DeclinePreset.THREE_X.declinePerYear(), wb.session().project().forecast().apiPriceDeclinePerYear(), 0);
        assertTrue(((XYChart<?, ?>) robot.lookup("#forecastChart").query()).getXAxis().getLabel()
                .contains("3x a year, MIT FutureTech 2025-11-28"));

        Project kept = wb.session().project();
        String id = WorkbenchFixture.reveal(robot, "#forecastVolumeGrowthPerMonth");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("100");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kept, wb.session().project(), "nothing changes");
        Label error = robot.lookup("#forecastVolumeGrowthPerMonthError").query();
        assertTrue(error.isVisible() && error.getText().contains("volume growth of 100% a month"), error.getText());
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "forecast-settings-refused-growth", 1));
    }
}
