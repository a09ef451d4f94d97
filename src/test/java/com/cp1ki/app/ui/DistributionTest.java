package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Item;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TypedMeans;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pasting a two-column distribution into a workload, and importing a log file with its preview. */
@ExtendWith(ApplicationExtension.class)
class DistributionTest {

    private static final String PASTE = "input_tokens\toutput_tokens\n1000\t200\n2000\t400\n3000\t600\nnot\ta row\n";
    private Workbench wb;

    @Start
    void start(Stage stage) {
        wb = WorkbenchFixture.open(stage);
    }

    private double haikuCostPerInference() {
        return wb.recompute().report().results().stream().filter(r -> r.stack().equals("Claude Haiku 3.5"))
                .findFirst().orElseThrow().costPerInference();
    }

    @Test
    void pastingTwoColumnsMakesTheWorkloadADistributionAndTheCostFollowsIt(FxRobot robot) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        robot.interact(() -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(PASTE);
            Clipboard.getSystemClipboard().setContent(c);
        });
        robot.clickOn(WorkbenchFixture.reveal(robot, "#workloadPaste")).push(KeyCode.CONTROL, KeyCode.V);
        robot.clickOn(WorkbenchFixture.reveal(robot, "#workloadPasteApply"));
        var tokens = wb.session().project().workload("document_summariser").orElseThrow().tokens();
        TokenDistribution d = assertInstanceOf(TokenDistribution.class, tokens);
        assertEquals(3, d.totalWeight());
        assertEquals(2000, d.meanInput(), 1e-9);
        // Haiku: mean of (I x 0.80 + O x 4.00) / 1e6 over the three rows = (2000 x 0.8 + 400 x 4) / 1e6
        assertEquals((2000 * 0.80 + 400 * 4.00) / 1e6, haikuCostPerInference(), 1e-12);
        TableView<?> percentiles = robot.lookup("#workloadPercentiles").queryTableView();
        assertTrue(percentiles.getItems().toString().contains("p50, input=2,000, output=400"), percentiles.getItems().toString());
        String report = robot.lookup("#workloadImportReport").queryAs(Label.class).getText();
        assertTrue(report.contains("1 skipped"), report);
        assertTrue(report.contains("columns input = input_tokens, output = output_tokens"), report);
        assertTrue(report.contains("(first at line 5)"), report);
        String profile = robot.lookup("#workloadProfile").queryAs(Label.class).getText();
        assertTrue(profile.endsWith("mean 2,000.0 input / 400.0 output tokens"), profile);
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-workload-distribution", 1));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertInstanceOf(TypedMeans.class, wb.session().project().workload("document_summariser").orElseThrow().tokens());
    }

    @Test
    void aLogFileIsPreviewedThenImportedIntoTheWorkload(FxRobot robot, @TempDir Path dir) throws IOException {
        Path log = dir.resolve("requests.csv");
        StringBuilder b = new StringBuilder("timestamp,prompt_tokens,completion_tokens\n");
        for (int k = 0; k < 500; k++) {
            b.append("2026-11-01T10:").append(String.format("%02d", k % 60)).append(":00Z,").append(1000 + k).append(',').append(100 + k % 50).append('\n');
        }
        Files.writeString(log, b);
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        var view = robot.lookup("#workloadImportLog").query();
        assertTrue(view.isVisible());
        robot.interact(() -> ((com.cp1ki.app.editor.workload.WorkloadView) wb.editors().current()).importLog(log));
        String preview = robot.lookup("#workloadImportPreview").queryAs(Label.class).getText();
        assertTrue(preview.contains("timestamp            | prompt_tokens | completion_tokens"), preview);
        assertEquals("prompt_tokens", robot.lookup("#workloadInputColumn").queryComboBox().getValue());
        assertEquals("completion_tokens", robot.lookup("#workloadOutputColumn").queryComboBox().getValue());
        assertEquals("timestamp", robot.lookup("#workloadTimeColumn").queryComboBox().getValue());
        assertEquals("(none)", robot.lookup("#workloadWeightColumn").queryComboBox().getValue());
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-workload-import-preview", 1));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        String message = robot.lookup("#workloadDistributionMessage").queryAs(Label.class).getText();
        TokenDistribution d = assertInstanceOf(TokenDistribution.class,
                wb.session().project().workload("document_summariser").orElseThrow().tokens(), message);
        assertEquals(500, d.totalWeight());
        assertEquals("Import requests.csv into workload 'document_summariser'", wb.session().undoDescriptionProperty().get());
    }

    private String message(FxRobot robot) {
        return robot.lookup("#workloadDistributionMessage").queryAs(Label.class).getText();
    }

    private void paste(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#workloadPaste").queryTextInputControl().setText(text));
        robot.interact(() -> robot.lookup("#workloadPasteApply").queryButton().fire());
    }

    @Test
    void aSingleColumnPasteTakesATypedOutputRatioOrMeanAndSaysSoWhenNoneIsGiven(FxRobot robot) {
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        paste(robot, "1,000\n2,000\n3,000\n");
        assertInstanceOf(TypedMeans.class, wb.session().project().workload("document_summariser").orElseThrow().tokens());
        assertTrue(message(robot).contains("no output-token column")
                && message(robot).contains("type an output ratio or an output mean under the paste box"), message(robot));
        assertTrue(!message(robot).contains("--"), "no command-line options in the workbench: " + message(robot));

        robot.interact(() -> robot.lookup("#workloadOutputRatio").queryTextInputControl().setText("25%"));
        paste(robot, "1,000\n2,000\n3,000\n");
        TokenDistribution d = assertInstanceOf(TokenDistribution.class,
                wb.session().project().workload("document_summariser").orElseThrow().tokens(), message(robot));
        assertEquals(2000, d.meanInput(), 1e-9);
        assertEquals(500, d.meanOutput(), 1e-9, "output = round(0.25 x input) per request");
        String report = robot.lookup("#workloadImportReport").queryAs(Label.class).getText();
        assertTrue(report.contains("output tokens = round(0.25 x input tokens) per request"), report);

        robot.interact(() -> robot.lookup("#workloadOutputMean").queryTextInputControl().setText("300"));
        paste(robot, "10\n");
        assertEquals("Give an output ratio or an output mean, not both.", message(robot));
        robot.interact(() -> robot.lookup("#workloadOutputRatio").queryTextInputControl().setText(""));
        paste(robot, "10\n30\n");
        assertEquals(300, wb.session().project().workload("document_summariser").orElseThrow().tokens().meanOutput(), 1e-9);

        robot.interact(() -> robot.lookup("#workloadOutputMean").queryTextInputControl().setText("lots"));
        paste(robot, "10\n");
        assertTrue(message(robot).contains("The output mean must be a number of tokens >= 0, not 'lots'"), message(robot));
        robot.interact(() -> robot.lookup("#workloadOutputMean").queryTextInputControl().setText("300"));
        paste(robot, "100\t20\n");
        assertTrue(message(robot).contains("Clear the output ratio and output mean to use that column"), message(robot));
    }

    @Test
    void aLogWhoseColumnsAreNotRecognisedIsImportedWithTheColumnsTheUserChooses(FxRobot robot, @TempDir Path dir)
            throws IOException {
        Path log = dir.resolve("gateway.csv");
        StringBuilder b = new StringBuilder("when;req_in;req_out;n\n");
        for (int k = 0; k < 100; k++) {
            b.append("2026-11-01 10:").append(String.format("%02d", k % 60)).append(":00;").append(1000 + k).append(';')
                    .append(200).append(";2\n");
        }
        Files.writeString(log, b);
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        robot.interact(() -> ((com.cp1ki.app.editor.workload.WorkloadView) wb.editors().current()).importLog(log));
        assertEquals("(none)", robot.lookup("#workloadInputColumn").queryComboBox().getValue());
        assertTrue(message(robot).contains("choose them in the preview"), message(robot));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        assertEquals("Choose the column that holds input tokens.", message(robot));
        robot.interact(() -> robot.lookup("#workloadInputColumn").queryComboBox().setValue("req_in"));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        assertTrue(message(robot).startsWith("Choose the column that holds output tokens"), message(robot));
        robot.interact(() -> {
            robot.lookup("#workloadOutputColumn").queryComboBox().setValue("req_out");
            robot.lookup("#workloadWeightColumn").queryComboBox().setValue("n");
            robot.lookup("#workloadTimeColumn").queryComboBox().setValue("when");
        });
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-workload-import-columns", 1));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        TokenDistribution d = assertInstanceOf(TokenDistribution.class,
                wb.session().project().workload("document_summariser").orElseThrow().tokens(), message(robot));
        assertEquals(200, d.totalWeight(), 0, "100 rows with a count of 2 each");
        assertEquals(1049.5, d.meanInput(), 1e-9);
        assertEquals(200, d.meanOutput(), 1e-9);
        String report = robot.lookup("#workloadImportReport").queryAs(Label.class).getText();
        assertTrue(report.contains("input = req_in, output = req_out"), report);
    }

    @Test
    void aTaggedLogGivesOneTagsRowsOrOneWorkloadPerTagValueEachAsOneUndoableStep(FxRobot robot, @TempDir Path dir)
            throws IOException {
        Path log = dir.resolve("features.csv");
        StringBuilder b = new StringBuilder("input_tokens,output_tokens,feature\n");
        for (int k = 0; k < 100; k++) {
            String f = k < 60 ? "chat" : k < 90 ? "search" : "summarise";
            int in = f.equals("chat") ? 500 : f.equals("search") ? 2000 : 8000;
            b.append(in).append(",100,").append(f).append('\n');
        }
        Files.writeString(log, b);
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        var view = (com.cp1ki.app.editor.workload.WorkloadView) wb.editors().current();
        robot.interact(() -> view.importLog(log));
        assertEquals("feature", robot.lookup("#workloadTagColumn").queryComboBox().getValue());
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        assertTrue(message(robot).contains("The log has 3 tag values"), message(robot));
        assertInstanceOf(TypedMeans.class, wb.session().project().workload("document_summariser").orElseThrow().tokens(),
                "nothing is applied until the user chooses");
        String summary = robot.lookup("#workloadTagSummary").queryAs(Label.class).getText();
        assertEquals("Tag values by share of requests: chat 60%, search 30%, summarise 10%.", summary);
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-workload-import-tags", 1));

        robot.interact(() -> {
            robot.lookup("#workloadTagChoice").queryComboBox().setValue("search");
            robot.lookup("#workloadTagOne").queryButton().fire();
        });
        assertEquals(2000, wb.session().project().workload("document_summariser").orElseThrow().tokens().meanInput(), 1e-9);
        assertEquals("Import features.csv into workload 'document_summariser' (tag 'search')",
                wb.session().undoDescriptionProperty().get());
        assertTrue(!robot.lookup("#tagBox").query().isVisible());

        robot.interact(() -> view.importLog(log));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        robot.interact(() -> robot.lookup("#workloadTagEach").queryButton().fire());
        var p = wb.session().project();
        assertEquals(0.6 * 500 + 0.3 * 2000 + 0.1 * 8000, p.workload("document_summariser").orElseThrow().tokens().meanInput(), 1e-9);
        assertEquals(6000, p.workload("chat").orElseThrow().inferencesPerDay(), 1e-9, "60% of 10,000 a day");
        assertEquals(3000, p.workload("search").orElseThrow().inferencesPerDay(), 1e-9);
        assertEquals(1000, p.workload("summarise").orElseThrow().inferencesPerDay(), 1e-9);
        assertEquals(8000, p.workload("summarise").orElseThrow().tokens().meanInput(), 1e-9);
        assertEquals(0.02, p.workload("chat").orElseThrow().valuePerInference(), 1e-12, "value per inference copied");
        assertTrue(wb.recompute().report().results().stream().anyMatch(r -> r.workload().equals("summarise")),
                "the new workloads are costed on every stack");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, wb.session().project().workloads().size(), "one undo removes them all");
        assertEquals(2000, wb.session().project().workload("document_summariser").orElseThrow().tokens().meanInput(), 1e-9);

        robot.interact(() -> view.importLog(log));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        robot.interact(() -> robot.lookup("#workloadTagDiscard").queryButton().fire());
        assertEquals(2000, wb.session().project().workload("document_summariser").orElseThrow().tokens().meanInput(), 1e-9);
        assertEquals("Import not used; the workload is unchanged.", message(robot));
    }

    @Test
    void aLogWithTimestampsSetsTheWorkloadsPeakToAverageToTheMeasuredHourlyPeak(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path log = dir.resolve("hours.csv");
        StringBuilder b = new StringBuilder("timestamp,prompt_tokens,completion_tokens\n");
        int[] perHour = {40, 120, 60, 30, 50};
        for (int h = 0; h < perHour.length; h++) {
            for (int k = 0; k < perHour[h]; k++) {
                b.append(String.format("2026-11-02T%02d:%02d:%02dZ,1000,100%n", 9 + h, k * 60 / perHour[h], k % 60));
            }
        }
        Files.writeString(log, b);
        com.cp1ki.io.tokens.Traffic traffic = com.cp1ki.io.tokens.TokenImport.importFile(log,
                com.cp1ki.io.tokens.ImportOptions.defaults()).traffic();
        Double measured = traffic.peakToAverageHourly();
        assertTrue(measured != null && measured > 1.5, "the log's busiest hour is well above its average: " + measured);
        robot.interact(() -> wb.viewModel().outline().selectedProperty().set(Item.workload("document_summariser")));
        robot.interact(() -> ((com.cp1ki.app.editor.workload.WorkloadView) wb.editors().current()).importLog(log));
        robot.interact(() -> robot.lookup("#workloadImportStart").queryButton().fire());
        assertEquals(measured, wb.session().project().workload("document_summariser").orElseThrow().peakToAverage(), 1e-12);
        assertTrue(message(robot).contains(String.format(java.util.Locale.ROOT, "Peak-to-average set to %.2f", measured)),
                message(robot));
        String report = robot.lookup("#workloadImportReport").queryAs(Label.class).getText();
        assertTrue(report.contains("Time: 2026-11-02 09:00 to 2026-11-02 13:5"), report);
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "busiest hour %.2f × the average", measured)), report);
        assertTrue(report.contains(String.format(java.util.Locale.ROOT, "= %,.0f a day", traffic.requestsPerDay())), report);
        javafx.scene.control.Button rate = robot.lookup("#workloadUseRate").queryButton();
        assertTrue(rate.isVisible(), "the log's rate can become the volume");
        assertEquals(String.format(java.util.Locale.ROOT, "Set volume to %,.0f inferences/day (the imported rows' rate)",
                traffic.requestsPerDay()), rate.getText());
        robot.interact(rate::fire);
        assertEquals(traffic.requestsPerDay(), wb.session().project().workload("document_summariser").orElseThrow()
                .inferencesPerDay(), 1e-9);
        robot.interact(() -> Screenshots.save(wb.editors().current().root(), "editor-workload-import-time", 1));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(10_000, wb.session().project().workload("document_summariser").orElseThrow().inferencesPerDay(), 0);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(1, wb.session().project().workload("document_summariser").orElseThrow().peakToAverage(), 0);
    }
}
