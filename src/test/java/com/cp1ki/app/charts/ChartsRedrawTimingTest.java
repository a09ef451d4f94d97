package com.cp1ki.app.charts;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long a new report takes to reach the screen (docs/performance.md), on the Azure-trace sample
 * (2 workloads, 6 stacks, GPU curves of thousands of fleet steps). Off by default; run with
 * {@code mvn -o test -Dtest=ChartsRedrawTimingTest -Dcp1ki.perf=true}.
 */
@EnabledIfSystemProperty(named = "cp1ki.perf", matches = "true")
class ChartsRedrawTimingTest {

    @Test
    void printsTheMedianRedrawOfEveryChartAndOfThePane() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/azure-llm-traces.cp1ki"));
        Report r = CostEngine.report(p);
        for (ChartKind k : ChartKind.values()) {
            ChartAdapter a = Fx.call(() -> {
                ChartAdapter x = k.newAdapter();
                Fx.stage(new StackPane(x.view()), 1000, 700);
                return x;
            });
            System.out.printf("%-18s median show + layout %.1f ms%n", k,
                    median(() -> Fx.run(() -> {
                        a.show(p, r, ChartOptions.DEFAULT);
                        ((StackPane) a.view().getParent()).layout();
                    })));
        }
        ChartsPane pane = Fx.call(() -> {
            ChartsPane c = new ChartsPane();
            Fx.stage(new StackPane(c), 1280, 760);
            return c;
        });
        System.out.printf("%-18s median show + layout %.1f ms%n", "ChartsPane",
                median(() -> Fx.run(() -> {
                    pane.show(p, r);
                    ((StackPane) pane.getParent()).layout();
                })));
    }

    private static double median(Runnable r) {
        double[] ms = new double[15];
        for (int i = 0; i < 5; i++) {
            r.run();
        }
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            r.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
