package com.cp1ki.app.files;

import com.cp1ki.io.files.FileRefusedException;
import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.ProjectFileException;
import com.cp1ki.io.project.ProjectFiles;
import com.cp1ki.io.project.StampedDocument;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The real {@link ProjectStore}: {@link ProjectFiles} (versioned JSON, crash-safe save with a backup). */
public final class ProjectFilesStore implements ProjectStore {

    @Override
    public ProjectDocument load(Path file) throws FileProblem {
        return loadStamped(file).document();
    }

    @Override
    public StampedDocument loadStamped(Path file) throws FileProblem {
        try {
            return ProjectFiles.loadStamped(file);
        } catch (ProjectFileException e) {
            throw new FileProblem(e.getMessage(), e);
        }
    }

    @Override
    public void save(ProjectDocument document, Path file) throws FileProblem {
        save(document, file, null);
    }

    @Override
    public FileStamp save(ProjectDocument document, Path file, FileStamp expected) throws FileProblem {
        try {
            return ProjectFiles.save(document, file, expected);
        } catch (FileRefusedException e) {
            FileProblem.Kind kind = switch (e.reason()) {
                case CHANGED_ON_DISK -> FileProblem.Kind.CHANGED_ON_DISK;
                case MISSING_ON_DISK -> FileProblem.Kind.MISSING_ON_DISK;
                default -> FileProblem.Kind.OTHER;
            };
            throw new FileProblem(kind, e.getMessage() + (kind == FileProblem.Kind.OTHER ? ". The project is still open." : ""), e);
        } catch (NoSuchFileException e) {
            throw new FileProblem("Cannot save " + name(file) + ": the folder " + file.toAbsolutePath().getParent()
                    + " does not exist. The project is still open; save it elsewhere.", e);
        } catch (AccessDeniedException e) {
            throw new FileProblem("Cannot save " + name(file) + ": permission denied. The project is still open; "
                    + "save it elsewhere.", e);
        } catch (IOException e) {
            throw new FileProblem("Cannot save " + name(file) + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage()) + ". The file was not changed; the project is still open, save it elsewhere.", e);
        }
    }

    @Override
    public FileStamp.Check check(Path file, FileStamp known) throws IOException {
        return known == null ? new FileStamp.Check(FileStamp.State.UNCHANGED, null) : known.check(file, false);
    }

    private static String name(Path f) {
        return f.getFileName() == null ? f.toString() : f.getFileName().toString();
    }
}
