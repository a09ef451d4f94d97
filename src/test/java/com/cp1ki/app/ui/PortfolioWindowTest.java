package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.bill.BillViewModel;
import com.cp1ki.app.bill.ChangeRow;
import com.cp1ki.app.charts.BillChart;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Route;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The portfolio in the window: the Bill, its tables and explanations, routing edits, a move and its undo. */
@ExtendWith(ApplicationExtension.class)
class PortfolioWindowTest {

    static final String FLEET = "Llama 3.1 8B on g5.xlarge (shared)";
    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private void openPortfolio(FxRobot robot, double w, double h) {
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
            assertTrue(wb.viewModel().open(Path.of("sample-projects/portfolio.cp1ki")).isEmpty());
            wb.charts().select(ChartKind.BILL);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void select(FxRobot robot, Item item) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void saveAt(FxRobot robot, double w, double h, String name) {
        WindowShots.saveAt(robot, wb, w, h, name);
    }

    @Test
    void theBillShowsEachStackStackedByFeatureWithItsTablesAtBothScreenSizes(FxRobot robot) {
        for (double[] size : new double[][]{{1280, 720}, {1920, 1080}}) {
            openPortfolio(robot, 1280, 720);
            XYChart<?, ?> chart = robot.lookup("#billChart").query();
            assertEquals(3, ((CategoryAxis) chart.getXAxis()).getCategories().size());
            assertEquals(List.of("chat", "code_completion", "document_summariser", "legal_analysis", "ticket_triage"),
                    chart.getData().stream().map(XYChart.Series::getName).toList());
            TabPane results = robot.lookup("#resultsTabs").query();
            assertEquals("billTab", results.getSelectionModel().getSelectedItem().getId(), "the Bill tables come with the chart");
            TableView<BillViewModel.StackRow> stacks = robot.lookup("#billStacks").queryTableView();
            assertEquals(3, stacks.getItems().size());
            TableView<BillViewModel.FeatureRow> features = robot.lookup("#billFeatures").queryTableView();
            assertEquals("Total", features.getItems().get(features.getItems().size() - 1).feature());
            assertEquals("$6,825.33", features.getItems().get(features.getItems().size() - 1).monthly());
            assertTrue(((Label) robot.lookup("#billHeadline").query()).getText().startsWith("Monthly bill $6,825.33"));
            saveAt(robot, size[0], size[1], "bill-" + (int) size[0] + "x" + (int) size[1]);
        }
    }

    @Test
    void selectingAFeatureLineExplainsItsAllocationWithTheKeyAndSharesPluggedIn(FxRobot robot) {
        openPortfolio(robot, 1280, 720);
        TableView<BillViewModel.FeatureRow> features = robot.lookup("#billFeatures").queryTableView();
        robot.interact(() -> features.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node panel = robot.lookup("#chartExplanation").query();
        List<String> substituted = robot.from(panel).lookup(".explanation-substituted").queryAll().stream()
                .map(n -> ((Label) n).getText()).toList();
        assertTrue(substituted.stream().anyMatch(t -> t.startsWith("$464.28 x 264,150 GPU-s / 1,037,834 GPU-s = $118.17")),
                "code completion's share of the fleet by GPU-seconds: " + substituted);
        assertEquals("Bill of code_completion", ((Label) robot.from(panel).lookup(".explanation-title").query()).getText());
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "bill-explained-feature", 1));
        // a click on a chart segment explains that feature on that stack
        BillChart bill = (BillChart) wb.charts().adapter(ChartKind.BILL);
        XYChart.Data<String, Number> chatOnHaiku = bill.chart().getData().get(0).getData().get(0);
        robot.interact(() -> chatOnHaiku.getNode().getOnMouseClicked().handle(null));
        assertEquals("on Claude Haiku 3.5", ((Label) robot.from(panel).lookup(".explanation-context").query()).getText());
    }

    @Test
    void anUnroutedProjectSaysHowToGetABill(FxRobot robot) {
        robot.interact(() -> wb.charts().select(ChartKind.BILL));
        WaitForAsyncUtils.waitForFxEvents();
        BillChart bill = (BillChart) wb.charts().adapter(ChartKind.BILL);
        assertTrue(bill.isEmpty());
        assertTrue(bill.placeholderText().startsWith("No workload is routed"), bill.placeholderText());
    }

