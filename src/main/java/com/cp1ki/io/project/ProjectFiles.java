package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;

import com.cp1ki.io.files.AtomicFiles;
import com.cp1ki.io.files.BoundedRead;
import com.cp1ki.io.files.FileRefusedException;
import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.files.SaveLock;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reading and writing {@code .cp1ki} project files (JSON, {@code "formatVersion": 3}; formats 1 and 2 are migrated on load; see
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
        return loadStamped(file).document();
    }

    /**
     * The project, the file's notes and the stamp of the version read (for a save that must not
     * overwrite another program's change). Only a regular file is read (a device or pipe is
     * refused before it is opened), and at most {@link #MAX_FILE_BYTES}, counted while reading.
     */
    public static StampedDocument loadStamped(Path file) throws ProjectFileException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BoundedRead.Content content;
        String text;
        try {
            content = BoundedRead.read(file, MAX_FILE_BYTES, "a project file");
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(content.bytes())).toString();
        } catch (FileRefusedException e) {
            throw new ProjectFileException(file.toString(), "", e.getMessage(), e);
        } catch (NoSuchFileException e) {
            throw new ProjectFileException(file.toString(), "", shown + " does not exist", e);
        } catch (AccessDeniedException e) {
            throw new ProjectFileException(file.toString(), "", shown + " cannot be read: permission denied", e);
        } catch (CharacterCodingException e) {
            throw new ProjectFileException(file.toString(), "", shown + " is not UTF-8 text, so not a project file", e);
        } catch (IOException e) {
            throw new ProjectFileException(file.toString(), "", shown + " cannot be read: " + e.getMessage(), e);
        }
        return new StampedDocument(ProjectJson.read(text, file.toString(), shown), content.stamp());
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
     * Saves crash-safely with a backup, replacing whatever version is on disk; see
     * {@link #save(ProjectDocument, Path, FileStamp)}.
     */
    public static void save(Project project, Path file) throws IOException {
        save(new ProjectDocument(project, null), file);
    }

    public static void save(ProjectDocument document, Path file) throws IOException {
        save(document, file, null);
    }

    /**
     * Saves crash-safely ({@link AtomicFiles}: the file is the old version or the new one, the
     * previous version stays as {@code <name>.cp1ki.bak}, the file keeps its permissions, a
     * symbolic link is followed). Before anything is replaced the new content is read back through
     * the loader, with its limits: a project that would not open again, or not as it is, is
     * refused and the file is left as it was.
     *
     * @param expected the stamp of the version this project was read from; the save is refused
     *                 when the disk holds another; null to replace any version
     * @return the stamp of the saved version
     * @throws FileRefusedException when refused (would not load, changed on disk, read-only,
     *                              locked), with a message for people; other IOExceptions as the
     *                              file system reports them (a full disk, a missing folder)
     */
    public static FileStamp save(ProjectDocument document, Path file, FileStamp expected) throws IOException {
        return ProjectSaver.save(document, file, expected, SaveLock.DEFAULT_WAIT);
    }

    /**
     * Reads, changes and saves a project under its save lock, so two programs doing this to one
     * file take turns and neither loses the other's change; a program that changes the file
     * without the lock makes this save refuse.
     *
     * @return the saved document
     */
    public static <E extends Exception> ProjectDocument update(Path file, Duration lockWait, Change<E> change)
            throws IOException, ProjectFileException, E {
        return ProjectSaver.update(file, lockWait, change);
    }

    /** A change of a project document; may refuse with its own exception. */
    @FunctionalInterface
    public interface Change<E extends Exception> {
        ProjectDocument apply(ProjectDocument document) throws E;
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
