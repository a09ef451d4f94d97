package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.results.ResultRow;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.field.Records;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a project shown in INR the value per inference is typed and shown in INR with "INR / inference"
 * as its unit, the file keeping USD (issue 8 item 6); the results table shows the net value per
 * inference beside the ROI and the ROI explanation adds the cost-to-value ratio (issue 8 item 17).
 * Saves screenshots at 1280x720 and 1920x1080.
 */
@ExtendWith(ApplicationExtension.class)
class DisplayCurrencyWindowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
        wb.session().execute(new Edit("INR", p -> p.withSettings(Records.with(Records.with(p.settings(), "currency", "INR"),
                "fxRate", 84.2))));
    }

    private double storedValue() {
        return wb.session().project().workload("document_summariser").orElseThrow().valuePerInference();
    }

    @Test
    void theValuePerInferenceIsTypedInTheDisplayCurrencyAndTheTableShowsTheNetValue(FxRobot robot) {
        double usd = storedValue();
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        WaitForAsyncUtils.waitForFxEvents();
        TextField value = robot.lookup("#workloadValuePerInference").queryAs(TextField.class);
        assertEquals(com.cp1ki.app.form.Numbers.format(usd * 84.2), value.getText());
        Node unit = robot.from(value.getParent()).lookup(".unit-label").queryAll().stream()
                .filter(n -> "INR / inference".equals(((Label) n).getText())).findFirst().orElse(null);
        assertTrue(unit != null, "the field's unit names the display currency");
        robot.clickOn(WorkbenchFixture.reveal(robot, "#workloadValuePerInference"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("8");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(8 / 84.2, storedValue(), 0, "stored in USD as the file keeps it");
        assertEquals("8", value.getText());

        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        ResultRow first = table.getItems().get(0);
        assertEquals(84.2 * first.result().netValuePerInference(), first.netValue().value(), 1e-9);
        assertTrue(first.roiTip().contains("cost-to-value"), first.roiTip());
        assertTrue(robot.from(table).lookup(".label").queryAll().stream()
                .anyMatch(n -> "Net value".equals(((Label) n).getText())), "a Net value column");

        robot.interact(() -> wb.charts().select(ChartKind.ROI));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.chart.XYChart<String, Number> roi = robot.lookup("#roiChart").query();
        robot.clickOn(roi.getData().get(0).getData().get(0).getNode());
        WaitForAsyncUtils.waitForFxEvents();
        Node panel = robot.lookup("#chartExplanation").query();
        List<String> lines = robot.from(panel).lookup(".label").queryAll().stream().map(n -> ((Label) n).getText()).toList();
        assertTrue(lines.stream().anyMatch(t -> t.startsWith("Cost-to-value ")), lines.toString());
        assertTrue(lines.stream().anyMatch(t -> t.contains("(8.00 INR)")), "the explanation says the value as typed: " + lines);
        DialogShots.save(robot, stage, null, "value-in-display-currency");
    }
}
