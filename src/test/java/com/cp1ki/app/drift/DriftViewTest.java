package com.cp1ki.app.drift;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.ui.Screenshots;
import com.cp1ki.app.ui.WorkbenchFixture;
import com.cp1ki.io.project.ProjectFiles;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Drift window on the drift sample: the chart, a click on an alert, the waterfall, export, the update. */
@ExtendWith(ApplicationExtension.class)
class DriftViewTest {
    static final Path SAMPLE = Path.of("sample-projects", "drift");
    private Workbench wb;

    @Start
    void start(Stage stage) throws Exception {
        wb = WorkbenchFixture.open(stage);
        var doc = ProjectFiles.loadDocument(SAMPLE.resolve("drift.cp1ki"));
        wb.session().replace(doc.project(), doc.notes(), null, "drift");
    }

    private DriftView open(FxRobot robot) {
        robot.interact(() -> {
            wb.driftWindow().show(wb.view().root().getScene().getWindow());
            DriftViewModel vm = wb.driftWindow().view().viewModel();
            vm.setModels(Map.of("gpt-4o-mini-2024-07-18", "GPT-4o mini", "claude-3-5-haiku-20241022",
                    "Claude Haiku 3.5", "claude-sonnet-4-20250514", "Claude Sonnet 4"));
            vm.open(List.of(SAMPLE.resolve("requests.csv.gz")));
            vm.usePriceList(SAMPLE.resolve("prices.json"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return wb.driftWindow().view();
    }

    @Test
    void theSampleShowsEachFeaturesCp1kiWithItsBandAndAlertsAndTheWaterfallOfAPickedDay(FxRobot robot, @TempDir Path dir)
            throws Exception {
        DriftView v = open(robot);
        robot.interact(() -> v.viewModel().featureProperty().set("code-assist"));
        var chart = v.root().lookup("#driftSeriesChart");
        @SuppressWarnings("unchecked")
        var series = ((XYChart<Number, Number>) chart).getData();
        assertEquals(90, series.get(0).getData().size(), "CP1Ki of every day");
        assertEquals(1, series.get(3).getData().size(), "one alert: the model switch");
        assertTrue(series.get(4).getData().size() > 10, "the switch stays open while the baseline absorbs it");
        Node alert = series.get(3).getData().get(0).getNode();
        robot.clickOn(alert);
        String day = robot.lookup("#driftDay").queryAs(Label.class).getText();
        assertTrue(day.startsWith("2026-09-27: drift:"), day);
        assertTrue(day.contains("largest driver: model mix"), day);
        @SuppressWarnings("unchecked")
        var water = ((XYChart<String, Number>) v.root().lookup("#driftWaterfallChart")).getData();
        assertEquals(8, water.get(0).getData().size(), "baseline, six drivers, the day");
        robot.interact(() -> v.setChooser((owner, name) -> dir.resolve(name)));
        robot.clickOn("#driftWaterfallExport").clickOn("#driftWaterfallExportCsv");
        String csv = Files.readString(dir.resolve("why-it-moved-code-assist.csv"));
        assertTrue(csv.contains("model mix,"), csv);
        robot.clickOn("#driftSeriesExport").clickOn("#driftSeriesExportPng");
        assertTrue(Files.size(dir.resolve("cp1ki-by-day-code-assist.png")) > 10_000);
        robot.interact(() -> {
            Stage s = (Stage) v.root().getScene().getWindow();
            s.setWidth(1280);
            s.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(v.root(), "drift-1280x720", 1));
        robot.interact(() -> {
            Stage s = (Stage) v.root().getScene().getWindow();
            s.setWidth(1920);
            s.setHeight(1080);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshots.save(v.root(), "drift-1920x1080", 1));
    }

    private static void size(FxRobot robot, DriftView v, double w, double h) {
        robot.interact(() -> {
            Stage s = (Stage) v.root().getScene().getWindow();
            s.setWidth(w);
            s.setHeight(h);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> v.root().layout());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Pixels of the node's snapshot (on white) that are not white. */
    private static int inked(Node n) {
        javafx.scene.image.Image img = n.snapshot(null, null);
        int ink = 0;
        for (int x = 0; x < (int) img.getWidth(); x++) {
            for (int y = 0; y < (int) img.getHeight(); y++) {
                ink += (img.getPixelReader().getArgb(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        return ink;
    }

    @Test
    void everyLegendSwatchIsDrawnAndNoAxisLabelIsCutAt1280x720Or1920x1080(FxRobot robot) {
        // issue 13 follow-up: the baseline's and the limit's swatches were blank, the y-axis label cut
        DriftView v = open(robot);
        robot.interact(() -> v.viewModel().featureProperty().set("code-assist"));
        for (double[] wh : new double[][] {{1280, 720}, {1920, 1080}}) {
            size(robot, v, wh[0], wh[1]);
            robot.interact(() -> {
                var symbols = v.root().lookup("#driftSeriesChart").lookupAll(".chart-legend-item-symbol");
                assertEquals(5, symbols.size());
                for (Node n : symbols) {
                    assertTrue(inked(n) >= 12, n.getStyleClass() + " is blank at " + wh[0]);
                }
                for (String chart : List.of("#driftSeriesChart", "#driftWaterfallChart")) {
                    for (Node n : v.root().lookup(chart).lookupAll(".axis-label")) {
                        Label l = (Label) n;
                        if (!l.getText().isEmpty()) {
                            String shown = ((javafx.scene.text.Text) l.lookup(".text")).getText();
                            assertEquals(l.getText(), shown, chart + " axis label at " + wh[0] + "x" + wh[1]);
                        }
                    }
                }
            });
            robot.interact(() -> Screenshots.save(v.root(), "drift-legend-" + (int) wh[0] + "x" + (int) wh[1], 1));
        }
    }

    @Test
    void updatingTheWorkloadSetsItFromTheLogAndUndoRestoresIt(FxRobot robot) {
        DriftView v = open(robot);
        robot.interact(() -> v.viewModel().featureProperty().set("summariser"));
        double before = wb.session().project().workload("summariser").orElseThrow().inferencesPerDay();
        robot.clickOn("#driftUpdateWorkload");
        WaitForAsyncUtils.waitForFxEvents();
        double after = wb.session().project().workload("summariser").orElseThrow().inferencesPerDay();
        assertTrue(after != before && after > 200 && after < 300, "inferences/day " + after);
        robot.interact(() -> wb.session().undo());
        assertEquals(before, wb.session().project().workload("summariser").orElseThrow().inferencesPerDay());
    }
}
