package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.results.ResultRow;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.report.StackResult;
import javafx.scene.Node;
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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The results table sorts every numeric column by value, not by its text ("97.53" after "414.83"),
 * and keeps its order when a new report arrives (issue 8 item 2).
 */
@ExtendWith(ApplicationExtension.class)
class ResultsSortTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    private TableView<ResultRow> table(FxRobot robot) {
        return robot.lookup("#resultsTable").queryTableView();
    }

    private void clickHeader(FxRobot robot, String header) {
        Node label = robot.from(table(robot)).lookup((Label l) -> header.equals(l.getText())).query();
        robot.clickOn(label);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> stacks(FxRobot robot) {
        List<String> out = new ArrayList<>();
        robot.interact(() -> table(robot).getItems().forEach(r -> out.add(r.stack())));
        return out;
    }

    /** The stacks of the latest report ordered by a number (absent values first), as the table should show them. */
    private List<String> expected(Function<StackResult, Double> key, boolean descending) {
        Comparator<StackResult> c = Comparator.comparing(r -> key.apply(r) == null ? Double.NEGATIVE_INFINITY : key.apply(r));
        return wb.recompute().report().results().stream().sorted(descending ? c.reversed() : c)
                .map(StackResult::stack).toList();
    }

    /** The sort keys of stacks in order (rows with equal keys may come in either order). */
    private List<Double> keys(List<String> stacks, Function<StackResult, Double> key) {
        return stacks.stream().map(s -> wb.recompute().report().results().stream().filter(r -> r.stack().equals(s))
                .findFirst().map(key).orElse(null)).toList();
    }

    @Test
    void everyNumericColumnSortsByValueBothWays(FxRobot robot) {
        record Column(String header, Function<StackResult, Double> key) {
        }
        List<Column> columns = List.of(
                new Column("Per inf.", StackResult::costPerInference),
                new Column("CP1Ki", StackResult::cp1ki),
                new Column("Monthly", StackResult::monthlyCost),
                new Column("N", r -> r.instances() == null ? null : r.instances().doubleValue()),
                new Column("Util.", StackResult::utilisation),
                new Column("ROI", StackResult::roiMultiple));
        for (Column c : columns) {
            clickHeader(robot, c.header());
            assertEquals(keys(expected(c.key(), false), c.key()), keys(stacks(robot), c.key()), c.header() + " ascending");
            clickHeader(robot, c.header());
            assertEquals(keys(expected(c.key(), true), c.key()), keys(stacks(robot), c.key()), c.header() + " descending");
        }
    }

    @Test
    void theOrderHoldsWhenANewReportArrives(FxRobot robot) {
        clickHeader(robot, "CP1Ki");
        // make Claude Haiku 3.5 the dearest stack: it must move to the bottom of the ascending order
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.stack("Claude Haiku 3.5")));
        robot.clickOn(WorkbenchFixture.reveal(robot, "#apiOutputPrice"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("400");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = stacks(robot);
        assertEquals(expected(StackResult::cp1ki, false), shown);
        assertEquals("Claude Haiku 3.5", shown.get(shown.size() - 1));
    }
}
