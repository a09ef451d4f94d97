package com.cp1ki.app.charts.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes an exported file (PNG, SVG, PDF, PPTX, CSV) whole or not at all: the bytes go to a hidden
 * temporary file beside the target, are forced to disk and moved over it, so a full disk, a
 * read-only folder or a crash leaves the old file (or none) and no partial one. A new file gets the
 * user's normal permissions (what the user's umask gives any new file, e.g. rw-r--r--), not the
 * owner-only ones of a temporary file; a replaced file keeps its own.
 */
public final class ExportFiles {

    /** Writes the content of one file to a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    /** Writes {@code content} to {@code target} atomically, creating missing parent folders. */
    public static void write(Path target, Content content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new IOException(abs + " is a folder, not a file");
        }
        try {
            Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw new IOException("cannot create the folder " + dir + ": " + reason(e), e);
        }
        Path tmp = dir.resolve("." + abs.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            // createFile, not createTempFile: the new file gets the umask's permissions, as any file the user makes
            Files.createFile(tmp);
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write into " + dir + ": the folder is read-only", e);
        } catch (FileSystemException e) {
            throw new IOException("cannot write into " + dir + ": " + reason(e), e);
        }
        boolean moved = false;
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(abs, tmp);
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } catch (IOException e) {
            String why = e.getMessage() != null && e.getMessage().contains("No space left") ? "the disk is full"
                    : e instanceof FileSystemException fs ? reason(fs) : e.getMessage();
            throw new IOException("could not write " + abs + " (" + why + "); nothing was written", e);
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    private static void keepPermissions(Path target, Path tmp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (view != null && Files.isRegularFile(target)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(target);
            view.setPermissions(perms);
        }
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() != null ? e.getReason() : e.getClass().getSimpleName();
    }
}
