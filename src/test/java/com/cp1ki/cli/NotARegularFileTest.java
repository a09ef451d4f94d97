package com.cp1ki.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Issue 9 item 12: a device or a pipe named as a project is refused at once, by every command that reads one. */
class NotARegularFileTest {

    @Test
    void validateOfDevZeroIsRefusedAtOnceWithoutReadingIt() {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of("validate", "/dev/zero"));
        assertEquals(1, run.exit());
        assertEquals("cp1ki validate: zero is not a regular file (it is a device, pipe or socket), so it is not read as "
                + "a project file\n", run.err());
    }

    @Test
    void aPipeDoesNotHangValidateOrReport(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("p.cp1ki");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        for (String command : new String[]{"validate", "report"}) {
            CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> CliRun.of(command, fifo.toString()));
            assertEquals(1, run.exit(), command);
            assertEquals("cp1ki " + command + ": p.cp1ki is not a regular file (it is a device, pipe or socket), so it is "
                    + "not read as a project file\n", run.err());
        }
    }
}
