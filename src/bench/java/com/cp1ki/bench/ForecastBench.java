package com.cp1ki.bench;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A 60-month forecast (issue 12): of EngineBench's 10 x 10 x 1M project, every workload routed,
 * with every input moving (volume +5% and tokens +1% a month, API prices 10x cheaper a year, GPU
 * rates 15% lower a year, so each month is a different project), and of the bundled samples.
 * Beside it the full report, which the workbench computes with it on every edit.
 *
 * <p>Run from the repository root: {@code java -jar target/benchmarks.jar ForecastBench}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForecastBench {

    /** Every input moving over 60 months. */
    static Forecast moving() {
        return new Forecast(60, 0.05, 0.01, DeclinePreset.TEN_X.declinePerYear(), 0.15, List.of());
    }

    @State(Scope.Benchmark)
    public static class Large {
        Project project;

        @Setup(Level.Trial)
        public void build() throws Exception {
            project = EngineBench.routed(EngineBench.largeProject(Path.of(System.getProperty("cp1ki.traces",
                    "/work/shared/data/azure-llm-inference-2023")))).withForecast(moving());
        }
    }

    @State(Scope.Benchmark)
    public static class Sample {
        @Param({"summariser-seed", "azure-llm-traces", "portfolio"})
        public String name;
        Project project;

        @Setup(Level.Trial)
        public void load() throws Exception {
            project = ProjectFiles.load(Path.of("sample-projects", name + ".cp1ki")).withForecast(moving());
        }
    }

    @Benchmark
    public ForecastReport largeForecast60Months(Large l) {
        return ForecastEngine.forecast(l.project);
    }

    @Benchmark
    public Report largeReportWithForecast(Large l) {
        return ForecastEngine.withForecast(l.project, CostEngine.report(l.project));
    }

    @Benchmark
    public ForecastReport sampleForecast60Months(Sample s) {
        return ForecastEngine.forecast(s.project);
    }
}
