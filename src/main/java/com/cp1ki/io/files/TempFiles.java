package com.cp1ki.io.files;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The temporary files a save makes beside its target, and their cleanup. A save writes
 * {@code .<name>.~<16 hex>.tmp} (the new content) and {@code .<name>.~<16 hex>.bak.tmp} (the next
 * backup) in the target's folder; a save that was killed leaves them behind, and the next save of
 * the same file, holding its lock, deletes them. Files of the older form {@code .<name>.<digits>.tmp}
 * (made by saves before this class) are ours too and go the same way.
 */
final class TempFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TempFiles() {
    }

    /** A fresh temporary name beside {@code real} (the file is not created). */
    static Path next(Path real, String suffix) {
        byte[] r = new byte[8];
        RANDOM.nextBytes(r);
        return real.resolveSibling("." + real.getFileName() + ".~" + HexFormat.of().formatHex(r) + suffix);
    }

    static Path content(Path real) {
        return next(real, ".tmp");
    }

    static Path backup(Path real) {
        return next(real, ".bak.tmp");
    }

    /** Whether {@code file} is one of our temporary files for {@code real}. */
    static boolean isOurs(Path real, Path file) {
        return pattern(real.getFileName().toString()).matcher(file.getFileName().toString()).matches();
    }

    private static Pattern pattern(String name) {
        return Pattern.compile(Pattern.quote("." + name + ".") + "(~[0-9a-f]{16}(\\.bak)?|[0-9]+)\\.tmp");
    }

    /**
     * Deletes the temporary files that earlier saves of {@code real} left behind (call with its
     * save lock held, so no other save of it is writing them).
     *
     * @return how many were deleted
     */
    static int cleanStale(Path real) {
        Path dir = real.getParent();
        String name = real.getFileName().toString();
        Pattern ours = pattern(name);
        int n = 0;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir,
                p -> ours.matcher(p.getFileName().toString()).matches())) {
            for (Path p : s) {
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(p);
                    n++;
                }
            }
        } catch (IOException e) {
            // cleanup is a courtesy: a folder we cannot list or a file we cannot delete stays as it was
        }
        return n;
    }
}
