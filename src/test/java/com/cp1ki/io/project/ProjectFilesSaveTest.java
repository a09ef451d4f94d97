package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectFilesSaveTest {

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSavedProjectLoadsBackEqual(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("golden.cp1ki");
        ProjectFiles.save(Fixtures.golden(), f);
        assertEquals(Fixtures.golden(), ProjectFiles.load(f));
        assertEquals(List.of("golden.cp1ki"), names(dir));
    }

    @Test
    void savingOverAFileKeepsThePreviousVersionAsBak(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("p.cp1ki");
        Project first = Fixtures.golden();
        Project second = first.withPlans(List.of(first.plans().get(0)));
        ProjectFiles.save(first, f);
        ProjectFiles.save(second, f);
        assertEquals(second, ProjectFiles.load(f));
        assertEquals(first, ProjectFiles.load(dir.resolve("p.cp1ki.bak")));
        assertEquals(dir.resolve("p.cp1ki.bak"), ProjectFiles.backupOf(f));
        assertEquals(List.of("p.cp1ki", "p.cp1ki.bak"), names(dir));
    }

    @Test
    void aSaveIntoAMissingFolderFailsWithoutCreatingAnything(@TempDir Path dir) {
        Path f = dir.resolve("no-such-folder").resolve("p.cp1ki");
        assertThrows(IOException.class, () -> ProjectFiles.save(Fixtures.golden(), f));
        assertFalse(Files.exists(f.getParent()));
    }

    @Test
    void aSaveOverAFolderFailsAndLeavesTheFolderAndNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("p.cp1ki");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "keep");
        assertThrows(IOException.class, () -> ProjectFiles.save(Fixtures.golden(), target));
        assertTrue(Files.isDirectory(target));
        assertEquals("keep", Files.readString(target.resolve("inside.txt")));
        assertEquals(List.of("p.cp1ki"), names(dir));
    }

    @Test
    void aRelativeFileNameSavesIntoTheWorkingFolder() throws Exception {
        Path f = Path.of("target", "save-relative-test.cp1ki");
        try {
            ProjectFiles.save(Fixtures.golden(), f);
            assertEquals(Fixtures.golden(), ProjectFiles.load(f));
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(ProjectFiles.backupOf(f));
        }
    }
}
