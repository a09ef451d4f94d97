package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
        open(robot, "portfolio");
    }

    /** Opens a sample at 1280 x 720 on the Forecast chart and the project settings. */
    private void open(FxRobot robot, String sample) {
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
            assertTrue(wb.viewModel().open(Path.of("sample-projects", sample + ".cp1ki")).isEmpty());
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
        assertTrue(((Label) robot.lookup("#forecastInputs").query()).getText()
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

    private ForecastReport forecast() {
        return wb.recompute().report().forecast();
    }

    /**
     * The forecast's fan, on the ranges sample (ranged growth and API price decline): the chart
     * shades each stack's P10-P90 band and says what it is; a plain growth typed over the range
     * leaves only the API decline ranged, a range typed there is the growth's range, and undo puts
     * the bands back to the bit.
     */
    @Test
    void theChartShadesTheBandsAndAnEditDrawsTheFanOfTheNewProject(FxRobot robot) {
        open(robot, "summariser-ranges");
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
            saveAt(robot, size[0], size[1], "forecast-fan-" + (int) size[0] + "x" + (int) size[1]);
        }

        double before = forecast().results().get(0).months().get(23).monthlyBand().p90();
        String id = WorkbenchFixture.reveal(robot, "#forecastVolumeGrowthPerMonth");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("6");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.06, wb.session().project().forecast().volumeGrowthPerMonth(), 1e-12);
        // a plain number typed over a range is the number alone: growth is certain, only API prices fan out
        assertTrue(forecast().fan().drawn(), "the fan of the edited project");
        assertEquals(java.util.List.of("forecast.apiPriceDeclinePerYear"), forecast().fan().ranged());
        assertNotEquals(before, forecast().results().get(0).months().get(23).monthlyBand().p90());
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.04, forecast().inputs().volumeGrowthPerMonth(), 1e-12);
        assertEquals(before, forecast().results().get(0).months().get(23).monthlyBand().p90(), 0);

        // a range typed in the growth field is the growth's range: a narrower one, a narrower band
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("4 (3 to 5 uniform)");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(com.cp1ki.engine.model.Range.uniform(0.03, 0.05), wb.session().project().uncertainty().ranges()
                .stream().filter(r -> r.field().equals("forecast.volumeGrowthPerMonth")).findFirst().orElseThrow()
                .range());
        ForecastReport.Band narrow = forecast().results().get(0).months().get(23).monthlyBand();
        assertTrue(narrow.p90() < before, "a narrower growth range, a lower P90: " + narrow);
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, forecast().results().get(0).months().get(23).monthlyBand().p90(), 0);
    }
}
