package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Item;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The headline above the charts is the engine's sentence for the workload in view, after every edit. */
@ExtendWith(ApplicationExtension.class)
class HeadlineTest {

    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    private static String headline(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> robot.lookup("#headline").queryAs(Label.class).getText());
    }

    @Test
    void theSeedOpensWithItsAnswerAndAnEditMovesIt(FxRobot robot) {
        assertEquals(wb.recompute().report().headline("document_summariser").orElseThrow().text(), headline(robot));
        assertEquals("For document_summariser at 10,000 inferences/day, Llama 3 70B on g5.xlarge is cheapest: $1.45 per "
                + "1,000 inferences ($435.72 a month) less than Claude Haiku 3.5. It is cheapest above 5,222 inferences/day; "
                + "Claude Haiku 3.5 is cheaper below. Ops overhead does not change this.", headline(robot));
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        robot.clickOn(WorkbenchFixture.reveal(robot, "#workloadInferencesPerDay"));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("2000").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        // at 2,000/day Haiku's $182.40 a month beats the g5's $476.28 by $293.88, $4.90 per 1,000
        assertEquals("For document_summariser at 2,000 inferences/day, Claude Haiku 3.5 is cheapest: $4.90 per 1,000 "
                + "inferences ($293.88 a month) less than Llama 3 70B on g5.xlarge. Above 5,222 inferences/day Llama 3 70B "
                + "on g5.xlarge is cheaper. Ops overhead does not change this.", headline(robot));
        robot.interact(() -> Screenshots.save(wb.view().root(), "main-window-headline-after-edit", 1));
        robot.interact(() -> wb.viewModel().undo());
        assertTrue(headline(robot).startsWith("For document_summariser at 10,000 inferences/day"), headline(robot));
    }

    @Test
    void inRupeesTheHeadlineSpeaksRupees(FxRobot robot) {
        robot.interact(() -> wb.viewModel().open(java.nio.file.Path.of("sample-projects/plans-inr-subscription.cp1ki")));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(headline(robot).contains("₹"), headline(robot));
        assertTrue(headline(robot).startsWith("For study_chat at 60,000 inferences/day"), headline(robot));
    }
}
