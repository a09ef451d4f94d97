package com.cp1ki.io.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each file under broken/ fails to load with the message and location listed in broken/EXPECTED.tsv. */
class ProjectFilesBrokenTest {

    static Path brokenDir() throws URISyntaxException {
        return Path.of(ProjectFilesBrokenTest.class.getResource("broken/EXPECTED.tsv").toURI()).getParent();
    }

    static List<String[]> expectations() throws Exception {
        return Files.readAllLines(brokenDir().resolve("EXPECTED.tsv"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t", -1)).toList();
    }

    static Stream<Arguments> brokenFiles() throws Exception {
        return expectations().stream().map(e -> Arguments.of(e[0], e[1], e[2]));
    }

    @ParameterizedTest(name = "{0} fails with \"{2}\"")
    @MethodSource("brokenFiles")
    void aBrokenFileFailsWithOneClearSentenceNamingTheFileAndPlace(String file, String location, String fragment)
            throws Exception {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(brokenDir().resolve(file)));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(file), msg);
        assertTrue(msg.contains(fragment), "expected '" + fragment + "' in: " + msg);
        assertEquals(location, e.location());
        assertEquals(brokenDir().resolve(file).toString(), e.file());
        assertFalse(msg.contains("\n") || msg.contains("Exception") || msg.contains("com.fasterxml")
                || msg.contains("com.cp1ki"), "message leaks internals: " + msg);
    }

    @Test
    void everyBrokenFileHasAnExpectation() throws Exception {
        Set<String> listed = expectations().stream().map(e -> e[0]).collect(Collectors.toCollection(TreeSet::new));
        Set<String> present;
        try (Stream<Path> s = Files.list(brokenDir())) {
            present = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cp1ki"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(present, listed);
    }

    @Test
    void aTextValueLongerThanTheLimitIsRefused() {
        String json = "{\"formatVersion\": 1, \"name\": \"" + "x".repeat(ProjectJson.MAX_STRING_LENGTH + 1) + "\"}";
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.read(json, "long.cp1ki"));
        assertTrue(e.getMessage().contains("a text value is longer than"), e.getMessage());
    }

    @Test
    void aNumberLongerThanTheLimitIsRefused() {
        String json = "{\"formatVersion\": 1, \"name\": \"n\", \"settings\": {\"fxRateDisplayPerUsd\": "
                + "9".repeat(ProjectJson.MAX_NUMBER_LENGTH + 1) + "}}";
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.read(json, "num.cp1ki"));
        assertTrue(e.getMessage().contains("a number is longer than"), e.getMessage());
    }

    @Test
    void aFileLargerThanTheDocumentLimitIsRefusedBeforeParsing(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.cp1ki");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[]{' '}), ProjectFiles.MAX_FILE_BYTES);
        }
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(big));
        assertTrue(e.getMessage().startsWith("big.cp1ki is 64 MB; a project file may be at most 64 MB"), e.getMessage());
    }

    @Test
    void aMissingFileIsNamedInTheMessage(@TempDir Path dir) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(dir.resolve("gone.cp1ki")));
        assertEquals("gone.cp1ki does not exist", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.cp1ki");
        Files.write(f, new byte[]{'{', (byte) 0xE9, '}'});
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(f));
        assertTrue(e.getMessage().contains("is not UTF-8 text"), e.getMessage());
    }

    @Test
    void aFolderIsNotAProjectFile(@TempDir Path dir) {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.load(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void theSourceNameGivenToReadIsTheFileNamedInTheMessage() {
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> ProjectFiles.read("{", "pasted text"));
        assertEquals("pasted text", e.file());
        assertTrue(e.getMessage().startsWith("pasted text ends too early"), e.getMessage());
    }
}
