package com.cp1ki.io.catalog;

import com.cp1ki.io.files.AtomicFiles;
import com.cp1ki.io.files.UserFolders;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The user's own catalog: the price lists they imported, kept as {@code catalog.json} in the
 * user's configuration folder (so it survives updates of the app) and shown beside the bundled
 * one. Written with {@link AtomicFiles}: a failed import leaves the previous file as it was.
 */
public final class UserCatalog {

    public static final String FILE_NAME = "catalog.json";
    private final Path file;

    /** The user catalog kept at {@code file} (tests pass a temporary folder's file). */
    public UserCatalog(Path file) {
        this.file = file;
    }

    /** The user catalog of the person running the program, in {@link UserFolders#config()}. */
    public static UserCatalog forUser() {
        return new UserCatalog(UserFolders.config().resolve(FILE_NAME));
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

    /** Writes {@code c} over the file atomically ({@link AtomicFiles}: all of it or the old file). */
    public void save(Catalog c) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        AtomicFiles.write(abs, CatalogJson.write(c).getBytes(StandardCharsets.UTF_8));
    }
}
