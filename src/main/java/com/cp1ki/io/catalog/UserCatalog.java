package com.cp1ki.io.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The user's own catalog: the price lists they imported, kept as {@code catalog.json} in the
 * user's configuration folder (so it survives updates of the app) and shown beside the bundled
 * one. Written atomically: a failed import leaves the previous file as it was.
 */
public final class UserCatalog {

    public static final String FILE_NAME = "catalog.json";
    private final Path file;

    /** The user catalog kept at {@code file} (tests pass a temporary folder's file). */
    public UserCatalog(Path file) {
        this.file = file;
    }

    /**
     * The per-user configuration folder of this program: {@code %APPDATA%\CP1Ki} on Windows,
     * {@code ~/Library/Application Support/CP1Ki} on macOS, {@code $XDG_CONFIG_HOME/cp1ki} or
     * {@code ~/.config/cp1ki} elsewhere.
     */
    public static Path configFolder(Map<String, String> env, String osName, String home) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "CP1Ki");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "CP1Ki");
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "cp1ki") : Path.of(home, ".config", "cp1ki");
    }

    /** The user catalog of the person running the program. */
    public static UserCatalog forUser() {
        return new UserCatalog(configFolder(System.getenv(), System.getProperty("os.name"),
                System.getProperty("user.home")).resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** The catalog as saved; an empty one (dated {@code today}) when there is no file yet. */
    public Catalog load(LocalDate today) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Catalog.read(in);
        } catch (NoSuchFileException e) {
            return Catalog.empty(today);
        } catch (IOException | IllegalArgumentException e) {
            throw new IOException("the user price catalog " + file + " cannot be read: " + e.getMessage()
                    + " (move it aside to start a new one)", e);
        }
    }

    /**
     * Adds a list's entries (see {@link CatalogMerge}) and saves, all or nothing.
     *
     * @return the saved catalog
     */
    public Catalog add(List<ApiModelEntry> apiModels, List<GpuInstanceEntry> gpus, LocalDate listDate) throws IOException {
        Catalog merged = CatalogMerge.merge(load(listDate), apiModels, gpus, listDate);
        save(merged);
        return merged;
    }

    /** Writes {@code c} over the file atomically (temporary file in the same folder, forced, moved). */
    public void save(Catalog c) throws IOException {
        byte[] bytes = CatalogJson.write(c).getBytes(StandardCharsets.UTF_8);
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = Files.createTempFile(abs.getParent(), "." + abs.getFileName() + ".", ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
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
