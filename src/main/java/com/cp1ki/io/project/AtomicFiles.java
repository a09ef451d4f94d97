package com.cp1ki.io.project;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Atomic replacement of a file: the new bytes go to a temporary file in the same folder, are
 * forced to disk, and the temporary file is moved over the target. The previous version is kept
 * as {@code <name>.bak}. If anything fails, the target is untouched and no temporary file remains.
 */
final class AtomicFiles {

    /** Writes the bytes into an open channel; a seam so tests can simulate a failing disk. */
    @FunctionalInterface
    interface ContentWriter {
        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    static final ContentWriter DEFAULT_WRITER = (channel, bytes) -> {
        ByteBuffer buf = ByteBuffer.wrap(bytes);
        while (buf.hasRemaining()) {
            channel.write(buf);
        }
    };

    private AtomicFiles() {
    }

    /** The backup kept beside {@code target}: {@code summariser.cp1ki} -> {@code summariser.cp1ki.bak}. */
    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName().toString() + ".bak");
    }

    static void replace(Path target, byte[] bytes, ContentWriter writer) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                writer.write(ch, bytes);
                ch.force(true);
            }
            if (Files.isRegularFile(abs)) {
                // copy, not move: the target stays in place until the atomic move replaces it
                Files.copy(abs, backupOf(abs), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
            try {
                Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
