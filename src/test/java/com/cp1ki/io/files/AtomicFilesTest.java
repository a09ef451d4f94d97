package com.cp1ki.io.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Any file the program writes: whole or not at all, a backup that is never lost, permissions and links kept. */
class AtomicFilesTest {

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static AtomicFiles.Written write(Path f, String text, AtomicFiles.Options o) throws IOException {
        return AtomicFiles.write(f, out -> out.write(text.getBytes(StandardCharsets.UTF_8)), o);
    }

    private static final AtomicFiles.Options BACKUP = AtomicFiles.Options.PLAIN.withBackup();

    /** A disk that fills up after {@code room} bytes of any write. */
    static AtomicFiles.Disk fullAfter(long room, boolean links) {
        return new AtomicFiles.Disk() {
            long left = room;

            @Override
            public void link(Path link, Path existing) throws IOException {
                if (!links) {
                    throw new UnsupportedOperationException("no hard links here");
                }
                Files.createLink(link, existing);
            }

            @Override
            public void write(FileChannel ch, ByteBuffer b) throws IOException {
                while (b.hasRemaining()) {
                    if (left <= 0) {
                        throw new IOException("No space left on device");
                    }
                    ByteBuffer part = b.slice();
                    part.limit((int) Math.min(part.remaining(), left));
                    int n = ch.write(part);
                    b.position(b.position() + n);
                    left -= n;
                }
            }
        };
    }

    @Test
    void aNewFileGetsTheUsersDefaultPermissionsNotAPrivateOne(@TempDir Path dir) throws IOException {
        Path reference = Files.writeString(dir.resolve("plain.txt"), "x");
        Path f = dir.resolve("chart.csv");
        AtomicFiles.write(f, "a,b\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(Files.getPosixFilePermissions(reference), Files.getPosixFilePermissions(f));
        assertEquals("a,b\n", Files.readString(f));
    }

    @Test
    void aReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("p.cp1ki"), "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        write(f, "new", BACKUP);
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        assertEquals("new", Files.readString(f));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsTargetGetsTheNewContentAndTheBackup(@TempDir Path dir) throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("store")).resolve("real.cp1ki"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.cp1ki"), Path.of("store", "real.cp1ki"));
        AtomicFiles.Written w = write(link, "new", BACKUP);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals("old", Files.readString(dir.resolve("store/real.cp1ki.bak")));
        assertEquals(real.toRealPath(), w.file().toRealPath());
        assertEquals(List.of("link.cp1ki", "store"), names(dir));
    }

