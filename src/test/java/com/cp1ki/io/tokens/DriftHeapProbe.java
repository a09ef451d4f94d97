package com.cp1ki.io.tokens;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Child-JVM entry point of {@link DriftBoundedMemoryTest}: reads N synthetic drift rows, prints counts and peak heap. */
public final class DriftHeapProbe {
    private DriftHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        DriftRead r = DriftLog.readStream(new SyntheticDriftLog(rows), "synthetic", -1,
                DriftReadOptions.defaults().withColumns(ImportOptions.defaults().withThreads(2)), ImportProgress.NONE,
                () -> false);
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        double requests = r.data().cells().stream().mapToDouble(c -> c.requests()).sum();
        System.out.println(r.rowsUsed() + " " + (r.rowsRead() - r.rowsUsed()) + " " + peak + " " + (long) requests + " "
                + r.data().features().size() + " " + r.data().cells().size());
    }
}
