package com.cp1ki.io.files;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The lock every save of one file takes, so two programs (two {@code cp1ki import --into}, the
 * workbench and the CLI) never write it at the same time. It is an operating-system lock on a lock
 * file beside the target, {@code .<name>.lock}, which the system releases when the holder dies
 * (even by {@code kill -9}); the file names its holder for messages and is deleted on release.
 * Within one JVM a re-entrant lock per file comes first, so one thread may take it again (a
 * read-modify-write holds it around the save, which takes it too).
 *
 * <p>Protocol: note the lock file's identity (device and inode), open (create) it, lock it, and
 * check that the path still names the same file; when it does not, its previous holder deleted it
 * as we waited, so we start again on the new file. The holder writes its process id for messages
 * and deletes the file while still holding the lock. The holder never opens the lock file a second
 * time: closing any descriptor of a file drops the process's POSIX locks on it.
 */
public final class SaveLock implements AutoCloseable {

    /** How long a save waits for another program's save of the same file by default. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);
    private static final long POLL_MILLIS = 15;
    /** Locks a byte far past the token, so readers of the token are never blocked (Windows locks are mandatory). */
    private static final long LOCK_POSITION = Long.MAX_VALUE - 1;
    private static final Map<Path, ReentrantLock> IN_JVM = new ConcurrentHashMap<>();

    private final ReentrantLock jvm;
    /** The lock file to delete on release; null where files have no identity to check (then it stays). */
    private final Path lockFile;
    private final FileChannel channel;

    private SaveLock(ReentrantLock jvm, Path lockFile, FileChannel channel) {
        this.jvm = jvm;
        this.lockFile = lockFile;
        this.channel = channel;
    }

    /** The lock file of {@code target} (after symbolic links are followed): {@code .p.cp1ki.lock}. */
    public static Path lockFileOf(Path realTarget) {
        return realTarget.resolveSibling("." + realTarget.getFileName() + ".lock");
    }

    /**
     * Takes the save lock of {@code target} (symbolic links followed, so every name of a file shares
     * one lock), waiting up to {@code wait} for another holder.
     *
     * @throws FileRefusedException with {@link FileRefusedException.Reason#LOCKED} when the wait ran out
     */
    public static SaveLock acquire(Path target, Duration wait) throws IOException {
        Path real = canonical(AtomicFiles.resolve(target));
        long deadline = System.nanoTime() + wait.toNanos();
        ReentrantLock jvm = IN_JVM.computeIfAbsent(real, k -> new ReentrantLock());
        try {
            if (!jvm.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw busy(target, "another save in this program");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to save " + target.getFileName());
        }
        if (jvm.getHoldCount() > 1) {
            return new SaveLock(jvm, null, null);
        }
        try {
            return osLock(target, real, deadline, jvm);
        } catch (IOException | RuntimeException e) {
            jvm.unlock();
            throw e;
        }
    }

    /** One key per file for the in-JVM lock: the folder's real path (links and ".." resolved) and the name. */
    private static Path canonical(Path real) {
        try {
            return real.getParent().toRealPath().resolve(real.getFileName());
        } catch (IOException e) {
            return real; // a missing folder: the save fails on it anyway
        }
    }

    private static SaveLock osLock(Path target, Path real, long deadline, ReentrantLock jvm) throws IOException {
        Path lockFile = lockFileOf(real);
        byte[] token = ("pid " + ProcessHandle.current().pid() + " since " + Instant.now() + "\n").getBytes(StandardCharsets.UTF_8);
        while (true) {
            Object before = keyOf(lockFile);
            FileChannel ch;
            try {
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            } catch (java.nio.file.AccessDeniedException e) {
                throw new FileRefusedException(FileRefusedException.Reason.READ_ONLY, "the folder of " + target.getFileName()
                        + " may not be written (permission denied), so it cannot be saved there; nothing was changed", e);
            }
            try {
                FileLock l = ch.tryLock(LOCK_POSITION, 1, false);
                if (l != null) {
                    // Never open the lock file again while holding it: closing any descriptor of a
                    // file drops this process's POSIX locks on it. Its identity is checked by key.
                    // after == null: the file we locked was deleted by its last holder as we waited, and
                    // the next program may already hold a new one at the path; ours locks nothing, so retry
                    Object after = keyOf(lockFile);
                    boolean keyed = after != null && !NO_KEY.equals(after);
                    if (after != null && (!keyed || (before != null && before.equals(after)))) {
                        ch.truncate(0);
                        ch.write(ByteBuffer.wrap(token), 0);
                        return new SaveLock(jvm, keyed ? lockFile : null, ch);
                    }
                }
            } catch (java.nio.channels.OverlappingFileLockException e) {
                ch.close();
                throw busy(target, "another save in this program");
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
            // held by another program, or the file we locked was deleted or replaced by its last holder
            ch.close();
            if (System.nanoTime() >= deadline) {
                throw busy(target, holder(lockFile));
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to save " + target.getFileName());
            }
        }
    }

    private static final Object NO_KEY = new Object();

    /** The file's identity (device and inode), null when it does not exist, NO_KEY where the system has none. */
    private static Object keyOf(Path f) throws IOException {
        try {
            Object k = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
            return k == null ? NO_KEY : k;
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** "process 1234 since 2026-05-12T10:00:00Z", from the lock file (read only by those waiting for it). */
    private static String holder(Path lockFile) {
        try {
            String s = new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8).trim();
            return s.startsWith("pid ") && s.length() < 200 ? "process " + s.substring(4) : "another program";
        } catch (IOException e) {
            return "another program";
        }
    }

    private static FileRefusedException busy(Path target, String who) {
        return new FileRefusedException(FileRefusedException.Reason.LOCKED, target.getFileName() + " is being saved by "
                + who + "; nothing was changed. Try again when that save has finished.");
    }

    /** Releases the lock, deleting the lock file first (while it is still held). */
    @Override
    public void close() throws IOException {
        try {
            if (channel != null) {
                try {
                    if (lockFile != null) {
                        Files.deleteIfExists(lockFile);
                    }
                } finally {
                    channel.close(); // releases the OS lock
                }
            }
        } finally {
            jvm.unlock();
        }
    }
}
