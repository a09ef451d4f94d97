package com.cp1ki.io.tokens;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Child-JVM entry point of {@link BoundedMemoryTest}: imports N synthetic rows and prints counts and peak heap. */
public final class HeapProbe {
    private HeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        long rows = Long.parseLong(args[0]);
        ImportResult r = TokenImport.importStream(new SyntheticLog(rows), "synthetic", -1,
                ImportOptions.defaults().withThreads(2), ImportProgress.NONE, () -> false);
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        System.out.println(r.report().rowsUsed() + " " + r.report().rowsSkipped() + " " + peak + " "
                + r.traffic().peakToAverageHourly());
    }
}
