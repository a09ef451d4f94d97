package com.cp1ki.bench;

import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.RangedInput;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.io.project.ProjectFiles;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * CPU time of the forecast's fan ({@code ForecastEngine.fan}) over 60 months with every input
 * moving ({@link ForecastBench#moving}) and three ranged rates (volume growth, API price decline,
 * GPU rate decline), for the large EngineBench project (routed 10 x 10 x 1M) or a sample; medians
 * after warm-up, the thread's own CPU time (the comparable figure on a loaded machine).
 *
 * <p>Run from the repository root:
 * {@code java -cp target/benchmarks.jar com.cp1ki.bench.FanCpuTime [runs] [draws] [sample] [as-is]}: with
 * {@code as-is}, the sample's own forecast and ranges (its months, its draws capped at 1,000).
 */
public final class FanCpuTime {
    private FanCpuTime() {
    }

    /** The project with the three ranged rates at {@code draws} draws (the fan takes at most its cap). */
    static Project ranged(Project p, int draws) {
        return p.withUncertainty(new Uncertainty(42, draws, 0.2, List.of(
                new RangedInput("forecast.volumeGrowthPerMonth", Range.uniform(0.02, 0.08)),
                new RangedInput("forecast.apiPriceDeclinePerYear", Range.uniform(0.5, 0.95)),
                new RangedInput("forecast.gpuRateDeclinePerYear", Range.triangular(0, 0.15, 0.3)))));
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int draws = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        String sample = args.length > 2 ? args[2] : null;
        boolean asIs = args.length > 3 && args[3].equals("as-is");
        Project p = asIs ? ProjectFiles.load(Path.of("sample-projects", sample + ".cp1ki")) : ranged((sample != null ? ProjectFiles.load(Path.of("sample-projects", sample + ".cp1ki"))
                : EngineBench.routed(EngineBench.largeProject(Path.of(System.getProperty("cp1ki.traces",
                "/work/shared/data/azure-llm-inference-2023"))))).withForecast(ForecastBench.moving()), draws);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        ForecastReport point = ForecastEngine.forecast(p);
        for (int i = 0; i < 2; i++) {
            ForecastEngine.fan(p, point);
        }
        double[] cpu = new double[runs];
        double[] wall = new double[runs];
        ForecastReport f = null;
        for (int i = 0; i < runs; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            f = ForecastEngine.fan(p, point);
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        int n = f.fan().draws();
        int months = point.months();
        System.out.printf("%s, %d-month fan, %d draws x %d months, %d runs: CPU median %.1f ms (min %.1f, max %.1f),"
                        + " %.2f us per draw-month; wall median %.1f ms%n", sample == null ? "routed 10 x 10 x 1M" : sample,
                months, n, months, runs, cpu[runs / 2], cpu[0], cpu[runs - 1], 1000 * cpu[runs / 2] / (n * (double) months),
                wall[runs / 2]);
    }
}
