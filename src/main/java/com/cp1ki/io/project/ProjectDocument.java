package com.cp1ki.io.project;

import com.cp1ki.engine.model.Project;

/**
 * What a project file holds: the project and the file's free-text notes (sources, attribution),
 * which the engine does not read but a save should keep.
 *
 * @param notes free text, or null
 */
public record ProjectDocument(Project project, String notes) {
    public ProjectDocument {
        if (project == null) {
            throw new IllegalArgumentException("project is missing");
        }
    }
}
