package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reading and writing {@code .cp1ki} project files (JSON, {@code "formatVersion": 2}; format 1 is migrated on load; see
 * docs/project-file.md). Reading never lets a stack trace reach the user: every problem is a
 * {@link ProjectFileException} whose message names the file and the field or line.
 */
public final class ProjectFiles {

    /** The format version this program writes (and the newest it reads). */
    public static final int FORMAT_VERSION = Migrations.CURRENT;
    /** File name extension of project files, with its dot. */
    public static final String EXTENSION = ".cp1ki";
    /** Largest project file read, in bytes. */
    public static final long MAX_FILE_BYTES = ProjectJson.MAX_DOCUMENT_BYTES;

    private ProjectFiles() {
    }

    public static Project load(Path file) throws ProjectFileException {
        return loadDocument(file).project();
    }

    /** The project and the file's notes. */
    public static ProjectDocument loadDocument(Path file) throws ProjectFileException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new ProjectFileException(file.toString(), "", shown + " is a folder, not a project file");
        }
        String text;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new ProjectFileException(file.toString(), "", shown + " is " + (size >> 20)
                        + " MB; a project file may be at most " + (MAX_FILE_BYTES >> 20) + " MB");
            }
            byte[] bytes = Files.readAllBytes(file);
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file.toString(), "", shown + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file.toString(), "", shown + " cannot be read: permission denied", e);
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file.toString(), "", shown + " is not UTF-8 text, so not a project file", e);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "", shown + " cannot be read: " + e.getMessage(), e);
        }
        return ProjectJson.read(text, file.toString(), shown);
    }

    /** Reads a project from JSON text; {@code sourceName} names it in messages (e.g. the file name). */
    public static Project read(String json, String sourceName) throws ProjectFileException {
        return readDocument(json, sourceName).project();
    }

    public static ProjectDocument readDocument(String json, String sourceName) throws ProjectFileException {
        return ProjectJson.read(json, sourceName, sourceName);
    }

    /** The project as pretty-printed JSON in the current format, keys in a stable order. */
    public static String write(Project project) {
        return write(new ProjectDocument(project, null));
    }

    public static String write(ProjectDocument document) {
        return ProjectJson.write(document);
    }

    /**
     * Saves atomically: a temporary file in the same folder, forced to disk, moved over
     * {@code file}; the previous version is kept as {@code <name>.cp1ki.bak}. A failed save leaves
     * the old file untouched and no temporary file behind.
     */
    public static void save(Project project, Path file) throws IOException {
        save(new ProjectDocument(project, null), file);
    }

    public static void save(ProjectDocument document, Path file) throws IOException {
        save(document, file, AtomicFiles.DEFAULT_WRITER);
    }

    static void save(ProjectDocument document, Path file, AtomicFiles.ContentWriter writer) throws IOException {
        AtomicFiles.replace(file, write(document).getBytes(StandardCharsets.UTF_8), writer);
    }

    /** The backup a save keeps beside {@code file}. */
    public static Path backupOf(Path file) {
        return AtomicFiles.backupOf(file);
    }

    /**
     * A sample project bundled in the jar (from the repository's sample-projects folder), e.g.
     * {@code "summariser-seed.cp1ki"}.
     *
     * @throws ProjectFileException when there is no such sample or it does not load
     */
    public static Project loadBundledSample(String name) throws ProjectFileException {
        return loadBundledSampleDocument(name).project();
    }

    public static ProjectDocument loadBundledSampleDocument(String name) throws ProjectFileException {
        String resource = "/sample-projects/" + name;
        try (InputStream in = ProjectFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ProjectFileException(name, "", "there is no bundled sample project named " + name);
            }
            return ProjectJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, name);
        } catch (IOException e) {
            throw new ProjectFileException(name, "", "the bundled sample " + name + " cannot be read: " + e.getMessage(), e);
        }
    }
}
