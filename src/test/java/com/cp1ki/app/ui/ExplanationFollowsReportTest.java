package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.Cp1kiChart;
import com.cp1ki.app.charts.ExplanationPanel;
import com.cp1ki.app.results.ResultRow;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.Settings;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The "How was this computed?" panel is a view of the latest report: after an edit it shows the
 * same item's new explanation, and when the item is gone it goes back to its hint (issue 8, item 1).
 */
@ExtendWith(ApplicationExtension.class)
class ExplanationFollowsReportTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    private Settings settings() {
        return wb.session().project().settings();
    }

    /** "₹705.50" in the seed's INR, "$8.50" in USD: CP1Ki as the panel writes it. */
    private String money(double usd) {
        return ChartFormat.money(settings().toDisplay(usd), settings().currency());
    }

    private Node gpt4oBar(FxRobot robot) {
        XYChart<String, Number> chart = robot.lookup("#cp1kiChart").query();
        int n = chart.getData().get(0).getData().size();
        return chart.getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals(Cp1kiChart.category("GPT-4o", n))).findFirst().orElseThrow().getNode();
    }

    private List<String> panelTexts(FxRobot robot, String styleClass) {
        Node panel = robot.lookup("#chartExplanation").query();
        return robot.from(panel).lookup(styleClass).queryAll().stream().map(x -> ((Label) x).getText()).toList();
    }

    private void setOutputPrice(FxRobot robot, String stack, String price) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.stack(stack)));
        robot.clickOn(WorkbenchFixture.reveal(robot, "#apiOutputPrice"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(price);
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterAnEditThePanelShowsTheClickedBarsNewFigures(FxRobot robot) {
        robot.clickOn(gpt4oBar(robot));
        assertEquals("CP1Ki of GPT-4o", panelTexts(robot, ".explanation-title").get(0));
        assertTrue(panelTexts(robot, ".explanation-fact").get(0).startsWith("CP1Ki " + money(8.50)),
                panelTexts(robot, ".explanation-fact").toString());

        setOutputPrice(robot, "GPT-4o", "20");

        // (1,800 x 2.50 + 400 x 20.00) / 1,000,000 = $0.0125 per inference: CP1Ki $12.50 (₹1,037.50 at 83)
        List<String> facts = panelTexts(robot, ".explanation-fact");
        assertTrue(facts.get(0).startsWith("CP1Ki " + money(12.50)), "the panel shows the new CP1Ki: " + facts);
        List<String> substituted = panelTexts(robot, ".explanation-substituted");
        assertTrue(substituted.stream().anyMatch(t -> t.contains("400 x 20.00")), "the new price plugged in: " + substituted);
        assertTrue(substituted.stream().noneMatch(t -> t.contains("400 x 10.00")), "no old price left: " + substituted);
        ExplanationPanel panel = wb.charts().explanation();
        assertEquals("CP1Ki of GPT-4o", panel.selection().heading());
    }

    @Test
    void undoBringsTheOldFiguresBackToo(FxRobot robot) {
        robot.clickOn(gpt4oBar(robot));
        setOutputPrice(robot, "GPT-4o", "20");
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panelTexts(robot, ".explanation-fact").get(0).startsWith("CP1Ki " + money(8.50)));
    }

    @Test
    void whenTheExplainedStackIsDeletedThePanelGoesBackToItsHint(FxRobot robot) {
        robot.clickOn(gpt4oBar(robot));
        robot.interact(() -> {
            wb.viewModel().outline().selectedProperty().set(Item.stack("GPT-4o"));
            wb.viewModel().outline().delete();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.session().project().stack("GPT-4o").isEmpty());
        assertNull(wb.charts().explanation().selection());
        assertEquals(List.of(ExplanationPanel.HINT), panelTexts(robot, ".explanation-fact"));
    }

    @Test
    void aSelectedResultRowsExplanationFollowsTheEditToo(FxRobot robot) {
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        Node cell = robot.from(table).lookup((javafx.scene.control.TableCell<?, ?> c) -> "GPT-4o".equals(c.getText())).query();
        robot.clickOn(cell);
        assertEquals("CP1Ki of GPT-4o", wb.charts().explanation().selection().heading());
        setOutputPrice(robot, "GPT-4o", "20");
        assertTrue(panelTexts(robot, ".explanation-fact").get(0).startsWith("CP1Ki " + money(12.50)),
                panelTexts(robot, ".explanation-fact").toString());
    }

    @Test
    void theMarginChartsExplanationFollowsAPlanEdit(FxRobot robot) {
        String plan = wb.session().project().plans().get(0).name();
        robot.interact(() -> wb.charts().select(ChartKind.MARGIN));
        WaitForAsyncUtils.waitForFxEvents();
        Node median = robot.lookup("#marginChart .chart-marker-point.median").query();
        robot.clickOn(median);
        assertEquals("Margins of plan " + plan, wb.charts().explanation().selection().heading());
        String before = panelTexts(robot, ".explanation-fact").get(0);
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.plan(plan)));
        robot.clickOn(WorkbenchFixture.reveal(robot, "#planPricePerUserMonth"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("599");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        String after = panelTexts(robot, ".explanation-fact").get(0);
        assertTrue(after.startsWith("Price " + ChartFormat.money(599, settings().currency())), before + " -> " + after);
    }
}
