package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.results.ResultRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    @Test
    void theSeedSampleOpensWithItsNumbersAtOnce(FxRobot robot) {
        TableView<ResultRow> table = robot.lookup("#resultsTable").queryTableView();
        assertFalse(table.getItems().isEmpty());
        assertTrue(stage.getTitle().startsWith("CP1Ki Workbench — summariser-seed.cp1ki"), stage.getTitle());
        robot.interact(() -> Screenshots.save(wb.scene().getRoot(), "main-window", 1));
        table.getItems().forEach(r -> System.out.println(r));
    }
}
