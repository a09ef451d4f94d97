package com.cp1ki.app.files;

import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The real {@link ProjectStore}: {@link ProjectFiles} (versioned JSON, atomic save with a backup). */
public final class ProjectFilesStore implements ProjectStore {

    @Override
    public ProjectDocument load(Path file) throws FileProblem {
        try {
            return ProjectFiles.loadDocument(file);
        } catch (ProjectFileException e) {
            throw new FileProblem(e.getMessage(), e);
        }
    }

    @Override
    public void save(ProjectDocument document, Path file) throws FileProblem {
        try {
            ProjectFiles.save(document, file);
        } catch (NoSuchFileException e) {
            throw new FileProblem("Cannot save " + name(file) + ": the folder " + file.toAbsolutePath().getParent()
                    + " does not exist. The project is still open; save it elsewhere.", e);
        } catch (AccessDeniedException e) {
            throw new FileProblem("Cannot save " + name(file) + ": permission denied. The project is still open; "
                    + "save it elsewhere.", e);
        } catch (IOException e) {
            throw new FileProblem("Cannot save " + name(file) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ". The project is still open; save it elsewhere.", e);
        }
    }

    private static String name(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }
}
