package com.cp1ki.app.files;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.files.FileStamp;
import com.cp1ki.io.project.ProjectDocument;
import com.cp1ki.io.project.RecoveryDocument;
import com.cp1ki.io.project.StampedDocument;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * New, open, save, overwrite, reload and restore of the session's document, keeping the
 * {@link DiskWatch} on the version the window holds. Nothing here loses the open project: a
 * failure leaves the session as it was and returns the message. Toolkit-free.
 */
public final class FileCommands {

    private final ProjectSession session;
    private final ProjectStore store;
    private final DiskWatch disk;
    private final Supplier<Project> blank;
    private final Consumer<Path> remember;

    /** @param remember told of every file opened or saved (recent files) */
    public FileCommands(ProjectSession session, ProjectStore store, DiskWatch disk, Supplier<Project> blank,
                        Consumer<Path> remember) {
        this.session = session;
        this.store = store;
        this.disk = disk;
        this.blank = blank;
        this.remember = remember;
    }

    public void newProject() {
        session.replace(blank.get(), null, "Untitled.cp1ki");
        disk.track(null, null);
    }

    public Optional<String> open(Path file) {
        try {
            StampedDocument d = store.loadStamped(file);
            session.replace(d.document().project(), d.document().notes(), file, file.getFileName().toString());
            disk.track(file, d.stamp());
            remember.accept(file);
            return Optional.empty();
        } catch (FileProblem e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Saves to {@code file}; when it is the open file, refuses (a conflict problem) if another
     * program changed or removed it since the window read or wrote it.
     */
    public Optional<FileProblem> trySave(Path file) {
        return write(file, file.equals(session.file()) ? disk.stamp() : null);
    }

    /** Saves to the open file whatever the disk holds now (the user chose so; that version becomes the .bak). */
    public Optional<String> overwrite() {
        return write(session.file(), null).map(FileProblem::getMessage);
    }

    private Optional<FileProblem> write(Path file, FileStamp expected) {
        try {
            FileStamp stamp = store.save(new ProjectDocument(session.project(), session.notes()), file, expected);
            session.markSaved(file);
            disk.track(file, stamp);
            remember.accept(file);
            return Optional.empty();
        } catch (FileProblem e) {
            return Optional.of(e);
        }
    }

    /** The file's version on disk replaces the project as one undoable step. */
    public Optional<String> reload() {
        Path file = session.file();
        try {
            StampedDocument d = store.loadStamped(file);
            session.reload(d.document().project(), d.document().notes());
            disk.track(file, d.stamp());
            return Optional.empty();
        } catch (FileProblem e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * Puts autosaved work back: the file it belongs to is opened as saved (a blank project when it
     * has none, or it no longer opens), and the autosaved project is one undoable edit over it, so
     * the title shows unsaved changes and Undo shows the saved version.
     */
    public void restore(RecoveryDocument r) {
        Project base = blank.get();
        FileStamp stamp = null;
        if (r.file() != null) {
            try {
                StampedDocument d = store.loadStamped(r.file());
                base = d.document().project();
                stamp = d.stamp();
            } catch (FileProblem e) {
                // gone or damaged since: the work is restored over a blank project and Save writes it there again
            }
        }
        session.replace(base, r.document().notes(), r.file(), r.documentName());
        disk.track(r.file(), stamp);
        String at = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).format(r.savedAt().atZone(ZoneId.systemDefault()));
        session.execute(new Edit("Restore the changes autosaved at " + at, p -> r.document().project()));
    }
}
