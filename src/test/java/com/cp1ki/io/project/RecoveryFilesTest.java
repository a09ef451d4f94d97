package com.cp1ki.io.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The autosave file: what the workbench writes it reads back exactly, and a damaged one is refused. */
class RecoveryFilesTest {

    @Test
    void anAutosaveReadsBackAsWritten(@TempDir Path dir) throws Exception {
        RecoveryDocument r = new RecoveryDocument(new ProjectDocument(Fixtures.everything(), "notes, kept"),
                dir.resolve("p.cp1ki"), "p.cp1ki", Instant.parse("2026-05-12T10:15:30.123Z"), "Set the volume");
        Path f = Files.write(dir.resolve("a.cp1ki-recovery"), RecoveryFiles.write(r));
        assertEquals(r, RecoveryFiles.read(f));
        RecoveryDocument untitled = new RecoveryDocument(new ProjectDocument(Fixtures.golden(), null), null,
                "Untitled.cp1ki", Instant.parse("2026-05-12T10:15:30Z"), null);
        Files.write(f, RecoveryFiles.write(untitled));
        assertEquals(untitled, RecoveryFiles.read(f));
    }

    @Test
    void aDamagedAutosaveIsRefusedWithAMessage(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("a.cp1ki-recovery"), "{\"recoveryFormat\": 1, \"project\": ");
        ProjectFileException e = assertThrows(ProjectFileException.class, () -> RecoveryFiles.read(f));
        assertTrue(e.getMessage().startsWith("a.cp1ki-recovery is not a readable autosave"), e.getMessage());
        Files.writeString(f, "{\"recoveryFormat\": 1, \"savedAt\": \"2026-05-12T10:15:30Z\", \"documentName\": \"p\", "
                + "\"project\": {\"formatVersion\": 1}}");
        assertThrows(ProjectFileException.class, () -> RecoveryFiles.read(f), "the project is checked as a loaded file is");
    }
}
