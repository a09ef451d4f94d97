package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.editor.Editor;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.Project;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Renaming an item keeps the keyboard where the user is: the editor is not rebuilt, Tab moves to the
 * editor's next field, and a Space never reaches the toolbar's New button (issue 8 item 7).
 */
@ExtendWith(ApplicationExtension.class)
class RenameFocusTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    private String stacks() {
        return wb.session().project().stacks().stream().map(com.cp1ki.engine.model.Stack::name).toList().toString();
    }

    private Node focused(FxRobot robot) {
        Node[] out = new Node[1];
        robot.interact(() -> out[0] = wb.scene().getFocusOwner());
        return out[0];
    }

    private boolean inEditor(Node n) {
        Node host = wb.editors().root();
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == host) {
                return true;
            }
        }
        return false;
    }

    private void renameInNameField(FxRobot robot, Item item, String field, String to) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(item));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(WorkbenchFixture.reveal(robot, field));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(to);
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterRenamingAStackInItsNameFieldTabStaysInTheSameEditor(FxRobot robot) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.stack("GPT-4o")));
        Editor before = wb.editors().current();
        Project project = wb.session().project();
        renameInNameField(robot, Item.stack("GPT-4o"), "#stackName", "GPT-4o (2024-08)");
        assertTrue(wb.session().project().stack("GPT-4o (2024-08)").isPresent(), stacks());
        assertSame(before, wb.editors().current(), "the editor follows the rename instead of being rebuilt");
        assertEquals(Item.stack("GPT-4o (2024-08)"), wb.viewModel().outline().selectedProperty().get());
        Node f = focused(robot);
        assertTrue(inEditor(f), "Tab went to " + f);
        assertEquals("GPT-4o (2024-08)", robot.lookup("#stackName").queryAs(TextField.class).getText());
        // the fields still edit the renamed stack
        robot.clickOn(WorkbenchFixture.reveal(robot, "#apiOutputPrice"));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write("12");
        robot.push(KeyCode.ENTER);
        assertEquals(12, ((com.cp1ki.engine.model.ManagedApi) wb.session().project().stack("GPT-4o (2024-08)")
                .orElseThrow().serving()).outputPrice(), 0);
        assertEquals(project.workloads(), wb.session().project().workloads());
    }

    @Test
    void oneSpaceAfterARenameNeverStartsANewProject(FxRobot robot) {
        renameInNameField(robot, Item.workload("document_summariser"), "#workloadName", "summaries");
        robot.push(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.session().project().workload("summaries").isPresent(), "still the same project");
        assertFalse(wb.session().project().stacks().isEmpty());
        for (String id : new String[]{"#newButton", "#openButton", "#saveButton", "#undoButton", "#redoButton"}) {
            assertFalse(robot.lookup(id).query().isFocusTraversable(), id + " takes no keyboard focus");
        }
    }

    @Test
    void renamingAPlanInItsNameFieldKeepsItsEditorAndFocus(FxRobot robot) {
        String plan = wb.session().project().plans().get(0).name();
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.plan(plan)));
        Editor before = wb.editors().current();
        renameInNameField(robot, Item.plan(plan), "#planName", plan + " yearly");
        assertSame(before, wb.editors().current());
        assertTrue(inEditor(focused(robot)), "Tab went to " + focused(robot));
        robot.interact(() -> wb.viewModel().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, wb.editors().current(), "undoing the rename follows back");
        assertEquals(plan, robot.lookup("#planName").queryAs(TextField.class).getText());
    }

    @Test
    void afterF2RenameTabGoesFromTheOutlineIntoTheEditor(FxRobot robot) {
        robot.clickOn("#outline-stack-GPT_4o");
        Editor before = wb.editors().current();
        javafx.scene.control.TreeView<?> tree = robot.lookup("#outlineTree").query();
        assertTrue(tree.isFocused());
        // F2 opens the rename dialog and waits in it, so it is pressed from a later FX event
        javafx.application.Platform.runLater(() -> tree.fireEvent(new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.F2, false, false, false, false)));
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#renameField").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no rename dialog", e);
        }
        robot.interact(() -> robot.lookup("#renameField").queryAs(TextField.class).setText("GPT-4o renamed"));
        javafx.scene.control.DialogPane d = robot.lookup("#renameDialog").queryAs(javafx.scene.control.DialogPane.class);
        robot.clickOn(d.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.session().project().stack("GPT-4o renamed").isPresent(), stacks());
        assertSame(before, wb.editors().current());
        robot.push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(inEditor(focused(robot)), "Tab went to " + focused(robot));
    }
}
