package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.report.StackResult;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Inside a committed field Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y are the project's undo and redo (a typed,
 * uncommitted edit is dropped first): field, project, report and the toolbar's Undo agree, and
 * leaving the field adds no phantom edit (issue 8 item 4). A decimal comma is refused in the field
 * with a message (issue 8 item 5).
 */
@ExtendWith(ApplicationExtension.class)
class FieldUndoTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    @BeforeEach
    void selectGpt4o(FxRobot robot) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.stack("GPT-4o")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double outputPrice() {
        return ((ManagedApi) wb.session().project().stack("GPT-4o").orElseThrow().serving()).outputPrice();
    }

    private double reportedCp1ki() {
        return wb.recompute().report().results().stream().filter(r -> r.stack().equals("GPT-4o"))
                .mapToDouble(StackResult::cp1ki).findFirst().orElseThrow();
    }

    private String fieldText(FxRobot robot) {
        return robot.lookup("#apiOutputPrice").queryAs(TextField.class).getText();
    }

    private void type(FxRobot robot, String text, boolean enter) {
        robot.clickOn(WorkbenchFixture.reveal(robot, "#apiOutputPrice"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        if (enter) {
            robot.push(KeyCode.ENTER);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void keys(FxRobot robot, KeyCode... combo) {
        robot.push(combo);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String undoDescription() {
        return wb.session().undoDescriptionProperty().get();
    }

    @Test
    void ctrlZInACommittedFieldUndoesTheProjectEditAndRedoBringsItBack(FxRobot robot) {
        double before = reportedCp1ki();
        assertEquals(10, outputPrice());
        type(robot, "20", true);
        assertEquals(20, outputPrice());
        double after = reportedCp1ki();
        assertTrue(after > before);
        assertTrue(robot.lookup("#apiOutputPrice").query().isFocused(), "the field keeps the focus");

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals(10, outputPrice(), "the project is undone, not just the text");
        assertEquals("10", fieldText(robot));
        assertEquals(before, reportedCp1ki(), 0, "the report follows");
        assertNull(undoDescription(), "nothing left to undo: the seed opened unedited");
        assertTrue(robot.lookup("#undoButton").queryAs(Button.class).isDisabled());

        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(20, outputPrice());
        assertEquals("20", fieldText(robot));
        assertEquals(after, reportedCp1ki(), 0);

        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        keys(robot, KeyCode.CONTROL, KeyCode.Y);
        assertEquals(20, outputPrice(), "Ctrl+Y redoes too");
        assertEquals("20", fieldText(robot));

        // leaving the field commits nothing: no phantom edit for the toolbar's Undo
        String description = undoDescription();
        keys(robot, KeyCode.TAB);
        assertEquals(description, undoDescription());
        robot.interact(() -> wb.viewModel().undo());
        assertEquals(10, outputPrice(), "the toolbar's Undo undoes the price edit itself");
        assertNull(undoDescription());
    }

    @Test
    void ctrlZOnATypedEditRevertsTheFieldToTheProjectFirst(FxRobot robot) {
        type(robot, "20", true);
        type(robot, "33", false);
        assertEquals("33", fieldText(robot));
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("20", fieldText(robot), "the typed text is dropped, the field shows the project's value");
        assertEquals(20, outputPrice(), "the committed edit stays");
        keys(robot, KeyCode.TAB);
        assertEquals(20, outputPrice());
        assertTrue(undoDescription().startsWith("Set output price"), undoDescription());
        robot.interact(() -> wb.viewModel().undo());
        assertEquals(10, outputPrice());
        assertNull(undoDescription(), "one user edit, one undo step");
    }

    @Test
    void aDecimalCommaInAFieldIsRefusedWithAMessage(FxRobot robot) {
        type(robot, "2,5", true);
        assertEquals(10, outputPrice(), "2,5 is not read as 25");
        Label error = robot.lookup("#apiOutputPriceError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().startsWith("Output price is ambiguous: \"2,5\" could be 2.5 or 25"), error.getText());
        assertNull(undoDescription());
        keys(robot, KeyCode.CONTROL, KeyCode.Z);
        assertEquals("10", fieldText(robot), "Ctrl+Z drops the refused text");
        assertFalse(error.isVisible());
        type(robot, "1,234.5", true);
        assertEquals(1234.5, outputPrice());
    }
}
