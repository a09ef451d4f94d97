package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.session.Item;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The plan-margins chart shows the plan selected in the outline and the cost-distribution chart the
 * selected stack; the chart's own picker still chooses until the outline selection changes (issue 8 item 10).
 */
@ExtendWith(ApplicationExtension.class)
class ChartsFollowSelectionTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    private void select(FxRobot robot, Item item) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(item));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String picked(FxRobot robot, String id) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = String.valueOf(robot.lookup(id).queryAs(ComboBox.class).getValue()));
        return out[0];
    }

    @Test
    void theMarginChartShowsThePlanSelectedInTheOutline(FxRobot robot) {
        String first = wb.session().project().plans().get(0).name();
        robot.interact(() -> wb.viewModel().outline().addPlan()); // selects the new plan
        String added = wb.viewModel().outline().selectedProperty().get().name();
        robot.interact(() -> wb.charts().select(ChartKind.MARGIN));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(added, picked(robot, "#marginPlan"));
        assertEquals("plan " + added, wb.charts().adapter(ChartKind.MARGIN).subject());
        select(robot, Item.plan(first));
        assertEquals(first, picked(robot, "#marginPlan"));
        // the picker still chooses, and an edit elsewhere does not undo that choice
        robot.interact(() -> robot.lookup("#marginPlan").queryAs(ComboBox.class).setValue(added));
        select(robot, Item.workload("document_summariser"));
        assertEquals(added, picked(robot, "#marginPlan"));
    }

    @Test
    void theCostDistributionShowsTheStackSelectedInTheOutline(FxRobot robot) {
        robot.interact(() -> wb.charts().select(ChartKind.COST_DISTRIBUTION));
        select(robot, Item.stack("GPT-4o"));
        assertEquals("GPT-4o", picked(robot, "#costDistributionStack"));
        select(robot, Item.stack("Claude Haiku 3.5"));
        assertEquals("Claude Haiku 3.5", picked(robot, "#costDistributionStack"));
        // selected while another chart is in view: the cost distribution shows it when its tab opens
        robot.interact(() -> wb.charts().select(ChartKind.CP1KI));
        select(robot, Item.stack("GPT-4o"));
        robot.interact(() -> wb.charts().select(ChartKind.COST_DISTRIBUTION));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("GPT-4o", picked(robot, "#costDistributionStack"));
    }
}
