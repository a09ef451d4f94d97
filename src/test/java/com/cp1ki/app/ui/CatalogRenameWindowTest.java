package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.io.catalog.GpuInstanceEntry;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filling a new GPU stack from the catalog in the window renames it after the new entry; outline,
 * editor and name field follow (issue 8 item 9).
 */
@ExtendWith(ApplicationExtension.class)
class CatalogRenameWindowTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    @Test
    void aNewGpuStackFilledFromTheCatalogTakesTheEntrysName(FxRobot robot) {
        robot.interact(() -> wb.viewModel().outline().addGpuStack());
        WaitForAsyncUtils.waitForFxEvents();
        Item added = wb.viewModel().outline().selectedProperty().get();
        String was = ((SelfHostedGpu) wb.session().project().stack(added.name()).orElseThrow().serving()).instanceType();
        assertEquals(was, added.name(), "a new stack is named after its entry");
        ComboBox<GpuInstanceEntry> box = robot.lookup("#gpuCatalogEntry").query();
        GpuInstanceEntry other = box.getItems().stream().filter(e -> !e.instanceType().equals(was)).findFirst().orElseThrow();
        robot.interact(() -> box.setValue(other));
        robot.clickOn(WorkbenchFixture.reveal(robot, "#gpuCatalogFill"));
        WaitForAsyncUtils.waitForFxEvents();
        String now = other.instanceType();
        assertNotEquals(was, now);
        assertTrue(wb.session().project().stack(now).isPresent(), "renamed after " + now);
        assertEquals(Item.stack(now), wb.viewModel().outline().selectedProperty().get(), "the outline follows");
        assertEquals(now, robot.lookup("#stackName").queryAs(TextField.class).getText(), "the editor follows");
    }
}
