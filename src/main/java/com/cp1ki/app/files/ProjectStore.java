package com.cp1ki.app.files;

import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.StampedDocument;

import java.io.IOException;
import java.nio.file.Path;

/** Reads and writes project files for the workbench; injected so tests can make a save fail. */
public interface ProjectStore {

    /** The project and notes in {@code file}; never a partial project. */
    ProjectDocument load(Path file) throws FileProblem;

    /** Writes {@code document} to {@code file} so that a failed save leaves the old file intact. */
    void save(ProjectDocument document, Path file) throws FileProblem;

    /** The project and the stamp of the version read (null where the store keeps none). */
    default StampedDocument loadStamped(Path file) throws FileProblem {
        return new StampedDocument(load(file), null);
    }

    /**
     * Saves, refusing with a conflict {@link FileProblem} when {@code expected} is not null and the
     * disk holds another version.
     *
     * @return the stamp of the saved version (null where the store keeps none)
     */
    default FileStamp save(ProjectDocument document, Path file, FileStamp expected) throws FileProblem {
        save(document, file);
        return null;
    }

    /** How the file on disk compares with the version read or written (called off the FX thread). */
    default FileStamp.Check check(Path file, FileStamp known) throws IOException {
        return new FileStamp.Check(FileStamp.State.UNCHANGED, known);
    }
}
