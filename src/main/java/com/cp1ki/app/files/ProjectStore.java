package com.cp1ki.app.files;

import com.cp1ki.io.project.ProjectDocument;

import java.nio.file.Path;

/** Reads and writes project files for the workbench; injected so tests can make a save fail. */
public interface ProjectStore {

    /** The project and notes in {@code file}; never a partial project. */
    ProjectDocument load(Path file) throws FileProblem;

    /** Writes {@code document} to {@code file} so that a failed save leaves the old file intact. */
    void save(ProjectDocument document, Path file) throws FileProblem;
}
