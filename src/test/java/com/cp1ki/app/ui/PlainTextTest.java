package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.session.Item;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Names people type keep their underscores wherever the window shows them: menus (Undo/Redo, Open
 * Recent), buttons, check boxes, tabs, context menus. Only the menu bar's own items ("_File") read an
 * underscore as a keyboard mnemonic (issue 8 item 8: "workload 'documentsummariser'").
 */
@ExtendWith(ApplicationExtension.class)
class PlainTextTest {

    /** In every user name of this test, so no static text of the window can match it. */
    private static final String MARK = "u_x";

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    @Test
    void underscoresInNamesStayVisibleEverywhere(FxRobot robot, @TempDir Path dir) {
        String plan = wb.session().project().plans().get(0).name();
        robot.interact(() -> {
            var o = wb.viewModel().outline();
            o.selectedProperty().set(Item.workload("document_summariser"));
            assertTrue(o.rename("doc_" + MARK));
            o.selectedProperty().set(Item.stack("GPT-4o"));
            assertTrue(o.rename("gpt_" + MARK));
            o.selectedProperty().set(Item.plan(plan));
            assertTrue(o.rename("plan_" + MARK));
            assertTrue(wb.viewModel().saveAs(dir.resolve("project_" + MARK + ".cp1ki")).isEmpty());
            o.selectedProperty().set(Item.workload("doc_" + MARK));
            o.rename("doc2_" + MARK);
            wb.viewModel().undo(); // Redo names the workload too
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(wb.session().undoDescriptionProperty().get().contains(MARK), wb.session().undoDescriptionProperty().get());

        List<String> parsed = new ArrayList<>();
        robot.interact(() -> menuBarItems(wb).forEach(m -> check(m, parsed)));
        for (Item item : List.of(Item.SETTINGS, Item.workload("doc_" + MARK), Item.stack("gpt_" + MARK),
                Item.stack("Claude Haiku 3.5"), Item.plan("plan_" + MARK))) {
            robot.interact(() -> wb.viewModel().outline().selectedProperty().set(item));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> sweep(wb.scene().getRoot(), parsed));
        }
        for (ChartKind k : ChartKind.inPane()) {
            robot.interact(() -> wb.charts().select(k));
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> sweep(wb.scene().getRoot(), parsed));
        }
        assertEquals(List.of(), parsed, "texts with a user's name that hide its underscores");

        // and as drawn: the Edit menu's Undo and Redo items show the names whole
        robot.clickOn("Edit");
        List<String> shown = new ArrayList<>();
        robot.interact(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null) {
                    w.getScene().getRoot().lookupAll(".menu-item .label").forEach(n -> shown.add(((Labeled) n).getText()));
                }
            }
        });
        robot.push(javafx.scene.input.KeyCode.ESCAPE);
        List<String> named = shown.stream().filter(t -> t.startsWith("Undo") || t.startsWith("Redo")).toList();
        assertEquals(2, named.size(), shown.toString());
        for (String t : named) {
            // the Label in the menu shows the text as drawn: with parsing on it would read "doc2ux"
            assertTrue(t.contains(MARK), t);
        }
    }

    private static List<MenuItem> menuBarItems(Workbench wb) {
        MenuBar bar = (MenuBar) wb.scene().lookup("#menuBar");
        List<MenuItem> out = new ArrayList<>();
        for (Menu m : bar.getMenus()) {
            collect(m, out);
        }
        return out;
    }

    private static void collect(MenuItem m, List<MenuItem> out) {
        out.add(m);
        if (m instanceof Menu menu) {
            menu.getItems().forEach(i -> collect(i, out));
        }
    }

    private static void check(MenuItem m, List<String> parsed) {
        if (m.getText() != null && m.getText().contains(MARK) && m.isMnemonicParsing()) {
            parsed.add("menu item " + m.getText());
        }
    }

    /** Every labelled control (and its context menu) under {@code n} that shows a user's name with parsing on. */
    private static void sweep(Node n, List<String> parsed) {
        if (n instanceof Labeled l && l.getText() != null && l.getText().contains(MARK) && l.isMnemonicParsing()) {
            parsed.add(l.getClass().getSimpleName() + " " + l.getText());
        }
        if (n instanceof javafx.scene.control.Control c && c.getContextMenu() != null) {
            c.getContextMenu().getItems().forEach(i -> check(i, parsed));
        }
        if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> sweep(c, parsed));
        }
    }
}
