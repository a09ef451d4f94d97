package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Report;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Cp1kiChartTest {

    private static double value(Cp1kiChart c, String component, String stack) {
        return c.chart().getData().stream().filter(s -> s.getName().equals(component)).findFirst().orElseThrow()
                .getData().stream().filter(d -> d.getXValue().equals(Cp1kiChart.category(stack))).findFirst().orElseThrow()
                .getYValue().doubleValue();
    }

    /** The category axis's visible tick labels, in order (call on the FX thread). */
    private static List<String> tickLabels(Cp1kiChart a) {
        return a.chart().getXAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.text.Text t && t.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
    }

    /** The bars' categories, in order. */
    private static List<String> barCategories(Cp1kiChart a) {
        return a.chart().getData().get(0).getData().stream().map(XYChart.Data::getXValue).toList();
    }

    /**
     * Adding a stack or renaming one redraws the axis with every stack's name under its bar, as
     * reopening the file does (issue 8 item 3: only "GPT-4o" was left).
     */
    @Test
    void theAxisNamesEveryBarAfterAStackIsAddedOrRenamed() {
        com.cp1ki.engine.model.Project seed = com.cp1ki.io.project.Samples.seed();
        com.cp1ki.engine.model.Project added = com.cp1ki.app.session.NewItems.stack(seed, "g5.xlarge",
                seed.stacks().get(seed.stacks().size() - 1).serving());
        com.cp1ki.engine.model.Project renamed = com.cp1ki.app.session.ProjectEdits.rename(added,
                com.cp1ki.app.session.Item.stack("Claude Haiku 3.5"), "Haiku, renamed");
        List<List<String>> seen = new java.util.ArrayList<>();
        Fx.run(() -> {
            Cp1kiChart a = new Cp1kiChart();
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 1100, 600);
            for (com.cp1ki.engine.model.Project p : List.of(seed, added, renamed, seed)) {
                a.show(p, com.cp1ki.engine.CostEngine.report(p), ChartOptions.DEFAULT);
                root.applyCss();
                root.layout();
                seen.add(barCategories(a));
                seen.add(List.copyOf(((javafx.scene.chart.CategoryAxis) a.chart().getXAxis()).getCategories()));
                seen.add(tickLabels(a));
            }
        });
        for (int i = 0; i < seen.size(); i += 3) {
            String step = List.of("seed", "stack added", "stack renamed", "seed again").get(i / 3);
            assertEquals(seen.get(i), seen.get(i + 1), step + ": the axis's categories are the bars'");
            assertEquals(seen.get(i), seen.get(i + 2), step + ": a visible label under every bar");
        }
        assertTrue(seen.get(6).contains(Cp1kiChart.category("g5.xlarge", seen.get(6).size())), seen.get(6).toString());
    }

    @Test
    void haikuBarIsAllTokensAtTheSeedsThreeDollarsFour() {
        Cp1kiChart c = Fx.call(() -> {
            Cp1kiChart a = new Cp1kiChart();
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            return a;
        });
        assertEquals(3.04, value(c, "Tokens", SeedReport.HAIKU), 1e-9);
        assertEquals(0, value(c, "GPU", SeedReport.HAIKU), 1e-12);
        assertEquals(8.50, value(c, "Tokens", SeedReport.GPT), 1e-9);
        assertEquals(464.28 / 300, value(c, "GPU", SeedReport.LLAMA), 1e-9);
        assertEquals(12.0 / 300, value(c, "Fixed infrastructure", SeedReport.LLAMA), 1e-9);
    }

    @Test
    void everyComponentIsASeriesAndEveryStackACategory() {
        Cp1kiChart c = Fx.call(() -> {
            Cp1kiChart a = new Cp1kiChart();
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            return a;
        });
        assertEquals(List.of("Tokens", "GPU", "Fixed infrastructure", "Ops", "Extras"),
                c.chart().getData().stream().map(XYChart.Series::getName).toList());
        assertEquals("cp1kiChart", c.chart().getId());
        assertFalse(c.chart().getAnimated());
        assertEquals("CP1Ki (USD)", c.chart().getYAxis().getLabel());
    }

    @Test
    void eachBarIsLabelledWithTheEnginesTotal() {
        Cp1kiChart c = Fx.call(() -> {
            Cp1kiChart a = new Cp1kiChart();
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            return a;
        });
        assertEquals(List.of("$3.04", "$8.50", "$1.59"),
                c.chart().marks().texts().stream().map(Annotations.Text::text).toList());
    }

    @Test
    void aDisplayCurrencyConvertsValuesAndTheAxisUnit() {
        Settings inr = new Settings("INR", 83, "2026-11-01", "RBI reference rate", 730, 30, 1e2, 1e8);
        Cp1kiChart c = Fx.call(() -> {
            Cp1kiChart a = new Cp1kiChart();
            a.show(SeedReport.project(inr), SeedReport.report(), ChartOptions.DEFAULT);
            return a;
        });
        assertEquals(3.04 * 83, value(c, "Tokens", SeedReport.HAIKU), 1e-9);
        assertEquals("CP1Ki (INR)", c.chart().getYAxis().getLabel());
    }

    @Test
    void itsTableHasUnitsInHeadersAndOneRowPerStack() {
        ChartTable t = Fx.call(() -> {
            Cp1kiChart a = new Cp1kiChart();
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            return a.table();
        });
        assertEquals("Tokens (USD per 1,000 inferences)", t.headers().get(2));
        assertEquals(3, t.rows().size());
        assertEquals(List.of(SeedReport.WORKLOAD, SeedReport.HAIKU, "3.04", "0", "0", "0", "0", "3.04"), t.rows().get(0));
    }

    @Test
    void aWorkloadNoStackServesShowsASentenceInsteadOfAnEmptyPlot() {
        Cp1kiChart c = Fx.call(() -> {
            Cp1kiChart a = new Cp1kiChart();
            Report none = new Report(List.of(), List.of(), List.of(), List.of(), List.of());
            a.show(SeedReport.project(), none, ChartOptions.DEFAULT);
            return a;
        });
        assertTrue(c.isEmpty());
        assertTrue(c.placeholderText().contains("No enabled stack serves document_summariser"), c.placeholderText());
        assertEquals(0, c.table().rows().size());
    }

    @Test
    void clickingABarSelectsThatStacksExplanations() {
        Selection[] picked = new Selection[1];
        Fx.run(() -> {
            Cp1kiChart a = new Cp1kiChart();
            a.setOnSelect(s -> picked[0] = s);
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 900, 600);
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            root.layout();
            XYChart.Data<String, Number> bar = a.chart().getData().get(0).getData().get(0);
            bar.getNode().fireEvent(MouseClick.at(bar.getNode()));
        });
        assertEquals("CP1Ki of Claude Haiku 3.5 serving document_summariser", picked[0].title());
        assertEquals("cost per inference", picked[0].explanations().get(0).quantity());
    }

    @Test
    void screenshotOfTheSeed() {
        Fx.run(() -> {
            Cp1kiChart a = new Cp1kiChart();
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 1000, 600);
            a.show(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
            root.layout();
            Fx.screenshot(root, "chart-cp1ki");
        });
    }
}
