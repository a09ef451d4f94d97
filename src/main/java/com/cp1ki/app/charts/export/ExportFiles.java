package com.cp1ki.app.charts.export;

import com.cp1ki.io.files.AtomicFiles;
import com.cp1ki.io.files.FileRefusedException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Writes an exported file (PNG, SVG, PDF, PPTX, CSV) whole or not at all, through
 * {@link AtomicFiles}: a temporary file beside the target, forced to disk and moved over it, so a
 * full disk, a read-only folder or a crash leaves the old file (or none) and no partial one. A new
 * file gets the user's normal permissions (the umask's), a replaced one keeps its own. Failures come
 * back as one sentence naming the file and the reason.
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
        try {
            Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw new IOException("cannot create the folder " + dir + ": " + reason(e) + "; nothing was written", e);
        }
        try {
            AtomicFiles.write(abs, content::writeTo);
        } catch (FileRefusedException e) {
            throw e;
        } catch (AccessDeniedException e) {
            throw new IOException("cannot write " + abs + ": the folder " + dir + " is read-only; nothing was written", e);
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            String why = m.contains("No space left") || m.contains("not enough space") || m.contains("disk full")
                    ? "the disk is full" : e instanceof FileSystemException fs ? reason(fs) : m;
            throw new IOException("could not write " + abs + " (" + why + "); nothing was written", e);
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
