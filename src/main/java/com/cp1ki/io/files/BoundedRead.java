package com.cp1ki.io.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;

/**
 * Reads a whole file that must be a regular file of at most a given size. A device
 * ({@code /dev/zero}), a pipe (which would block the reader until a writer comes) or a socket is
 * refused before it is opened, and the limit is enforced while reading, not trusted from the size
 * the file system reports (which is 0 for {@code /proc} files and may change while reading).
 */
public final class BoundedRead {

    /** What was read: the bytes and the stamp of the version they came from. */
    public record Content(byte[] bytes, FileStamp stamp) {
    }

    private BoundedRead() {
    }

    /**
     * Reads {@code file} (symbolic links followed).
     *
     * @param what how messages call such a file, e.g. "a project file"
     * @throws FileRefusedException NOT_A_FILE or TOO_LARGE, with a message naming the file
     * @throws java.nio.file.NoSuchFileException, java.nio.file.AccessDeniedException and other
     *         IOExceptions as the file system reports them
     */
    public static Content read(Path file, long maxBytes, String what) throws IOException {
        if (maxBytes < 0 || maxBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxBytes must be between 0 and 2 GB, was " + maxBytes);
        }
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        if (a.isDirectory()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, shown + " is a folder, not " + what);
        }
        if (!a.isRegularFile()) {
            throw new FileRefusedException(FileRefusedException.Reason.NOT_A_FILE, shown
                    + " is not a regular file (it is a device, pipe or socket), so it is not read as " + what);
        }
        if (a.size() > maxBytes) {
            throw tooLarge(shown + " is " + megabytes(a.size()) + " MB", maxBytes, what);
        }
        byte[] buf = new byte[(int) Math.min(Math.max(a.size() + 1, 8192), maxBytes + 1)];
        int n = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                if (n == buf.length) {
                    if (n > maxBytes) {
                        throw tooLarge(shown + " is larger than " + megabytes(maxBytes) + " MB", maxBytes, what);
                    }
                    buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, maxBytes + 1));
                }
                int r = ch.read(ByteBuffer.wrap(buf, n, buf.length - n));
                if (r < 0) {
                    break;
                }
                n += r;
            }
        }
        if (n > maxBytes) {
            throw tooLarge(shown + " is larger than " + megabytes(maxBytes) + " MB", maxBytes, what);
        }
        byte[] bytes = n == buf.length ? buf : Arrays.copyOf(buf, n);
        return new Content(bytes, FileStamp.of(bytes, a.lastModifiedTime()));
    }

    private static FileRefusedException tooLarge(String start, long max, String what) {
        return new FileRefusedException(FileRefusedException.Reason.TOO_LARGE, start + "; " + what + " may be at most "
                + megabytes(max) + " MB");
    }

    private static long megabytes(long bytes) {
        return bytes >> 20;
    }
}
