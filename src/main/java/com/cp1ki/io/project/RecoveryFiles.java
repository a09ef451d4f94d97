package com.cp1ki.io.project;

import com.cp1ki.io.files.BoundedRead;
import com.cp1ki.io.files.FileRefusedException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * The autosave file of the workbench: JSON with {@code recoveryFormat}, {@code savedAt},
 * {@code file}, {@code documentName}, {@code lastChange} and the {@code project} as a project file
 * would hold it. Reading it checks the project exactly as opening a project file does.
 */
public final class RecoveryFiles {

    /** The version of the autosave format this program writes and reads. */
    public static final int FORMAT = 1;

    private RecoveryFiles() {
    }

    public static byte[] write(RecoveryDocument r) {
        ObjectNode root = ProjectJson.MAPPER.createObjectNode();
        root.put("recoveryFormat", FORMAT);
        root.put("savedAt", r.savedAt().toString());
        if (r.file() != null) {
            root.put("file", r.file().toAbsolutePath().toString());
        }
        root.put("documentName", r.documentName());
        if (r.lastChange() != null) {
            root.put("lastChange", r.lastChange());
        }
        try {
            root.set("project", ProjectJson.MAPPER.readTree(ProjectJson.write(r.document())));
            return ProjectJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the autosave as JSON", e);
        }
    }

    /** Reads an autosave; every problem is a {@link ProjectFileException} naming the file. */
    public static RecoveryDocument read(Path f) throws ProjectFileException {
        String shown = String.valueOf(f.getFileName());
        JsonNode root;
        try {
            byte[] bytes = BoundedRead.read(f, ProjectFiles.MAX_FILE_BYTES, "an autosave").bytes();
            root = ProjectJson.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (FileRefusedException | JsonProcessingException e) {
            throw new ProjectFileException(f.toString(), "", shown + " is not a readable autosave: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ProjectFileException(f.toString(), "", shown + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.path("recoveryFormat").canConvertToInt() || root.path("recoveryFormat").intValue() != FORMAT
                || !root.path("project").isObject() || !root.path("documentName").isTextual()) {
            throw new ProjectFileException(f.toString(), "", shown + " is not an autosave of this version");
        }
        Instant at;
        try {
            at = Instant.parse(root.path("savedAt").asText());
        } catch (DateTimeParseException e) {
            throw new ProjectFileException(f.toString(), "savedAt", shown + ": savedAt is not a time", e);
        }
        String project;
        try {
            project = ProjectJson.MAPPER.writeValueAsString(root.get("project"));
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(f.toString(), "project", shown + ": the project cannot be read", e);
        }
        ProjectDocument doc = ProjectJson.read(project, f.toString(), shown);
        Path file = root.hasNonNull("file") ? Path.of(root.get("file").asText()) : null;
        String last = root.hasNonNull("lastChange") ? root.get("lastChange").asText() : null;
        return new RecoveryDocument(doc, file, root.get("documentName").asText(), at, last);
    }
}
