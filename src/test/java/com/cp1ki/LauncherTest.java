package com.cp1ki;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheWorkbench() {
        assertTrue(Launcher.opensWorkbench(new String[0]));
    }

    @Test
    void anExistingProjectFileOpensTheWorkbench() throws IOException {
        Path file = Files.writeString(dir.resolve("p.cp1ki"), "{}");
        assertTrue(Launcher.opensWorkbench(new String[]{file.toString()}));
    }

    @Test
    void aMissingProjectFileGoesToTheCommandLineWhichReportsIt() {
        assertFalse(Launcher.opensWorkbench(new String[]{dir.resolve("missing.cp1ki").toString()}));
    }

    @Test
    void aCommandGoesToTheCommandLine() throws IOException {
        Path file = Files.writeString(dir.resolve("p.cp1ki"), "{}");
        assertFalse(Launcher.opensWorkbench(new String[]{"report", file.toString()}));
        assertFalse(Launcher.opensWorkbench(new String[]{"help"}));
    }

    @Test
    void aFileWithAnotherExtensionGoesToTheCommandLine() throws IOException {
        Path file = Files.writeString(dir.resolve("p.json"), "{}");
        assertFalse(Launcher.opensWorkbench(new String[]{file.toString()}));
    }

    @Test
    void aCommandRunsTheStandardCommandLineAndReturnsItsExitCode() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int code = Launcher.commandLine(new String[]{"validate", "sample-projects/summariser-seed.cp1ki"},
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true));
        assertEquals(0, code, err.toString());
        assertTrue(out.toString().startsWith("OK: sample-projects/summariser-seed.cp1ki"), out.toString());
        assertEquals(2, Launcher.commandLine(new String[]{"no-such-command"},
                new java.io.PrintStream(out, true), new java.io.PrintStream(err, true)));
    }
}
