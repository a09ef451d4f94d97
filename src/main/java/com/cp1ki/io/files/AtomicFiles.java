package com.cp1ki.io.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;

/**
 * Writes any file so that it is either the old version or the new one, never half of each, and
 * never loses the last good copy. Use it for every file the program writes: projects, exported
 * charts, decks, reports, the autosave.
 *
 * <p>A write: follows symbolic links to the real file; takes the file's {@link SaveLock}; deletes
 * temporary files earlier (killed) writes of it left; refuses a folder, a device or a read-only
 * file; writes the new bytes to {@code .<name>.~<hex>.tmp} in the same folder and forces them to
 * disk; gives that file the old file's permissions (a new file gets the user's default, the umask,
 * never a private 0600); with {@link Options#expecting} checks that the file on disk is still the
 * version that was read; with {@link Options#withBackup} makes {@code <name>.bak} a hard link to
 * (or, where links are not supported, a forced copy of) the old file under a temporary name and
 * renames it over the old backup; renames the new file over the old one; and forces the folder.
 * Every step that fails leaves the old file, the old backup and no temporary file behind.
 *
 * <p>A file with other hard links: the rename gives this name the new content; the other names
 * keep the old version (as the backup does). Writing in place would keep the links but could not
 * be crash-safe.
 */
public final class AtomicFiles {

    /** Writes a file's new content; the stream is buffered, and closing it is allowed but not needed. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * How to write.
     *
     * @param backup   keep the previous version as {@code <name>.bak}
     * @param expected the version the caller read (refuse if the disk holds another); null to replace any
     * @param lockWait how long to wait for another program's save of the same file
     */
    public record Options(boolean backup, FileStamp expected, Duration lockWait) {
        /** No backup, no check of the old version, the default lock wait. */
        public static final Options PLAIN = new Options(false, null, SaveLock.DEFAULT_WAIT);

        public Options withBackup() {
            return new Options(true, expected, lockWait);
        }

        public Options expecting(FileStamp stamp) {
            return new Options(backup, stamp, lockWait);
        }

        public Options waitingUpTo(Duration wait) {
            return new Options(backup, expected, wait);
        }
    }

    /**
     * What a write did.
     *
     * @param file       the real file written (symbolic links followed)
     * @param stamp      the stamp of the new version
     * @param otherLinks how many other hard links the old file had (they keep the old version)
     */
    public record Written(Path file, FileStamp stamp, long otherLinks) {
    }

    /** The file-system steps a test may make fail (a full disk, no hard links). */
    interface Disk {
        void link(Path link, Path existing) throws IOException;

        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    static final Disk REAL = new Disk() {
        @Override
        public void link(Path link, Path existing) throws IOException {
            Files.createLink(link, existing);
        }

        @Override
        public void write(FileChannel channel, ByteBuffer bytes) throws IOException {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
        }
    };

    private AtomicFiles() {
    }

    /** Replaces {@code target} with {@code bytes} (no backup). */
    public static Written write(Path target, byte[] bytes) throws IOException {
        return write(target, out -> out.write(bytes), Options.PLAIN);
    }

    /** Replaces {@code target} with what {@code content} writes (no backup). */
    public static Written write(Path target, Content content) throws IOException {
        return write(target, content, Options.PLAIN);
    }

    public static Written write(Path target, Content content, Options options) throws IOException {
        return write(target, content, options, REAL);
    }

    /**
     * Deletes the temporary files that killed writes of {@code target} left beside it (a write does
     * this itself; call it for a file that will not be written again).
     *
     * @return how many were deleted
     */
    public static int removeLeftovers(Path target) throws IOException {
        Path real = resolve(target);
        try (SaveLock lock = SaveLock.acquire(real, SaveLock.DEFAULT_WAIT)) {
            return TempFiles.cleanStale(real);
        }
    }

    /** The backup kept beside a file: {@code summariser.cp1ki} -> {@code summariser.cp1ki.bak}. */
    public static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /**
     * The absolute path of the file a write of {@code target} replaces: symbolic links followed,
     * even to a file that does not exist yet.
     */
    public static Path resolve(Path target) throws IOException {
        Path p = target.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops >= 40) {
                throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
            }
            p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
        }
        return p;
    }

    static Written write(Path target, Content content, Options o, Disk disk) throws IOException {
        Path real = resolve(target);
        String shown = String.valueOf(target.getFileName());
        try (SaveLock lock = SaveLock.acquire(real, o.lockWait())) {
            TempFiles.cleanStale(real);
            refuseUnwritable(real, shown);
            Path tmp = TempFiles.content(real);
            try {
                ChannelOutput out;
                try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    out = new ChannelOutput(ch, disk);
                    content.writeTo(out);
                    out.flush();
                    ch.force(true);
                }
                long links = 0;
                if (Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                    Permissions.copy(real, tmp);
                    links = Permissions.hardLinks(real) - 1;
                }
                if (o.expected() != null) {
                    checkUnchanged(real, shown, o.expected());
                }
                if (o.backup() && Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
                    backup(real, disk);
                }
                move(tmp, real);
                syncFolder(real.getParent());
                return new Written(real, new FileStamp(out.count(), Files.getLastModifiedTime(real), out.sha256()), links);
            } finally {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void refuseUnwritable(Path real, String shown) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return;
        }
        if (a.isDirectory()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, shown
                    + " is a folder; nothing was written");
        }
        if (!a.isRegularFile()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, shown
                    + " is not a regular file (a device, pipe or socket); nothing was written");
        }
        if (Permissions.readOnly(real)) {
            throw new FileRefusedException(FileRefusedException.Reason.READ_ONLY, shown
                    + " is read-only, so it was not changed; save under another name, or make it writable first");
        }
    }

    private static void checkUnchanged(Path real, String shown, FileStamp expected) throws IOException {
        FileStamp.Check c = expected.check(real, true);
        if (c.state() == FileStamp.State.MISSING) {
            throw new FileRefusedException(FileRefusedException.Reason.MISSING_ON_DISK, shown
                    + " was deleted or moved by another program since it was read; nothing was written");
        }
        if (c.state() == FileStamp.State.CHANGED) {
            throw new FileRefusedException(FileRefusedException.Reason.CHANGED_ON_DISK, shown
                    + " was changed by another program since it was read"
                    + (c.current() == null ? "" : " (now " + c.current().describe() + ")")
                    + "; it was not overwritten");
        }
    }

    /**
     * Makes the current version of {@code real} its backup: a hard link (or a forced copy) under a
     * temporary name, renamed over the old backup. The old backup stays until the new one is whole.
     */
    private static void backup(Path real, Disk disk) throws IOException {
        Path tmp = TempFiles.backup(real);
        try {
            try {
                disk.link(tmp, real);
            } catch (UnsupportedOperationException | FileSystemException e) {
                // no hard links here (FAT, some network shares, a protected file of another user)
                Files.deleteIfExists(tmp);
                copy(real, tmp, disk);
            }
            move(tmp, backupOf(real));
            syncFolder(real.getParent());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copy(Path from, Path to, Disk disk) throws IOException {
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buf = ByteBuffer.allocate(64 * 1024);
            while (in.read(buf) >= 0) {
                buf.flip();
                disk.write(out, buf);
                buf.clear();
            }
            out.force(true);
        }
        Permissions.copy(from, to);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a folder's entries (the renames) to disk; a platform that cannot open folders skips it. */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; its renames are durable through NTFS's journal
        }
    }
}
