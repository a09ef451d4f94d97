package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.report.ForecastReport;
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

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forecast's fan in the window, on the ranges sample (ranged growth and API price decline): the
 * chart shades each stack's P10-P90 band and says what it is; typing a growth draws the fan of the
 * new project, and undo puts the old bands back.
 */
@ExtendWith(ApplicationExtension.class)
class ForecastFanWindowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private ForecastReport forecast() {
        return wb.recompute().report().forecast();
    }

    @Test
    void theChartShadesTheBandsAndAnEditDrawsTheFanOfTheNewProject(FxRobot robot) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            assertTrue(wb.viewModel().open(Path.of("sample-projects/summariser-ranges.cp1ki")).isEmpty());
            wb.charts().select(ChartKind.FORECAST);
            wb.viewModel().outline().selectedProperty().set(Item.SETTINGS);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(forecast().fan() != null && forecast().fan().drawn(), "the fan is drawn");
        XYChart<?, ?> chart = robot.lookup("#forecastChart").query();
        assertTrue(chart.getTitle().contains("P10-P90 under the ranged forecast rates only"), chart.getTitle());
        assertTrue(chart.getTitle().contains("n = 1,000, seed = 42"), chart.getTitle());
        assertEquals("Month (1 = this month)", chart.getXAxis().getLabel());
        Label inputs = robot.lookup("#forecastInputs").query();
        assertTrue(inputs.getText().contains("volume +4%/month"), inputs.getText());
        long shaded = chart.lookupAll(".chart-area-band").stream().filter(javafx.scene.Node::isVisible).count();
        assertEquals(chart.getData().size(), shaded, "one shaded band per line");
        Label status = robot.lookup("#statusLabel").tryQuery().map(Label.class::cast).orElse(null);
        if (status != null) {
            assertEquals("Up to date", status.getText());
        }
        for (double[] size : new double[][]{{1280, 720}, {1920, 1080}}) {
            WindowShots.saveAt(robot, wb, size[0], size[1], "forecast-fan-" + (int) size[0] + "x" + (int) size[1]);
        }

        double before = forecast().results().get(0).months().get(23).monthlyBand().p90();
        String id = WorkbenchFixture.reveal(robot, "#forecastVolumeGrowthPerMonth");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("6");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.06, wb.session().project().forecast().volumeGrowthPerMonth(), 1e-12);
        // the growth's range decides the band, the typed growth the line: the band stays, the line moves
        assertEquals(before, forecast().results().get(0).months().get(23).monthlyBand().p90(), 0);
        assertNotEquals(0.04, forecast().inputs().volumeGrowthPerMonth());
        assertTrue(forecast().fan().drawn(), "the fan of the edited project");
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.04, forecast().inputs().volumeGrowthPerMonth(), 1e-12);
        assertEquals(before, forecast().results().get(0).months().get(23).monthlyBand().p90(), 0);
    }
}
