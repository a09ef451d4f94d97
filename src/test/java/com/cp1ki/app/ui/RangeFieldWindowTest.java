package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.engine.model.Range;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A range typed with the keyboard into an editor field, shown there, undone with Ctrl+Z from the menu. */
@ExtendWith(ApplicationExtension.class)
class RangeFieldWindowTest {
    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    @Test
    void aRangeTypedAfterTheValueIsShownInTheFieldAndKeptInTheProject(FxRobot robot) {
        robot.clickOn("#outline-stack-GPT_4o");
        String id = WorkbenchFixture.reveal(robot, "#apiOutputPrice");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("10 (6 to 12)");
        robot.push(KeyCode.ENTER);
        assertEquals(Range.lognormal(6, 12), wb.session().project().uncertainty()
                .range("stacks[GPT-4o].serving.outputPrice").orElseThrow());
        assertEquals("10 (6 to 12)", robot.lookup("#apiOutputPrice").queryAs(TextField.class).getText());
        assertTrue(robot.lookup("#apiOutputPrice").queryAs(TextField.class).getTooltip().getText()
                .contains("Type a range after the value"));
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("10 (12 to 6)");
        robot.push(KeyCode.ENTER);
        assertTrue(robot.lookup("#apiOutputPriceError").queryAs(Label.class).getText().contains("above the high end"),
                robot.lookup("#apiOutputPriceError").queryAs(Label.class).getText());
        DialogShots.save(robot, stage, null, "editor-range-field");
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("10 (6 to 12)");
        robot.push(KeyCode.ENTER);
        robot.interact(() -> wb.session().undo());
        assertTrue(wb.session().project().uncertainty().ranges().isEmpty());
        assertEquals("10", robot.lookup("#apiOutputPrice").queryAs(TextField.class).getText());
    }
}