    @Test
    void aReadOnlyFileIsRefusedWithAMessageAndLeftAlone(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("p.cp1ki"), "old");
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> write(f, "new", BACKUP));
        assertEquals(FileRefusedException.Reason.READ_ONLY, e.reason());
        assertTrue(e.getMessage().startsWith("p.cp1ki is read-only"), e.getMessage());
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("p.cp1ki"), names(dir));
    }

    @Test
    void theBackupIsTheVersionBeforeTheSave(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        write(f, "one", BACKUP);
        assertEquals(List.of("p.cp1ki"), names(dir));
        write(f, "two", BACKUP);
        write(f, "three", BACKUP);
        assertEquals("three", Files.readString(f));
        assertEquals("two", Files.readString(dir.resolve("p.cp1ki.bak")));
        assertEquals(List.of("p.cp1ki", "p.cp1ki.bak"), names(dir));
    }

    @Test
    void aFullDiskWhileWritingKeepsTheFileTheBackupAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        write(f, "one", BACKUP);
        write(f, "two", BACKUP);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f,
                out -> out.write("three, much longer".getBytes(StandardCharsets.UTF_8)), BACKUP, fullAfter(5, true)));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("two", Files.readString(f));
        assertEquals("one", Files.readString(dir.resolve("p.cp1ki.bak")));
        assertEquals(List.of("p.cp1ki", "p.cp1ki.bak"), names(dir));
    }

    @Test
    void aFullDiskWhileCopyingTheBackupKeepsTheOldBackup(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        write(f, "one", BACKUP);
        write(f, "two, the version to back up", BACKUP);
        // no hard links here, so the backup is a copy; the disk fills up during that copy
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> out.write('3'), BACKUP, fullAfter(10, false)));
        assertEquals("two, the version to back up", Files.readString(f));
        assertEquals("one", Files.readString(dir.resolve("p.cp1ki.bak")));
        assertEquals(List.of("p.cp1ki", "p.cp1ki.bak"), names(dir));
    }

    @Test
    void withoutHardLinksTheBackupIsACopy(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        write(f, "one", BACKUP);
        AtomicFiles.write(f, out -> out.write("two".getBytes(StandardCharsets.UTF_8)), BACKUP, fullAfter(1 << 20, false));
        assertEquals("two", Files.readString(f));
        assertEquals("one", Files.readString(dir.resolve("p.cp1ki.bak")));
    }

    @Test
    void temporaryFilesOfAKilledSaveAndItsStaleLockAreGoneAfterTheNextSave(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("p.cp1ki"), "old");
        for (String stale : List.of(".p.cp1ki.~0123456789abcdef.tmp", ".p.cp1ki.~fedcba9876543210.bak.tmp",
                ".p.cp1ki.8412975618437437.tmp", ".p.cp1ki.lock")) {
            Files.writeString(dir.resolve(stale), "left by a killed save");
        }
        Files.writeString(dir.resolve(".other.cp1ki.~0123456789abcdef.tmp"), "another file's");
        Files.writeString(dir.resolve(".p.cp1ki.notes.tmp"), "not ours");
        write(f, "new", BACKUP);
        assertEquals(List.of(".other.cp1ki.~0123456789abcdef.tmp", ".p.cp1ki.notes.tmp", "p.cp1ki", "p.cp1ki.bak"),
                names(dir));
    }

    @Test
    void aContentWriterThatFailsLeavesNoTrace(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("deck.pptx"), "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write(new byte[100_000]);
            throw new IOException("the renderer failed");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of("deck.pptx"), names(dir));
    }

    @Test
    void theStampOfAWriteIsTheStampOfReadingTheFileBack(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        AtomicFiles.Written w = write(f, "some content", BACKUP);
        assertEquals(BoundedRead.read(f, 1000, "a file").stamp(), w.stamp());
    }

    @Test
    void aSaveExpectingTheVersionItReadRefusesAnotherProgramsChange(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        FileStamp read = write(f, "as read", BACKUP).stamp();
        Files.writeString(f, "as changed"); // another program, without the lock
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> write(f, "mine", BACKUP.expecting(read)));
        assertEquals(FileRefusedException.Reason.CHANGED_ON_DISK, e.reason());
        assertTrue(e.getMessage().startsWith("p.cp1ki was changed by another program since it was read (now 10 bytes"),
                e.getMessage());
        assertEquals("as changed", Files.readString(f));
        Files.delete(f);
        e = assertThrows(FileRefusedException.class, () -> write(f, "mine", BACKUP.expecting(read)));
        assertEquals(FileRefusedException.Reason.MISSING_ON_DISK, e.reason());
        assertFalse(Files.exists(f));
    }

    @Test
    void aSaveExpectingTheVersionItReadAcceptsTheSameBytesTouched(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("p.cp1ki");
        FileStamp read = write(f, "as read", BACKUP).stamp();
        Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(0));
        write(f, "mine", BACKUP.expecting(read));
        assertEquals("mine", Files.readString(f));
    }

    @Test
    void aHardLinkedFileIsReplacedUnderThisNameAndTheOtherNamesKeepTheOldVersion(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("p.cp1ki"), "old");
        Path other = Files.createLink(dir.resolve("other-name.cp1ki"), f);
        AtomicFiles.Written w = write(f, "new", BACKUP);
        assertEquals(1, w.otherLinks());
        assertEquals("new", Files.readString(f));
        assertEquals("old", Files.readString(other));
        assertEquals("old", Files.readString(dir.resolve("p.cp1ki.bak")));
    }

    @Test
    void aFolderAtThePathIsRefused(@TempDir Path dir) throws IOException {
        Path f = Files.createDirectory(dir.resolve("p.cp1ki"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> write(f, "x", BACKUP));
        assertEquals(FileRefusedException.Reason.NOT_A_FILE, e.reason());
        assertEquals(List.of("p.cp1ki"), names(dir));
    }

    @Test
    void aSecondSaveOfTheSameFileWaitsForTheFirstAndGivesUpWithAMessage(@TempDir Path dir) throws Exception {
        Path f = Files.writeString(dir.resolve("p.cp1ki"), "old");
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            // another thread holds the lock while a save from this one tries
            Future<?> holder = pool.submit(() -> {
                try (SaveLock l = SaveLock.acquire(f, Duration.ofSeconds(5))) {
                    writing.countDown();
                    release.await();
                }
                return null;
            });
            writing.await();
            assertTrue(Files.exists(SaveLock.lockFileOf(f.toRealPath())), "the lock file names the holder");
            FileRefusedException e = assertThrows(FileRefusedException.class,
                    () -> write(f, "second", BACKUP.waitingUpTo(Duration.ofMillis(200))));
            assertEquals(FileRefusedException.Reason.LOCKED, e.reason());
            assertTrue(e.getMessage().startsWith("p.cp1ki is being saved by"), e.getMessage());
            release.countDown();
            holder.get();
            write(f, "second", BACKUP);
            assertEquals("second", Files.readString(f));
            assertEquals(List.of("p.cp1ki", "p.cp1ki.bak"), names(dir));
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
