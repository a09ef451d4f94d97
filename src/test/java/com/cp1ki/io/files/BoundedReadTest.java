package com.cp1ki.io.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Only regular files are read, and the size limit holds while reading. */
class BoundedReadTest {

    @Test
    void aDeviceIsRefusedBeforeAnythingIsRead() {
        FileRefusedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileRefusedException.class, () -> BoundedRead.read(Path.of("/dev/zero"), 1 << 20, "a project file")));
        assertEquals(FileRefusedException.Reason.NOT_A_FILE, e.reason());
        assertEquals("zero is not a regular file (it is a device, pipe or socket), so it is not read as a project file",
                e.getMessage());
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("p.cp1ki");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        FileRefusedException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(FileRefusedException.class, () -> BoundedRead.read(fifo, 1 << 20, "a project file")));
        assertEquals(FileRefusedException.Reason.NOT_A_FILE, e.reason());
    }

    @Test
    void theLimitHoldsWhileReadingAFileThatReportsNoSize() throws IOException {
        Path status = Path.of("/proc/self/status");
        assertEquals(0, Files.size(status), "procfs files report size 0");
        assertTrue(BoundedRead.read(status, 1 << 20, "a file").bytes().length > 100);
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> BoundedRead.read(status, 100, "a file"));
        assertEquals(FileRefusedException.Reason.TOO_LARGE, e.reason());
        assertEquals("status is larger than 0 MB; a file may be at most 0 MB", e.getMessage());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsRead(@TempDir Path dir) throws IOException {
        Path f = Files.write(dir.resolve("f"), new byte[1000]);
        assertEquals(1000, BoundedRead.read(f, 1000, "a file").bytes().length);
        assertEquals(FileRefusedException.Reason.TOO_LARGE,
                assertThrows(FileRefusedException.class, () -> BoundedRead.read(f, 999, "a file")).reason());
    }

    @Test
    void aFolderIsRefused(@TempDir Path dir) {
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> BoundedRead.read(dir, 1000, "a project file"));
        assertTrue(e.getMessage().endsWith(" is a folder, not a project file"), e.getMessage());
    }
}
