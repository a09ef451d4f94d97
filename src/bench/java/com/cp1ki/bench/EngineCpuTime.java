package com.cp1ki.bench;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * CPU time (not wall time) of one full report of EngineBench's 10 x 10 project, median over many
 * reports after warm-up. On a shared machine, wall time mostly measures the other processes; the
 * thread's own CPU time is what the report costs.
 *
 * <p>Run from the repository root:
 * {@code java -cp target/benchmarks.jar com.cp1ki.bench.EngineCpuTime [reports] [routed]}; with
 * {@code routed} every workload is routed across two or three stacks ({@link EngineBench#routed}).
 */
public final class EngineCpuTime {
    private EngineCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Project p = EngineBench.largeProject(Path.of(System.getProperty("cp1ki.traces",
                "/work/shared/data/azure-llm-inference-2023")));
        boolean routed = args.length > 1 && args[1].equals("routed");
        if (routed) {
            p = EngineBench.routed(p);
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 200; i++) {
            CostEngine.report(p);
        }
        double[] cpu = new double[reports];
        double[] wall = new double[reports];
        for (int i = 0; i < reports; i++) {
            long c = mx.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            CostEngine.report(p);
            wall[i] = (System.nanoTime() - t) / 1e6;
            cpu[i] = (mx.getCurrentThreadCpuTime() - c) / 1e6;
        }
        Arrays.sort(cpu);
        Arrays.sort(wall);
        System.out.printf((routed ? "routed " : "") + "10 x 10 x 1M report, %d reports: CPU median %.2f ms (p10 %.2f, p90 %.2f); wall median %.2f ms (p10 %.2f, p90 %.2f)%n",
                reports, cpu[reports / 2], cpu[reports / 10], cpu[reports * 9 / 10],
                wall[reports / 2], wall[reports / 10], wall[reports * 9 / 10]);
    }
}
