package com.cp1ki.app.session;

import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The one owner of document state: the current immutable project, its file, the project as last
 * saved, and a revision number that moves on every change. Dirty means the current project differs
 * from the saved one, so undoing back to the saved state clears it. Every edit goes through
 * {@link #execute(Edit)} and so onto the {@link CommandStack}.
 *
 * <p>Properties from javafx.beans (no toolkit needed); call from one thread (the FX thread in the app).
 */
public final class ProjectSession {

    private final CommandStack commands;
    private final ReadOnlyObjectWrapper<Project> project = new ReadOnlyObjectWrapper<>(this, "project");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyStringWrapper documentName = new ReadOnlyStringWrapper(this, "documentName");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private Project shownProject;
    private Project shownFrom;
    private String shownScenario;
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription");
    private final ReadOnlyStringWrapper scenario = new ReadOnlyStringWrapper(this, "scenario");
    private Project saved;
    private String notes;

    public ProjectSession(Project initial, Path file, String documentName) {
        this(initial, file, documentName, new CommandStack());
    }

    /** A session on a project and the notes of its file (null when it has none). */
    public ProjectSession(Project initial, String notes, Path file, String documentName) {
        this.commands = new CommandStack();
        replace(initial, notes, file, documentName);
    }

    public ProjectSession(Project initial, Path file, String documentName, CommandStack commands) {
        this.commands = Objects.requireNonNull(commands);
        replace(initial, file, documentName);
    }

    /**
     * Applies an edit as one undoable command.
     *
     * @return empty when applied (or when it changed nothing), else the message saying why the
     *         edit was rejected; a rejected edit leaves the project untouched
     */
    public Optional<String> execute(Edit edit) {
        return execute(edit, scenario.get());
    }

    /**
     * Applies an edit as one undoable command that also shows scenario {@code shown} afterwards
     * (null: the base), e.g. a new scenario shown at once, or the base after the shown one is deleted.
     * A shown scenario the edited project does not have falls back to the base.
     */
    public Optional<String> execute(Edit edit, String shown) {
        Project before = project.get();
        Project after;
        try {
            after = Objects.requireNonNull(edit.change().apply(before), "an edit returned no project");
        } catch (InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
        String next = shown != null && after.scenario(shown).isPresent() ? shown : null;
        if (after.equals(before) && Objects.equals(next, scenario.get())) {
            return Optional.empty();
        }
        commands.push(new CommandStack.Command(edit.description(), before, after, scenario.get(), next));
        scenario.set(next);
        set(after);
        return Optional.empty();
    }

    /**
     * An edit of what the editors show: of the base, or, while a scenario is shown, kept as that
     * scenario's overrides ({@link ScenarioEngine#withEdit}: each changed field set to its new value,
     * one set back to the base's value losing its override), the base untouched. One undoable step;
     * the scenario stays shown.
     */
    public Optional<String> executeOnShown(Edit edit) {
        String s = scenario.get();
        if (s == null) {
            return execute(edit);
        }
        return execute(new Edit(edit.description() + " in scenario " + s,
                p -> ScenarioEngine.withEdit(p, s, edit.change())), s);
    }

    /**
     * The project the editors show and edit: the shown scenario's (the base with its overrides, see
     * {@link ScenarioEngine#apply}), or the base when none is shown. Computed once per project and scenario.
     */
    public Project shown() {
        Project p = project.get();
        String s = scenario.get();
        if (shownProject == null || shownFrom != p || !Objects.equals(shownScenario, s)) {
            shownProject = s == null || p.scenario(s).isEmpty() ? p : ScenarioEngine.apply(p, s);
            shownFrom = p;
            shownScenario = s;
        }
        return shownProject;
    }

    /**
     * Shows a scenario (null or a name the project does not have: the base) as one undoable step:
     * every view then derives from that scenario's report.
     */
    public void showScenario(String name) {
        String next = name != null && project.get().scenario(name).isPresent() ? name : null;
        if (Objects.equals(next, scenario.get())) {
            return;
        }
        commands.push(new CommandStack.Command(next == null ? "Show the base" : "Show scenario " + next,
                project.get(), project.get(), scenario.get(), next));
        scenario.set(next);
        set(project.get());
    }

    public boolean undo() {
        return commands.undo().map(c -> {
            scenario.set(c.scenarioBefore());
            set(c.before());
            return true;
        }).orElse(false);
    }

    public boolean redo() {
        return commands.redo().map(c -> {
            scenario.set(c.scenarioAfter());
            set(c.after());
            return true;
        }).orElse(false);
    }

    /** A new document without notes (New): forgets undo history; the project counts as saved. */
    public void replace(Project p, Path f, String name) {
        replace(p, null, f, name);
    }

    /**
     * A new document (Open): forgets undo history; the project counts as saved. The file's
     * {@code notes} (free text, or null) are kept as they are through edits and written back on save.
     */
    public void replace(Project p, String notes, Path f, String name) {
        Objects.requireNonNull(p, "project");
        commands.clear();
        saved = p;
        this.notes = notes;
        file.set(f);
        documentName.set(Objects.requireNonNull(name, "document name"));
        scenario.set(null);
        set(p);
    }

    /**
     * The file's version from disk (Reload, after another program changed it) becomes the project
     * as one undoable step, and counts as saved: Undo brings back what the window held.
     */
    public void reload(Project fromDisk, String notes) {
        Objects.requireNonNull(fromDisk, "project");
        Project before = project.get();
        if (!fromDisk.equals(before)) {
            String shown = scenario.get() != null && fromDisk.scenario(scenario.get()).isPresent() ? scenario.get() : null;
            commands.push(new CommandStack.Command("Reload " + documentName.get() + " from disk", before, fromDisk,
                    scenario.get(), shown));
        }
        saved = fromDisk;
        this.notes = notes;
        if (scenario.get() != null && fromDisk.scenario(scenario.get()).isEmpty()) {
            scenario.set(null);
        }
        set(fromDisk);
    }

    /** Records that the current project was written to {@code f}. */
    public void markSaved(Path f) {
        saved = project.get();
        file.set(Objects.requireNonNull(f, "file"));
        documentName.set(f.getFileName().toString());
        refresh();
    }

    private void set(Project p) {
        project.set(p);
        revision.set(revision.get() + 1);
        refresh();
    }

    private void refresh() {
        dirty.set(!project.get().equals(saved));
        undoDescription.set(commands.undoDescription().orElse(null));
        redoDescription.set(commands.redoDescription().orElse(null));
    }

    public Project project() {
        return project.get();
    }

    /**
     * The scenario every view shows (its report drives the charts and the table), or null for the
     * base. Part of the session's one state: set by {@link #showScenario} and by edits, undone with them.
     */
    public String scenario() {
        return scenario.get();
    }

    public ReadOnlyStringProperty scenarioProperty() {
        return scenario.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Project> projectProperty() {
        return project.getReadOnlyProperty();
    }

    /** The file the project was opened from or saved to; null for a new or bundled project. */
    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The name shown in the title, e.g. "summariser-seed.cp1ki". */
    public ReadOnlyStringProperty documentNameProperty() {
        return documentName.getReadOnlyProperty();
    }

    public long revision() {
        return revision.get();
    }

    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** What Undo would revert, or null when there is nothing to undo. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    /** What Redo would repeat, or null when there is nothing to redo. */
    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /** The notes of the file the project came from (sources, attribution), or null. */
    public String notes() {
        return notes;
    }

    public Project saved() {
        return saved;
    }
}
