package com.cp1ki.app.charts;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostDistributionChartTest {

    /** A long-tailed workload: most requests short, a few very long, on two API stacks. */
    static Project longTail() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int k = 1; k <= 400; k++) {
            long in = Math.round(200 * Math.exp(k / 60.0));
            b.add(in, 50 + k, 1);
        }
        Workload w = new Workload("support_chat", 50_000, b.build(), 0.02, 1.5);
        Stack haiku = new Stack("Claude Haiku 3.5", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.80, 4.00),
                CommonCosts.NONE);
        Stack gpt = new Stack("GPT-4o", true, ManagedApi.simple("OpenAI", "GPT-4o", 2.50, 10.00), CommonCosts.NONE);
        return new Project("Long tail", Settings.DEFAULT, List.of(w), List.of(haiku, gpt), List.of());
    }

    private static CostDistributionChart shown(Project p, Report r, ChartOptions o) {
        return Fx.call(() -> {
            CostDistributionChart a = new CostDistributionChart();
            a.show(p, r, o);
            return a;
        });
    }

    @Test
    void percentileLinesSitAtTheReportsRequestCosts() {
        Project p = longTail();
        Report r = CostEngine.report(p);
        StackResult haiku = r.results().get(0);
        CostDistributionChart c = shown(p, r, ChartOptions.DEFAULT);
        List<Annotations.VLine<Number>> lines = c.chart().marks().vlines();
        assertEquals(List.of(haiku.cost().p50(), haiku.cost().p95(), haiku.cost().p99()),
                lines.stream().map(l -> l.x().doubleValue()).toList());
        assertTrue(lines.get(1).label().startsWith("p95 $"), lines.get(1).label());
        assertTrue(c.chart().getTitle().contains(ChartFormat.percent(haiku.tailShare()) + " of spend"), c.chart().getTitle());
    }

    @Test
    void theHistogramSharesAddUpToAllRequests() {
        Project p = longTail();
        CostDistributionChart c = shown(p, CostEngine.report(p), ChartOptions.DEFAULT);
        double sum = c.table().rows().stream().filter(r -> r.get(2).equals("bin"))
                .mapToDouble(r -> Double.parseDouble(r.get(5))).sum();
        assertEquals(1.0, sum, 1e-9);
        XYChart.Series<Number, Number> s = c.chart().getData().get(0);
        assertEquals(2 * CostDistributionChart.BINS + 2, s.getData().size());
    }

    @Test
    void theStackPickerSwitchesToAnotherStacksHistogram() {
        Project p = longTail();
        Report r = CostEngine.report(p);
        CostDistributionChart c = shown(p, r, ChartOptions.DEFAULT);
        Fx.run(() -> {
            @SuppressWarnings("unchecked")
            ComboBox<String> pick = (ComboBox<String>) c.view().lookup("#costDistributionStack");
            assertEquals(List.of("Claude Haiku 3.5", "GPT-4o"), pick.getItems());
            pick.setValue("GPT-4o");
        });
        assertEquals("GPT-4o", c.options().stack());
        assertEquals(r.results().get(1).cost().p50(), c.chart().marks().vlines().get(0).x().doubleValue(), 1e-15);
    }

    @Test
    void typedMeansSayEveryRequestCostsTheSame() {
        CostDistributionChart c = shown(SeedReport.project(), SeedReport.report(), ChartOptions.DEFAULT);
        assertTrue(c.chart().getTitle().contains("every request costs the same"), c.chart().getTitle());
    }

    @Test
    void screenshotOfALongTail() {
        Project p = longTail();
        Report r = CostEngine.report(p);
        Fx.run(() -> {
            CostDistributionChart a = new CostDistributionChart();
            StackPane root = new StackPane(a.view());
            Fx.stage(root, 1000, 600);
            a.show(p, r, ChartOptions.DEFAULT);
            root.layout();
            Fx.screenshot(root, "chart-cost-distribution");
        });
    }
}
