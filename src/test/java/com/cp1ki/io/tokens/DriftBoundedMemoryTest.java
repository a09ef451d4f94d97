package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ten million drift rows (30 days, 10 features, 3 models) read in a JVM with a 64 MiB heap: memory
 * holds the per feature-day-model sums, not the rows.
 */
class DriftBoundedMemoryTest {

    @Test
    void tenMillionRowsAreReadForDriftWithA64MegabyteHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                DriftHeapProbe.class.getName(), "10000000").redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "child JVM finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        String[] f = out.split(" ");
        assertEquals("10000000", f[0], out);
        assertEquals("0", f[1], out);
        assertTrue(Long.parseLong(f[2]) < 64L << 20, "peak heap " + f[2]);
        assertEquals("10000000", f[3], "every request is in a cell");
        assertEquals("10", f[4]);
        // 30 days x 10 features x 3 models x (success, failure)
        assertEquals("1800", f[5]);
    }
}
