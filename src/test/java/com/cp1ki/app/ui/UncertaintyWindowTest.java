package com.cp1ki.app.ui;

import com.cp1ki.app.Workbench;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.uncertainty.Rows;
import com.cp1ki.app.uncertainty.UncertaintyRun;
import com.cp1ki.app.uncertainty.UncertaintyWindow;
import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.engine.model.Scenario;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Uncertainty window on the ranged seed sample (100 draws): the numbers shown are the
 * engine's for the same seed, an edit (Reseed) reruns and the table changes, Cancel leaves nothing
 * that looks final, a scenario is simulated and named, charts export, and presentation. The
 * background executor is a queue the test drains on the FX thread, so it can act mid-run.
 */
@ExtendWith(ApplicationExtension.class)
class UncertaintyWindowTest {

    static final String GPT = "cp1ki/document_summariser/GPT-4o";

    private final ArrayDeque<Runnable> queue = new ArrayDeque<>();
    private Workbench wb;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        wb = WorkbenchFixture.ranged(stage, queue);
    }

    private void drain() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }

    private void step(FxRobot robot, int n) {
        robot.interact(() -> {
            for (int i = 0; i < n && !queue.isEmpty(); i++) {
                queue.poll().run();
            }
        });
    }

    private UncertaintyWindow open(FxRobot robot) {
        robot.interact(() -> wb.view().uncertaintyItem().fire());
        WaitForAsyncUtils.waitForFxEvents();
        return wb.uncertaintyWindow();
    }

    private void finish(FxRobot robot) {
        robot.interact(this::drain);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Rows.Percentiles row(TableView<Rows.Percentiles> t, String key) {
        return t.getItems().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    private String text(FxRobot robot, String id) {
        return ((Label) robot.lookup(id).query()).getText();
    }

    @Test
    void theNumbersShownAreTheEnginesAndABarExplainsItself(FxRobot robot) {
        UncertaintyWindow w = open(robot);
        assertEquals(UncertaintyRun.State.RUNNING, wb.uncertainty().run().stateProperty().get());
        assertTrue(robot.lookup("#uncertaintyProgress").query().isVisible());
        finish(robot);
        Simulation engine = UncertaintyEngine.simulate(wb.session().project());
        TableView<Rows.Percentiles> table = robot.lookup("#uncertaintyPercentiles").queryTableView();
        assertEquals(engine.outputs().size(), table.getItems().size());
        var st = engine.output(GPT).orElseThrow().stats();
        Rows.Percentiles gpt = row(table, GPT);
        assertEquals(List.of(ChartFormat.money(st.p5(), "USD"), ChartFormat.money(st.p50(), "USD"),
                ChartFormat.money(st.p95(), "USD")), List.of(gpt.p5(), gpt.p50(), gpt.p95()));
        TabPane tables = robot.lookup("#uncertaintyTables").query();
        assertTrue(tables.getTabs().stream().allMatch(t -> t.getText().contains("(n = 100, seed = 42)")),
                "every simulated table says n and seed");
        assertEquals("n = 100, seed = 42", text(robot, "#uncertaintyStatus"));
        assertTrue(text(robot, "#uncertaintySubject").startsWith("Base of"));
        robot.interact(() -> wb.uncertainty().outputProperty().set(GPT));
        BarChart<?, ?> tornado = robot.lookup("#tornadoChart").query();
        assertEquals(2, tornado.getData().size(), "a low-end and a high-end series");
        var chart = UncertaintyEngine.tornado(wb.session().project()).outputs().stream()
                .filter(c -> c.output().key().equals(GPT)).findFirst().orElseThrow();
        assertEquals(Math.min(12, chart.bars().size()), tornado.getData().get(0).getData().size());
        // the top row is the largest swing; clicking its bar explains both recomputed values
        var top = tornado.getData().get(1).getData().get(tornado.getData().get(1).getData().size() - 1);
        robot.interact(() -> top.getNode().getOnMouseClicked().handle(null));
        String explained = ((javafx.scene.layout.VBox) ((javafx.scene.control.ScrollPane) robot
                .lookup("#uncertaintyExplanation").query()).getContent()).getChildren().toString();
        assertTrue(w.view().explanation().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains(ChartFormat.money(chart.bars().get(0).atHigh(), "USD"))), explained);
        robot.interact(() -> table.getSelectionModel().select(row(table, GPT)));
        assertTrue(w.view().explanation().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                .anyMatch(t -> t.contains("P50 " + ChartFormat.money(st.p50(), "USD"))));
        // the pictures at 1,000 draws (a smoother histogram); an edit of the draws reruns
        robot.interact(() -> wb.session().execute(new com.cp1ki.app.session.Edit("draws 1000",
                q -> q.withUncertainty(q.uncertainty().withDraws(1000)))));
        finish(robot);
        assertEquals("n = 1,000, seed = 42", text(robot, "#uncertaintyStatus"));
        robot.interact(() -> table.getSelectionModel().select(row(table, GPT)));
        for (String tab : List.of("tornadoChartTab", "histogramChartTab", "cumulativeChartTab")) {
            robot.interact(() -> w.view().chartTabs().getSelectionModel().select(w.view().chartTabs().getTabs()
                    .stream().filter(t -> t.getId().equals(tab)).findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            DialogShots.save(robot, w.stage(), null, "uncertainty-" + tab.replace("ChartTab", ""));
        }
    }

    @Test
    void reseedRerunsAndTheTableChanges(FxRobot robot) {
        open(robot);
        finish(robot);
        TableView<Rows.Percentiles> table = robot.lookup("#uncertaintyPercentiles").queryTableView();
        // every percentile of every row: two seeds may round one median to the same cent, never all of them
        java.util.function.Supplier<List<String>> all = () -> table.getItems().stream()
                .map(r -> String.join(" ", r.p5(), r.p10(), r.p50(), r.p90(), r.p95(), r.mean())).toList();
        List<String> before = all.get();
        robot.interact(() -> ((Button) robot.lookup("#uncertaintyReseed").query()).fire());
        long seed = wb.session().project().uncertainty().seed();
        assertNotEquals(42, seed);
        assertTrue(table.getItems().isEmpty(), "the old seed's numbers leave at once");
        finish(robot);
        assertNotEquals(before, all.get());
        assertEquals(ChartFormat.money(UncertaintyEngine.simulate(wb.session().project()).output(GPT).orElseThrow()
                .stats().p50(), "USD"), row(table, GPT).p50());
        assertEquals("n = 100, seed = " + seed, text(robot, "#uncertaintyStatus"));
    }

    @Test
    void cancelLeavesNothingThatLooksFinal(FxRobot robot) {
        UncertaintyWindow w = open(robot);
        step(robot, 20);
        robot.interact(() -> ((Button) robot.lookup("#uncertaintyCancel").query()).fire());
        finish(robot);
        assertEquals(UncertaintyRun.State.CANCELLED, wb.uncertainty().run().stateProperty().get());
        assertTrue(text(robot, "#uncertaintyStatus").startsWith("Cancelled after "), text(robot, "#uncertaintyStatus"));
        assertTrue(robot.lookup("#uncertaintyStatus").query().getStyleClass().contains("uncertainty-cancelled"));
        TableView<Rows.Percentiles> table = robot.lookup("#uncertaintyPercentiles").queryTableView();
        assertTrue(table.getItems().isEmpty());
        assertFalse(robot.lookup("#uncertaintyProgress").query().isVisible());
        TabPane tables = robot.lookup("#uncertaintyTables").query();
        assertTrue(tables.getTabs().stream().noneMatch(t -> t.getText().contains("seed")), "no stamp: nothing simulated");
        Node histogram = robot.lookup("#histogramChartPlaceholder").query();
        assertTrue(histogram.isVisible());
        assertTrue(((Label) histogram).getText().startsWith("Cancelled"));
        robot.interact(() -> w.view().chartTabs().getSelectionModel().select(1));
        DialogShots.save(robot, w.stage(), null, "uncertainty-cancelled");
    }

    @Test
    void drawsTheHeapCannotHoldAreRefusedSayingHowManyFit(FxRobot robot) {
        // the test JVM's heap is 1 GB (pom): a million draws of the sample's outputs and inputs need more than its 60%
        assumeTrue(Runtime.getRuntime().maxMemory() <= 1L << 30, "needs the test JVM's 1 GB heap");
        robot.interact(() -> wb.session().execute(new Edit("draws", p -> p.withUncertainty(
                p.uncertainty().withDraws(1_000_000)))));
        UncertaintyWindow w = open(robot);
        finish(robot);
        assertEquals(UncertaintyRun.State.FAILED, wb.uncertainty().run().stateProperty().get());
        String status = text(robot, "#uncertaintyStatus");
        assertTrue(status.startsWith("Cannot simulate: 1,000,000 draws of this project would keep about "), status);
        assertTrue(status.matches(".*use at most [0-9,]+ draws, or give Java more memory \\(-Xmx\\)"), status);
        TableView<Rows.Percentiles> table = robot.lookup("#uncertaintyPercentiles").queryTableView();
        assertTrue(table.getItems().isEmpty(), "nothing simulated, nothing shown");
        assertFalse(robot.lookup("#uncertaintyProgress").query().isVisible());
        robot.interact(() -> w.view().chartTabs().getSelectionModel().select(1));
        Label histogram = robot.lookup("#histogramChartPlaceholder").query();
        assertTrue(histogram.isVisible() && histogram.getText().equals(status), "the chart says why, not 'Simulating': "
                + histogram.getText());
        assertTrue(wb.uncertainty().run().outcomeProperty().get().tornado() != null,
                "the tornado needs no draws and stays");
        DialogShots.save(robot, w.stage(), null, "uncertainty-too-many-draws");
    }

    @Test
    void theShownScenarioIsSimulatedAndNamed(FxRobot robot) {
        open(robot);
        robot.interact(() -> wb.session().showScenario("Dear GPT"));
        finish(robot);
        assertTrue(text(robot, "#uncertaintySubject").startsWith("Scenario Dear GPT"), text(robot, "#uncertaintySubject"));
        assertEquals(UncertaintyEngine.simulate(ScenarioEngine.apply(wb.session().project(), "Dear GPT")),
                wb.uncertainty().outcome().simulation());
    }

    @Test
    void chartsExportAsEveryChartDoesAndPresent(FxRobot robot, @TempDir Path dir) throws Exception {
        UncertaintyWindow w = open(robot);
        finish(robot);
        robot.interact(() -> wb.uncertainty().outputProperty().set(GPT));
        w.view().exportTarget().setChooser((owner, name) -> dir.resolve(name));
        for (String id : List.of("tornadoChart", "histogramChart", "cumulativeChart")) {
            MenuButton menu = robot.lookup("#" + id + "Export").query();
            for (String item : List.of("Png2", "Svg", "Pdf", "Csv")) {
                robot.interact(() -> menu.getItems().stream().filter(i -> (id + item).equals(i.getId())).findFirst()
                        .ifPresent(MenuItem::fire));
            }
        }
        for (String stem : List.of("tornado", "histogram", "cumulative")) {
            for (String ext : List.of(".png", ".svg", ".pdf", ".csv")) {
                assertTrue(Files.size(dir.resolve(stem + ext)) > 100, stem + ext);
            }
        }
        String svg = Files.readString(dir.resolve("histogram.svg"));
        assertTrue(svg.contains("n = 100, seed = 42"), "the export carries the stamp");
        assertTrue(Files.readString(dir.resolve("tornado.csv")).startsWith("input,field,ranged"));
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("tornado.png").toFile());
        assertEquals(3840, png.getWidth());
        TabPane tables = robot.lookup("#uncertaintyTables").query();
        robot.interact(() -> w.view().setPresenting(true));
        assertTrue(w.view().isPresenting());
        assertEquals(null, tables.getScene(), "presenting: the charts alone");
        DialogShots.save(robot, w.stage(), null, "uncertainty-present");
        robot.interact(() -> w.view().setPresenting(false));
        assertTrue(tables.getScene() != null);
        if (System.getProperty("cp1ki.screenshots") != null) {
            Files.copy(dir.resolve("tornado.png"), Path.of(System.getProperty("cp1ki.screenshots"), "uncertainty-export-tornado.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
