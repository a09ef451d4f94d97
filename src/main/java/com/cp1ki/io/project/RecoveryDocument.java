package com.cp1ki.io.project;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;

/**
 * Unsaved work autosaved by the workbench, to be offered back after a crash.
 *
 * @param document     the project and notes as they were in the workbench
 * @param file         the project file they belong to, or null for a project never saved
 * @param documentName the name the window showed, e.g. "summariser-seed.cp1ki"
 * @param savedAt      when the autosave was written
 * @param lastChange   what the last edit did (its undo description), or null
 */
public record RecoveryDocument(ProjectDocument document, Path file, String documentName, Instant savedAt,
                               String lastChange) {
    public RecoveryDocument {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(documentName, "documentName");
        Objects.requireNonNull(savedAt, "savedAt");
    }
}