    @Test
    void routingEditsInTheWorkloadEditorMoveTheBillAndUndo(FxRobot robot) {
        openPortfolio(robot, 1280, 720);
        select(robot, Item.workload("chat"));
        double before = wb.recompute().report().portfolio().total();
        String id = WorkbenchFixture.reveal(robot, "#routingShare0");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("50");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new Route("Claude Haiku 3.5", 0.5), new Route("GPT-4o", 0.5)),
                wb.session().project().workload("chat").orElseThrow().routing());
        double after = wb.recompute().report().portfolio().total();
        assertTrue(after > before, "more chat on GPT-4o costs more");
        TableView<BillViewModel.FeatureRow> features = robot.lookup("#billFeatures").queryTableView();
        assertEquals("Claude Haiku 3.5 50%, GPT-4o 50%", features.getItems().get(0).routedTo(), "the table follows");
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "editor-workload-routing", 1));
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, wb.recompute().report().portfolio().total(), 0);
        // a share beyond what the other route can give is a message under the field; nothing changes
        Project kept = wb.session().project();
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("120");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kept, wb.session().project());
        assertTrue(((Label) robot.lookup("#routingShare0Error").query()).isVisible());
    }

    @Test
    void disablingAStackThatServesRoutedTrafficIsRefusedNamingTheWorkload(FxRobot robot) {
        openPortfolio(robot, 1280, 720);
        select(robot, Item.stack("GPT-4o"));
        Project kept = wb.session().project();
        robot.clickOn("#stackEnabled");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(kept, wb.session().project());
        Label why = robot.lookup("#stackEnabledMessage").query();
        assertTrue(why.getText().startsWith("Stack 'GPT-4o' serves chat (20%), legal_analysis (100%) in production,"
                + " so it cannot be switched off"), why.getText());
        assertTrue(((javafx.scene.control.CheckBox) robot.lookup("#stackEnabled").query()).isSelected());
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "editor-stack-refused-switch", 1));
        select(robot, Item.stack(FLEET));
        WorkbenchFixture.reveal(robot, "#sharingCoincidence");
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "editor-stack-sharing", 1));
        javafx.scene.control.ComboBox<?> key = robot.lookup("#sharingFleetKey").query();
        assertEquals(3, key.getItems().size(), "GPU-seconds, requests, tokens");
    }

    @Test
    void movingAShareShowsTheChangeAndAppliesAsOneUndoableEdit(FxRobot robot) {
        openPortfolio(robot, 1280, 720);
        robot.interact(() -> ((TabPane) robot.lookup("#resultsTabs").query()).getSelectionModel()
                .select(((TabPane) robot.lookup("#resultsTabs").query()).getTabs().stream()
                        .filter(t -> "moveTab".equals(t.getId())).findFirst().orElseThrow()));
        robot.interact(() -> {
            wb.move().featureProperty().set("chat");
            wb.move().fromProperty().set("GPT-4o");
            wb.move().toProperty().set("Claude Haiku 3.5");
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ChangeRow> changes = robot.lookup("#moveChanges").queryTableView();
        assertEquals(3 + 5, changes.getItems().size());
        assertTrue(((Label) robot.lookup("#moveSummary").query()).getText().startsWith("If moved: monthly bill $6,825.33 →"));
        assertEquals("chat", changes.getItems().get(0).name(), "features first, with their CP1Ki");
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "bill-move-preview", 1));
        Project before = wb.session().project();
        robot.clickOn("#moveApply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new Route("Claude Haiku 3.5", 1.0)), wb.session().project().workload("chat").orElseThrow().routing());
        assertTrue(((Label) robot.lookup("#moveSummary").query()).getText().startsWith("Moved (Ctrl+Z undoes)"));
        assertNotEquals(6825.33, Math.round(wb.recompute().report().portfolio().total() * 100) / 100.0);
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, wb.session().project());
        assertFalse(((Label) robot.lookup("#moveSummary").query()).getText().startsWith("Moved"));
    }
}
