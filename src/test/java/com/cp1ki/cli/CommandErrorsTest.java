package com.cp1ki.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static com.cp1ki.cli.CliRun.SEED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad files exit 1 with one clear line; bad usage exits 2 with the usage; never a stack trace. */
class CommandErrorsTest {

    @TempDir
    Path dir;

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.err().contains("\tat "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    private Path seedWith(String from, String to) throws IOException {
        String text = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        assertTrue(text.contains(from), "the sample has " + from);
        return Files.writeString(dir.resolve("broken.cp1ki"), text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void validateAcceptsTheSeedSampleAndCountsItsParts() {
        CliRun run = CliRun.of("validate", SEED);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("OK: " + SEED + " \\(1 workload, \\d+ stacks, 1 plan\\)\\R"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void validateNamesTheFieldOfANegativePrice() throws IOException {
        Path broken = seedWith("\"inputPricePerMTok\": 0.8", "\"inputPricePerMTok\": -0.8");
        for (String command : new String[]{"validate", "report"}) {
            CliRun run = CliRun.of(command, broken.toString());
            assertEquals(1, run.exit(), command);
            assertEquals("", run.out());
            assertTrue(run.err().startsWith("cp1ki " + command + ": "), run.err());
            assertTrue(run.err().contains("broken.cp1ki"), run.err());
            assertTrue(run.err().toLowerCase().contains("price"), run.err());
            assertEquals(1, run.err().lines().count(), run.err());
            assertNoStackTrace(run);
        }
    }

    @Test
    void aFileThatIsNotJsonIsOneClearLine() throws IOException {
        Path broken = Files.writeString(dir.resolve("notes.cp1ki"), "this is not JSON\n");
        CliRun run = CliRun.of("validate", broken.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("notes.cp1ki"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aTruncatedFileNamesTheLine() throws IOException {
        String text = Files.readString(Path.of(SEED), StandardCharsets.UTF_8);
        Path broken = Files.writeString(dir.resolve("cut.cp1ki"), text.substring(0, text.length() / 2));
        CliRun run = CliRun.of("report", broken.toString(), "--format", "json");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("cut.cp1ki"), run.err());
        assertTrue(run.err().contains("line"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void aMissingFileExitsOne() {
        CliRun run = CliRun.of("report", dir.resolve("nowhere.cp1ki").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("nowhere.cp1ki"), run.err());
        assertNoStackTrace(run);
    }

    @Test
    void anUnknownFormatIsBadUsage() {
        CliRun run = CliRun.of("report", SEED, "--format", "xml");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().contains("unknown format 'xml'"), run.err());
        assertTrue(run.err().contains("usage: cp1ki report FILE [--format md|json|csv]"), run.err());
    }

    @Test
    void anUnknownOptionIsBadUsage() {
        CliRun run = CliRun.of("report", SEED, "--colour");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown option --colour"), run.err());
        assertTrue(run.err().contains("usage: cp1ki report"), run.err());
    }

    @Test
    void aMissingFileArgumentIsBadUsage() {
        assertEquals(2, CliRun.of("report").exit());
        assertEquals(2, CliRun.of("validate").exit());
        assertEquals(2, CliRun.of("report", "--format").exit());
        CliRun run = CliRun.of("validate", SEED, SEED);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("expects one FILE"), run.err());
    }

    @Test
    void anUnknownCommandIsBadUsageAndListsTheCommands() {
        CliRun run = CliRun.of("reprot", SEED);
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("unknown command 'reprot'"), run.err());
        assertTrue(run.err().contains("report"), run.err());
        assertTrue(run.err().contains("validate"), run.err());
    }

    @Test
    void helpListsEveryCommandOnStandardOutput() {
        CliRun run = CliRun.of("help");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("report    FILE [--format md|json|csv]"), run.out());
        assertTrue(run.out().contains("validate  FILE"), run.out());
    }
}
