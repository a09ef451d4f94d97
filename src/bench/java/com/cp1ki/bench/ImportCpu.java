package com.cp1ki.bench;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * The same comparisons as {@link ImportBench}, reporting process CPU time beside wall time: on a
 * machine shared with other work, wall time says how long a user waits and CPU time how much work
 * each reader does. Each variant runs {@code warmup} times, then {@code runs} times; the best
 * (lowest) wall and CPU times are printed with rows per second.
 *
 * <p>Run: {@code java -Xmx512m -cp target/benchmarks.jar com.cp1ki.bench.ImportCpu [warmup] [runs] [only variants containing this]}.
 */
public final class ImportCpu {
    private ImportCpu() {
    }

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ImportBench b = new ImportBench();
        b.setup();
        long csvRows = BenchData.CSV_ROWS;
        long jsonRows = BenchData.JSONL_ROWS;
        Map<String, Callable<Object>> v = new LinkedHashMap<>();
        v.put("csv raw byte scan", b::csvRawScan);
        v.put("csv FastCSV 3.1.0", b::csvFastCsv);
        v.put("csv our import (2 threads)", b::csvOurImport);
        v.put("csv our import (1 thread)", b::csvOurImportOneThread);
        v.put("jsonl raw byte scan", b::jsonlRawScan);
        v.put("jsonl Jackson streaming", b::jsonlJacksonStreaming);
        v.put("jsonl our import (2 threads)", b::jsonlOurImport);
        v.put("jsonl our import (1 thread)", b::jsonlOurImportOneThread);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        System.out.printf(Locale.ROOT, "%-30s %10s %10s %14s %14s%n", "variant", "wall ms", "cpu ms", "rows/s (wall)", "rows/s (cpu)");
        String only = args.length > 2 ? args[2] : "";
        for (Map.Entry<String, Callable<Object>> e : v.entrySet()) {
            if (!e.getKey().contains(only)) {
                continue;
            }
            long rows = e.getKey().startsWith("csv") ? csvRows : jsonRows;
            long bestWall = Long.MAX_VALUE;
            long bestCpu = Long.MAX_VALUE;
            for (int i = 0; i < warmup + runs; i++) {
                System.gc();
                long c0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                Object r = e.getValue().call();
                long wall = System.nanoTime() - t0;
                long cpu = os.getProcessCpuTime() - c0;
                if (r == null) {
                    throw new IllegalStateException();
                }
                if (i >= warmup) {
                    bestWall = Math.min(bestWall, wall);
                    bestCpu = Math.min(bestCpu, cpu);
                }
            }
            System.out.printf(Locale.ROOT, "%-30s %10.0f %10.0f %,14.0f %,14.0f%n", e.getKey(), bestWall / 1e6, bestCpu / 1e6,
                    rows / (bestWall / 1e9), rows / (bestCpu / 1e9));
        }
    }
}
