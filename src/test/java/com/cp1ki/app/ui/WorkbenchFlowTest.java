package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Drives the real window by #id: edit a price, validate, add a GPU stack, undo. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchFlowTest {

    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        wb = WorkbenchFixture.open(stage);
    }

    private StackResult result(String stack) {
        Report r = wb.recompute().report();
        return r.results().stream().filter(x -> x.stack().equals(stack)).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, Item item) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(item));
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
        robot.push(KeyCode.ENTER);
    }

    @Test
    void changingAnInputPriceChangesTheReportsCp1ki(FxRobot robot) {
        double before = result("Claude Haiku 3.5").cp1ki();
        assertEquals(3.04, before, 1e-9);
        robot.clickOn("#outline-stack-Claude_Haiku_3_5");
        type(robot, WorkbenchFixture.reveal(robot, "#apiInputPrice"), "1.60");
        double after = result("Claude Haiku 3.5").cp1ki();
        assertEquals(1000 * (1800 * 1.60 + 400 * 4.00) / 1e6, after, 1e-9);
        assertTrue(stage.getTitle().endsWith(" *"), stage.getTitle());
        assertEquals("Set input price of stack 'Claude Haiku 3.5' to 1.6", wb.session().undoDescriptionProperty().get());
        assertTrue(robot.lookup("#resultsTable").queryTableView().getItems().stream()
                .anyMatch(r -> r.toString().contains("Claude Haiku 3.5") && r.toString().contains("cp1ki=4.48")), "(1,800 x 1.60 + 400 x 4.00) / 1,000 in USD");
    }

    @Test
    void aNegativePriceIsRefusedWithAMessageAndTheProjectStaysAsItWas(FxRobot robot) {
        robot.clickOn("#outline-stack-GPT_4o");
        var project = wb.session().project();
        WorkbenchFixture.reveal(robot, "#apiOutputPrice");
        type(robot, "#apiOutputPrice", "-1");
        assertEquals("Output price must be ≥ 0", robot.lookup("#apiOutputPriceError").queryAs(Label.class).getText());
        assertEquals(project, wb.session().project());
        type(robot, "#apiOutputPrice", "ten");
        assertEquals("Output price must be a number, not \"ten\"", robot.lookup("#apiOutputPriceError").queryAs(Label.class).getText());
        type(robot, "#apiOutputPrice", "12");
        assertFalse(robot.lookup("#apiOutputPriceError").queryAs(Label.class).isVisible());
        robot.interact(() -> Screenshots.save(wb.view().root(), "editor-api-stack", 1));
    }

    @Test
    void addingAGpuStackMakesACrossoverAppearAndUndoTakesItAway(FxRobot robot) {
        robot.clickOn("#outline-stack-GPT_4o").push(KeyCode.SPACE);
        assertFalse(wb.session().project().stack("GPT-4o").orElseThrow().enabled(), "Space switches the selected stack off");
        robot.push(KeyCode.SPACE);
        robot.interact(() -> {
            wb.viewModel().outline().setEnabled("Llama 3 70B on g5.xlarge", false);
            wb.viewModel().outline().setEnabled("Llama 3 70B on g5.xlarge + ops", false);
        });
        assertTrue(crossoversWith("Llama").isEmpty(), "no GPU stack is enabled");
        robot.clickOn("#addMenu").clickOn("#outlineAddGpuStack");
        String added = wb.viewModel().outline().selectedProperty().get().name();
        assertEquals("g5.xlarge", added);
        List<Crossover> crossings = crossoversWith(added).stream().filter(c -> !c.crossings().isEmpty()).toList();
        assertFalse(crossings.isEmpty(), "the new GPU stack crosses an API stack somewhere in the volume range");
        robot.interact(() -> Screenshots.save(wb.view().root(), "editor-gpu-stack", 1));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertTrue(wb.session().project().stack(added).isEmpty());
        assertTrue(crossoversWith(added).isEmpty());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertTrue(wb.session().project().stack(added).isPresent());
    }

    private List<Crossover> crossoversWith(String stack) {
        return wb.recompute().report().crossovers().stream()
                .filter(c -> c.a().contains(stack) || c.b().contains(stack)).toList();
    }

    @Test
    void everyEditorShowsItsFieldsWithUnitsForTheSeedSample(FxRobot robot) {
        robot.interact(() -> Screenshots.save(wb.view().root(), "main-window", 1));
        select(robot, Item.workload("document_summariser"));
        assertEquals("10,000", robot.lookup("#workloadInferencesPerDay").queryAs(TextField.class).getText());
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-workload", 1));
        select(robot, wb.session().project().plans().isEmpty() ? Item.SETTINGS : Item.plan(wb.session().project().plans().get(0).name()));
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-plan", 1));
        select(robot, Item.stack("Llama 3 70B on g5.xlarge + ops"));
        assertTrue(robot.lookup("#gpuOutputTokensPerSecond").tryQuery().isPresent());
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-gpu-stack-full", 1));
        select(robot, Item.stack("GPT-4o"));
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-api-stack-full", 1));
        robot.interact(() -> wb.charts().select(com.cp1ki.app.charts.ChartKind.CROSSOVER));
        robot.interact(() -> Screenshots.save(wb.view().root(), "main-window-crossover", 1));
        select(robot, Item.SETTINGS);
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-settings", 1));
    }

    @Test
    void aBlankIncludedInferencesFieldSaysUnlimitedAndKeepsItsTooltip(FxRobot robot) {
        String plan = wb.session().project().plans().get(0).name();
        select(robot, Item.plan(plan));
        type(robot, WorkbenchFixture.reveal(robot, "#planIncludedInferences"), "");
        assertEquals(null, wb.session().project().plans().get(0).includedInferences(), "blank is stored as unlimited");
        TextField included = robot.lookup("#planIncludedInferences").queryAs(TextField.class);
        assertEquals("", included.getText());
        assertEquals("unlimited", included.getPromptText());
        assertTrue(included.getTooltip().getText().contains("Blank: unlimited"), included.getTooltip().getText());
        assertEquals("usage p99", robot.lookup("#planPowerUserUsage").queryAs(TextField.class).getPromptText());
        TextField price = robot.lookup("#planPricePerUserMonth").queryAs(TextField.class);
        robot.interact(price::requestFocus); // the prompt shows while another field has focus
        assertFalse(included.isFocused());
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-plan-unlimited", 1));
    }
}
