package com.cp1ki.bench;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time of one 60-month forecast of EngineBench's 10 x 10 x 1M project, routed, every input
 * moving ({@link ForecastBench#moving}), beside one full report; medians after warm-up. On a shared
 * machine the thread's own CPU time is what the work costs.
 *
 * <p>Run from the repository root:
 * {@code java -cp target/benchmarks.jar com.cp1ki.bench.ForecastCpuTime [forecasts] [sample]}: with a sample's
 * name (e.g. {@code portfolio}) that sample file instead of the large project.
 */
public final class ForecastCpuTime {
    private ForecastCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        String sample = args.length > 1 ? args[1] : null;
        Project p = (sample != null ? ProjectFiles.load(Path.of("sample-projects", sample + ".cp1ki"))
                : EngineBench.routed(EngineBench.largeProject(Path.of(System.getProperty("cp1ki.traces",
                "/work/shared/data/azure-llm-inference-2023"))))).withForecast(ForecastBench.moving());
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 10; i++) {
            ForecastEngine.forecast(p);
            CostEngine.report(p);
        }
        double[] forecast = new double[n];
        double[] report = new double[n];
        double[] wall = new double[n];
        for (int i = 0; i < n; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            ForecastEngine.forecast(p);
            wall[i] = (System.nanoTime() - t) / 1e6;
            forecast[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
            c = mx.getCurrentThreadCpuTime();
            CostEngine.report(p);
            report[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(forecast);
        Arrays.sort(report);
        Arrays.sort(wall);
        System.out.printf((sample == null ? "routed 10 x 10 x 1M" : sample) + ", 60-month forecast, %d runs: CPU median %.1f ms (p10 %.1f, p90 %.1f);"
                        + " wall median %.1f ms; one full report: CPU median %.1f ms%n", n, forecast[n / 2],
                forecast[n / 10], forecast[n * 9 / 10], wall[n / 2], report[n / 2]);
    }
}
