package com.cp1ki.app.charts.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Exported files are written whole or not at all, with the user's normal permissions. */
class ExportFilesTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFullDiskLeavesNoFileAndSaysSo() throws Exception {
        Path target = dir.resolve("deck.pptx");
        IOException e = assertThrows(IOException.class, () -> ExportFiles.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
        assertEquals(List.of(), names(), "no partial file, no temporary file");
    }

    @Test
    void aFailureKeepsTheOldFileWhole() throws Exception {
        Path target = dir.resolve("chart.svg");
        Files.writeString(target, "old");
        assertThrows(IOException.class, () -> ExportFiles.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("chart.svg"), names());
    }

    @Test
    void aNewFileGetsTheUmasksPermissionsNotOwnerOnly() throws Exception {
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(probe);
        Path target = dir.resolve("chart.png");
        ExportFiles.write(target, out -> out.write(1));
        assertEquals(normal, Files.getPosixFilePermissions(target));
    }

    @Test
    void aReplacedFileKeepsItsPermissions() throws Exception {
        Path target = dir.resolve("chart.pdf");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-rw-r--"));
        ExportFiles.write(target, out -> out.write(2));
        assertEquals(PosixFilePermissions.fromString("rw-rw-r--"), Files.getPosixFilePermissions(target));
        assertEquals(1, Files.size(target));
    }

    @Test
    void aReadOnlyFolderFailsWithAMessageAndLeavesNothing() throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anywhere: the check only means something for an ordinary user
            assumeTrue(!Files.isWritable(ro), "running as root: a read-only folder is still writable");
            IOException e = assertThrows(IOException.class, () -> ExportFiles.write(ro.resolve("deck.pptx"),
                    out -> out.write(1)));
            assertTrue(e.getMessage().contains("read-only"), e.getMessage());
            try (Stream<Path> s = Files.list(ro)) {
                assertEquals(0, s.count());
            }
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderInTheWayIsRefused() throws Exception {
        Path sub = Files.createDirectory(dir.resolve("deck.pptx"));
        IOException e = assertThrows(IOException.class, () -> ExportFiles.write(sub, out -> out.write(1)));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
        assertFalse(Files.isRegularFile(sub));
    }
}
