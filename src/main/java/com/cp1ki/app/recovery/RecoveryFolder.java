package com.cp1ki.app.recovery;

import com.cp1ki.io.files.AtomicFiles;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.RecoveryDocument;
import com.cp1ki.io.project.RecoveryFiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The folder where running workbenches autosave unsaved work. Each window's autosave is
 * {@code <id>.cp1ki-recovery}; while it runs it holds an operating-system lock on {@code <id>.alive},
 * which the system releases when the process dies (even by {@code kill -9}). So an autosave whose
 * {@code .alive} can be locked by someone else was left by a crash, and is offered back; a clean
 * exit deletes both files. A process never opens its own {@code .alive} twice (closing any
 * descriptor of a file drops the process's POSIX locks on it).
 */
public final class RecoveryFolder implements AutoCloseable {

    static final String AUTOSAVE = ".cp1ki-recovery";
    static final String ALIVE = ".alive";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Windows of this process: never probed by lock (that would drop their lock, see above). */
    private static final java.util.Set<String> LIVE_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final String id;
    private final FileChannel alive;

    private RecoveryFolder(Path folder, String id, FileChannel alive) {
        this.folder = folder;
        this.id = id;
        this.alive = alive;
    }

    /** Opens (creating) the folder and marks this process alive in it. */
    public static RecoveryFolder open(Path folder) throws IOException {
        Files.createDirectories(folder);
        byte[] r = new byte[6];
        RANDOM.nextBytes(r);
        String id = ProcessHandle.current().pid() + "-" + HexFormat.of().formatHex(r);
        FileChannel ch = FileChannel.open(folder.resolve(id + ALIVE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            if (ch.tryLock() == null) {
                throw new IOException("cannot lock " + id + ALIVE);
            }
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        LIVE_HERE.add(id);
        return new RecoveryFolder(folder, id, ch);
    }

    /** This window's autosave file. */
    public Path file() {
        return folder.resolve(id + AUTOSAVE);
    }

    public Path folder() {
        return folder;
    }

    /** Replaces this window's autosave (crash-safely: a kill during it leaves the previous one). */
    public void write(RecoveryDocument r) throws IOException {
        AtomicFiles.write(file(), RecoveryFiles.write(r));
    }

    /** Deletes this window's autosave (the work was saved, undone, or discarded). */
    public void clear() throws IOException {
        Files.deleteIfExists(file());
    }

    /**
     * Autosaves left by windows that did not close normally, newest first, each locked for this
     * window until it is restored, discarded or kept; unreadable ones are dropped with their file.
     * Also deletes the {@code .alive} files of dead processes that left no autosave.
     */
    public List<Orphan> orphans() throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(folder)) {
            s.forEach(p -> names.add(p.getFileName().toString()));
        }
        List<Orphan> found = new ArrayList<>();
        for (String name : names) {
            String other = name.endsWith(AUTOSAVE) ? name.substring(0, name.length() - AUTOSAVE.length())
                    : name.endsWith(ALIVE) ? name.substring(0, name.length() - ALIVE.length()) : null;
            if (other == null || LIVE_HERE.contains(other)) {
                continue;
            }
            Path autosave = folder.resolve(other + AUTOSAVE);
            if (name.endsWith(ALIVE) && Files.exists(autosave)) {
                continue; // met with its autosave
            }
            Orphan o = claim(other);
            if (o == null) {
                continue; // its window is still running
            }
            if (!Files.exists(autosave)) {
                o.discard();
                continue;
            }
            try {
                o.document = RecoveryFiles.read(autosave);
                found.add(o);
            } catch (ProjectFileException e) {
                o.discard(); // damaged: there is nothing in it to offer
            }
        }
        found.sort(Comparator.comparing((Orphan o) -> o.document.savedAt()).reversed());
        return found;
    }

    private Orphan claim(String other) throws IOException {
        FileChannel ch = FileChannel.open(folder.resolve(other + ALIVE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = ch.tryLock();
        } catch (IOException | RuntimeException e) {
            ch.close();
            return null;
        }
        if (l == null) {
            ch.close();
            return null;
        }
        return new Orphan(other, ch);
    }

    /** Deletes this window's autosave and its mark of life (a clean exit). */
    @Override
    public void close() throws IOException {
        try {
            clear();
            Files.deleteIfExists(folder.resolve(id + ALIVE));
        } finally {
            alive.close();
            LIVE_HERE.remove(id);
        }
    }

    /** An autosave of a window that did not close normally, held by this window until decided. */
    public final class Orphan {
        private final String owner;
        private final FileChannel lock;
        private RecoveryDocument document;

        private Orphan(String owner, FileChannel lock) {
            this.owner = owner;
            this.lock = lock;
        }

        public RecoveryDocument document() {
            return document;
        }

        /** Deletes it (restored into this window, or the user chose to discard it). */
        public void discard() throws IOException {
            try {
                AtomicFiles.removeLeftovers(folder.resolve(owner + AUTOSAVE));
                Files.deleteIfExists(folder.resolve(owner + AUTOSAVE));
                Files.deleteIfExists(folder.resolve(owner + ALIVE));
            } finally {
                lock.close();
            }
        }

        /** Leaves it for the next start. */
        public void keep() throws IOException {
            lock.close();
        }
    }
}
