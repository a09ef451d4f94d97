package com.cp1ki.io.project;

import com.cp1ki.io.files.AtomicFiles;
import com.cp1ki.io.files.FileRefusedException;
import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.files.SaveLock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Saving a project: the JSON is read back through the loader (with its limits) before anything
 * on disk is touched, then written by {@link AtomicFiles} with a backup and, when given, the stamp
 * of the version that was read.
 */
final class ProjectSaver {

    private ProjectSaver() {
    }

    static FileStamp save(ProjectDocument document, Path file, FileStamp expected, Duration lockWait) throws IOException {
        byte[] bytes = checked(document, file);
        AtomicFiles.Options o = AtomicFiles.Options.PLAIN.withBackup().expecting(expected).waitingUpTo(lockWait);
        return AtomicFiles.write(file, out -> out.write(bytes), o).stamp();
    }

    /**
     * The bytes of {@code document}, once they are known to load back as the same document.
     *
     * @throws FileRefusedException WOULD_NOT_LOAD, saying why, when they would not
     */
    static byte[] checked(ProjectDocument document, Path file) throws FileRefusedException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = ProjectJson.write(document);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ProjectFiles.MAX_FILE_BYTES) {
            throw new FileRefusedException(FileRefusedException.Reason.WOULD_NOT_LOAD, "Not saved: the project would be a "
                    + (bytes.length >> 20) + " MB file, over the " + (ProjectFiles.MAX_FILE_BYTES >> 20)
                    + " MB a project file may be, so it could not be opened again; " + shown + " was not changed");
        }
        ProjectDocument back;
        try {
            back = ProjectJson.read(text, file.toString(), shown);
        } catch (ProjectFileException e) {
            throw new FileRefusedException(FileRefusedException.Reason.WOULD_NOT_LOAD, "Not saved: the project could not "
                    + "be opened again (" + e.getMessage() + "); " + shown + " was not changed", e);
        }
        if (!back.equals(document)) {
            throw new FileRefusedException(FileRefusedException.Reason.WOULD_NOT_LOAD, "Not saved: the project would "
                    + "not read back as it is (a number or text cannot be written exactly); " + shown + " was not changed");
        }
        return bytes;
    }

    static <E extends Exception> ProjectDocument update(Path file, Duration lockWait, ProjectFiles.Change<E> change)
            throws IOException, ProjectFileException, E {
        if (!java.nio.file.Files.exists(file)) {
            ProjectFiles.loadStamped(file); // says that it does not exist, as a load would
        }
        try (SaveLock lock = SaveLock.acquire(file, lockWait)) {
            StampedDocument read = ProjectFiles.loadStamped(file);
            ProjectDocument next = change.apply(read.document());
            save(next, file, read.stamp(), lockWait);
            return next;
        }
    }
}
