package com.cp1ki.app.files;

import com.cp1ki.engine.model.Project;

import java.nio.file.Path;

/** Reads and writes project files for the workbench; injected so tests can make a save fail. */
public interface ProjectStore {

    /** The project in {@code file}; never a partial project. */
    Project load(Path file) throws FileProblem;

    /** Writes {@code project} to {@code file} so that a failed save leaves the old file intact. */
    void save(Project project, Path file) throws FileProblem;
}
