package com.cp1ki.io.tokens;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ten million rows import in a JVM with a 64 MiB heap: memory does not grow with rows. */
class BoundedMemoryTest {

    @Test
    void tenMillionRowsImportWithA64MegabyteHeap() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HeapProbe.class.getName(), "10000000").redirectErrorStream(true).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child JVM finished");
        String out = read(p).strip();
        assertEquals(0, p.exitValue(), out);
        String[] f = out.split(" ");
        assertEquals("10000000", f[0], out);
        assertEquals("0", f[1], out);
        assertTrue(Long.parseLong(f[2]) < 64L << 20, "peak heap " + f[2]);
    }

    private static String read(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
