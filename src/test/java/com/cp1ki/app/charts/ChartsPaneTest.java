package com.cp1ki.app.charts;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.Samples;
import com.cp1ki.app.theme.Theme;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChartsPaneTest {

    /**
     * The seed shown in rupees at its 83 INR/USD, so every chart here also checks the display currency;
     * its workload routed to two stacks, so the Bill has segments to click too, batched (Levers) and
     * with a moving forecast ({@link com.cp1ki.app.TestProjects#everyChartDraws}).
     */
    private static final Project SEED = com.cp1ki.app.TestProjects.everyChartDraws(Samples.seed().withSettings(
            new com.cp1ki.engine.model.Settings("INR", 83, "2025", "seed 004", 730, 30, 1e2, 1e8)));
    private static final Report REPORT = CostEngine.report(SEED);

    /** The pane in a scene with the workbench's own theme, as the window shows it. */
    private static ChartsPane shown(Theme theme) {
        return Fx.call(() -> {
            ChartsPane p = new ChartsPane();
            StackPane root = new StackPane(p);
            theme.applyTo(new Scene(root, 1280, 760));
            root.applyCss();
            root.layout();
            p.show(SEED, REPORT);
            root.layout();
            return p;
        });
    }

    private static ChartsPane shown() {
        return shown(Theme.LIGHT);
    }

    @Test
    void everyChartHasItsTabAndItsId() {
        ChartsPane p = shown();
        for (ChartKind k : ChartKind.inPane()) {
            assertNotNull(Fx.call(() -> p.lookup("#" + k.id() + "Export")), k + " export menu");
            assertEquals(k.id(), p.adapter(k).chart().getId());
        }
        assertEquals(ChartKind.inPane().size(), p.tabs().getTabs().size());
    }

    @Test
    void theSeedsHaikuBarIsTheEnginesCp1kiInTheDisplayCurrency() {
        ChartsPane p = shown();
        Cp1kiChart c = (Cp1kiChart) p.adapter(ChartKind.CP1KI);
        XYChart.Data<String, Number> haiku = c.chart().getData().get(0).getData().stream()
                .filter(d -> d.getXValue().equals(Cp1kiChart.category("Claude Haiku 3.5"))).findFirst().orElseThrow();
        assertEquals(3.04 * 83, haiku.getYValue().doubleValue(), 1e-9);
        assertEquals("CP1Ki (INR)", c.chart().getYAxis().getLabel());
    }

    @Test
    void barsAreOneFlatLayerOfTheirComponentColourInTheLightAndTheDarkTheme() {
        for (Theme theme : Theme.values()) {
            ChartsPane p = shown(theme);
            java.util.List<javafx.scene.paint.Paint> fills = Fx.call(() -> {
                javafx.scene.layout.Region bar = (javafx.scene.layout.Region) ((Cp1kiChart) p.adapter(ChartKind.CP1KI))
                        .chart().getData().get(0).getData().get(0).getNode();
                bar.applyCss();
                return bar.getBackground().getFills().stream().map(f -> f.getFill()).toList();
            });
            // -cp-component-tokens in tokens.css (Okabe-Ito blue), with no surface-coloured layer over it
            assertEquals(java.util.List.of(javafx.scene.paint.Color.web("#0072B2")), fills, theme.name());
        }
    }

    @Test
    void clickingABarExplainsItInThePanel() {
        ChartsPane p = shown();
        Fx.run(() -> {
            XYChart.Data<String, Number> bar = ((Cp1kiChart) p.adapter(ChartKind.CP1KI)).chart().getData().get(0)
                    .getData().get(0);
            bar.getNode().fireEvent(MouseClick.at(bar.getNode()));
        });
        Selection s = p.explanation().selection();
        assertEquals("CP1Ki of Claude Haiku 3.5 serving document_summariser", s.title());
        assertEquals("CP1Ki ₹252.32 ($3.04)", s.facts().get(0), "in the display currency, and the USD the formulas use");
        assertEquals("Monthly cost ₹75,696.00 ($912.00) over 300,000 inferences a month", s.facts().get(1));
        boolean seedLine = Fx.call(() -> p.explanation().lookupAll(".explanation-substituted").stream()
                .map(n -> ((Label) n).getText())
                .anyMatch(t -> t.equals("(1,800 x 0.80 + 400 x 4.00) / 1,000,000 = $0.00304")));
        assertTrue(seedLine, "the panel shows seed 004's formula with the inputs plugged in");
    }

    /**
     * Every chart's clickable items (bars, points, marks, the histogram) are explained from each new
     * report: after an edit that moves every number, the panel shows the same item with figures a
     * fresh click on the new report shows, never the old ones (issue 8 item 1, house-style rule 13).
     */
    @Test
    void everyClickedItemIsExplainedFromEachNewReport() {
        Project edited = com.cp1ki.engine.field.Fields.scaled(SEED,
                com.cp1ki.engine.field.FieldPath.parse("workloads[document_summariser].tokens.input"), 2);
        Report after = CostEngine.report(edited);
        for (ChartKind k : ChartKind.inPane()) {
            ChartsPane p = shown();
            ChartsPane fresh = shown();
            Fx.run(() -> {
                p.select(k);
                fresh.show(edited, after);
                fresh.select(k);
                layout(p);
                layout(fresh);
            });
            java.util.Map<String, List<List<String>>> freshFacts = new java.util.HashMap<>();
            for (javafx.scene.Node m : clickable(fresh, k)) {
                Fx.run(() -> m.fireEvent(MouseClick.at(m)));
                Selection s = fresh.explanation().selection();
                freshFacts.computeIfAbsent(s.title(), t -> new java.util.ArrayList<>()).add(s.facts());
            }
            java.util.Map<String, Integer> shownBefore = new java.util.HashMap<>();
            for (javafx.scene.Node m : clickable(p, k)) {
                Fx.run(() -> m.fireEvent(MouseClick.at(m)));
                shownBefore.merge(p.explanation().selection().title(), 1, Integer::sum);
            }
            List<javafx.scene.Node> clickable = clickable(p, k);
            assertTrue(!clickable.isEmpty(), k + " has something to click");
            for (int i = 0; i < clickable.size(); i++) {
                javafx.scene.Node n = clickable.get(i);
                Fx.run(() -> n.fireEvent(MouseClick.at(n)));
                Selection before = p.explanation().selection();
                Fx.run(() -> {
                    p.show(edited, after);
                    layout(p);
                });
                Selection now = p.explanation().selection();
                String what = k + " item " + i + " (" + before.title() + ")";
                if (now == null) {
                    // gone from the new report: a crossing of this pair that no longer happens
                    assertTrue(freshFacts.getOrDefault(before.title(), List.of()).size() < shownBefore.get(before.title()),
                            what + " cleared although the new report still has it");
                    Fx.run(() -> p.show(SEED, REPORT));
                    continue;
                }
                assertEquals(before.title(), now.title(), what + ": the same item");
                assertTrue(freshFacts.getOrDefault(now.title(), List.of()).contains(now.facts()),
                        what + ": " + now.facts() + " are not the new report's " + freshFacts.get(now.title()));
                Fx.run(() -> p.show(SEED, REPORT));
                assertEquals(before.facts(), p.explanation().selection().facts(), what + " after going back");
            }
        }
    }

    private static void layout(ChartsPane p) {
        p.getParent().applyCss();
        p.getParent().layout();
    }

    /** The nodes of a chart's tab that explain something when clicked, in scene-graph order. */
    private static List<javafx.scene.Node> clickable(ChartsPane p, ChartKind k) {
        return Fx.call(() -> {
            List<javafx.scene.Node> out = new java.util.ArrayList<>();
            collect(p.adapter(k).view(), out);
            return out;
        });
    }

    private static void collect(javafx.scene.Node n, List<javafx.scene.Node> out) {
        if (n.getOnMouseClicked() != null && n.isVisible()) {
            out.add(n);
        }
        if (n instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void setWorkloadRedrawsThePerWorkloadCharts() {
        ChartsPane p = shown();
        Fx.run(() -> p.setWorkload("document_summariser"));
        assertEquals("document_summariser", p.adapter(ChartKind.CP1KI).options().workload());
        assertEquals("document_summariser", p.adapter(ChartKind.CROSSOVER).options().workload());
    }

    @Test
    void theExportMenuWritesA2xPngWhereTheChooserSays() throws Exception {
        ChartsPane p = shown();
        Path dir = Files.createTempDirectory("cp1ki-export");
        Path target = dir.resolve("cp1ki.png");
        Fx.run(() -> {
            p.exportTarget().setChooser((owner, suggested) -> {
                assertEquals("cp1ki.png", suggested);
                return target;
            });
            MenuButton m = (MenuButton) p.lookup("#cp1kiChartExport");
            MenuItem png2 = m.getItems().stream().filter(i -> "cp1kiChartPng2".equals(i.getId())).findFirst().orElseThrow();
            png2.fire();
        });
        assertEquals(target, p.exportTarget().lastWritten());
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(target.toFile());
        assertEquals(3840, img.getWidth());
        assertEquals(2160, img.getHeight());
    }

    @Test
    void exportDeckWritesAPowerPointDeckWhereTheChooserSays() throws Exception {
        ChartsPane p = shown();
        Path target = Files.createTempDirectory("cp1ki-deck").resolve("client.pptx");
        Fx.run(() -> {
            p.exportTarget().setChooser((owner, suggested) -> {
                assertTrue(suggested.endsWith(".pptx"), suggested);
                return target;
            });
            p.exportDeck();
        });
        // written off the FX thread, with a progress dialog: wait for it to finish
        long end = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(5);
        while (Fx.call(() -> p.exportTarget().lastDeck().job().runningProperty().get())) {
            assertTrue(System.nanoTime() < end, "the deck is written within 5 minutes");
            Thread.sleep(100);
        }
        assertEquals(target, p.exportTarget().lastWritten(), Fx.call(() -> p.exportTarget().lastDeck().job().messageProperty().get()));
        try (java.io.InputStream in = Files.newInputStream(target);
             org.apache.poi.xslf.usermodel.XMLSlideShow ppt = new org.apache.poi.xslf.usermodel.XMLSlideShow(in)) {
            assertTrue(ppt.getSlides().size() >= 4, "title, charts, results, assumptions");
        }
    }

    @Test
    void screenshotOfEveryTabInTheLightAndTheDarkTheme() {
        for (Theme theme : Theme.values()) {
            ChartsPane p = shown(theme);
            for (ChartKind k : ChartKind.inPane()) {
                Fx.run(() -> {
                    p.select(k);
                    StackPane root = (StackPane) p.getParent();
                    root.applyCss();
                    root.layout();
                    Fx.screenshot(root, "charts-pane-" + theme.name().toLowerCase(java.util.Locale.ROOT) + "-" + k.fileStem());
                });
            }
        }
    }

    @Test
    void aLabelMovedAwayFromItsCrowdedPointIsJoinedToItByALeaderLine() {
        ChartsPane p = shown();
        Fx.run(() -> {
            p.select(ChartKind.CROSSOVER);
            // every stack's curve (the secondary view) has the seed's crowded crossing labels
            ((javafx.scene.control.ToggleButton) p.lookup("#crossoverAllStacks")).setSelected(true);
            StackPane root = (StackPane) p.getParent();
            root.applyCss();
            root.layout();
        });
        Annotations<Number> marks = ((CrossoverChart) p.adapter(ChartKind.CROSSOVER)).chart().marks();
        int joined = Fx.call(() -> {
            int n = 0;
            for (int i = 0; i < marks.points().size(); i++) {
                javafx.scene.Node[] nodes = marks.pointNodes(i);
                javafx.scene.control.Label l = (javafx.scene.control.Label) nodes[1];
                javafx.scene.shape.Line leader = (javafx.scene.shape.Line) nodes[2];
                if (l == null || !l.isVisible()) {
                    assertTrue(!leader.isVisible(), "no leader without a label");
                    continue;
                }
                javafx.scene.shape.Circle c = (javafx.scene.shape.Circle) nodes[0];
                double px = c.getCenterX();
                double py = c.getCenterY();
                double ax = Math.max(l.getLayoutX(), Math.min(l.getLayoutX() + l.getWidth(), px));
                double ay = Math.max(l.getLayoutY(), Math.min(l.getLayoutY() + l.getHeight(), py));
                if (Math.hypot(ax - px, ay - py) < 14) {
                    assertTrue(!leader.isVisible(), "a label beside its point needs no leader: " + l.getText());
                    continue;
                }
                n++;
                assertTrue(leader.isVisible(), "a label away from its point has a leader: " + l.getText());
                assertEquals(ax, leader.getEndX(), 0.5, "the leader ends on the label");
                assertEquals(ay, leader.getEndY(), 0.5, "the leader ends on the label");
                assertEquals(6, Math.hypot(leader.getStartX() - px, leader.getStartY() - py), 0.5,
                        "the leader starts at the point's edge");
            }
            return n;
        });
        assertTrue(joined > 0, "the seed's crossover chart has crowded labels");
    }

    @Test
    void screenshotOfAnExplainedBar() {
        ChartsPane p = shown();
        Fx.run(() -> {
            XYChart.Data<String, Number> bar = ((Cp1kiChart) p.adapter(ChartKind.CP1KI)).chart().getData().get(1)
                    .getData().get(2);
            bar.getNode().fireEvent(MouseClick.at(bar.getNode()));
            StackPane root = (StackPane) p.getParent();
            root.applyCss();
            root.layout();
            Fx.screenshot(root, "charts-pane-explained");
        });
        assertEquals("CP1Ki of Llama 3 70B on g5.xlarge serving document_summariser", p.explanation().selection().title());
    }
}
