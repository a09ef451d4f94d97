package com.cp1ki.io.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Which version of a file was read or written: its size, modification time and the SHA-256 of its
 * bytes. A save that is given the stamp of the version it read refuses to replace any other
 * version; the workbench compares the stamp with the disk to notice another program's change.
 *
 * @param size     bytes
 * @param modified the file's modification time when it was read or written
 * @param sha256   the SHA-256 of the bytes, lower-case hex
 */
public record FileStamp(long size, FileTime modified, String sha256) {

    /** How a file on disk compares with a stamp. */
    public enum State {
        /** The same bytes (the time may differ: a touch is not a change). */
        UNCHANGED,
        /** Other bytes. */
        CHANGED,
        /** No file at the path. */
        MISSING
    }

    /** The outcome of {@link #check}: the state and, unless missing, the stamp of the file now there. */
    public record Check(State state, FileStamp current) {
    }

    public FileStamp {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The stamp of {@code bytes}, read from a file last modified at {@code modified}. */
    public static FileStamp of(byte[] bytes, FileTime modified) {
        return new FileStamp(bytes.length, modified, hex(newDigest().digest(bytes)));
    }

    /**
     * Compares the file at {@code file} with this stamp. Size and time are the quick test; when
     * either differs the bytes are hashed, so a file that was only touched counts as unchanged.
     * With {@code alwaysHash}, equal size and time are not trusted either (a save checks this way).
     */
    public Check check(Path file, boolean alwaysHash) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return new Check(State.MISSING, null);
        }
        if (!a.isRegularFile()) {
            return new Check(State.CHANGED, null);
        }
        if (a.size() != size) {
            return new Check(State.CHANGED, new FileStamp(a.size(), a.lastModifiedTime(), ""));
        }
        if (!alwaysHash && a.lastModifiedTime().equals(modified)) {
            return new Check(State.UNCHANGED, this);
        }
        String hash;
        try {
            hash = hashOf(file, size);
        } catch (NoSuchFileException e) {
            return new Check(State.MISSING, null);
        }
        FileStamp now = new FileStamp(a.size(), a.lastModifiedTime(), hash);
        return new Check(hash.equals(sha256) ? State.UNCHANGED : State.CHANGED, now);
    }

    /** "12,345 bytes, modified 14:03:12 on 2026-05-12" (local time), for messages. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%,d bytes, modified %s", size, when(modified));
    }

    /** A file time as local "14:03:12 on 2026-05-12". */
    public static String when(FileTime t) {
        return DateTimeFormatter.ofPattern("HH:mm:ss 'on' yyyy-MM-dd", java.util.Locale.ROOT)
                .format(t.toInstant().atZone(ZoneId.systemDefault()));
    }

    /** The SHA-256 of the first {@code limit} + 1 bytes of a file (more than {@code limit} means changed). */
    static String hashOf(Path file, long limit) throws IOException {
        MessageDigest md = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = in.read(buf)) >= 0) {
                total += n;
                if (total > limit) {
                    return "";
                }
            }
        }
        return hex(md.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
