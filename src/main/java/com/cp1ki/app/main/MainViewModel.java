package com.cp1ki.app.main;

import com.cp1ki.app.files.DiskWatch;
import com.cp1ki.app.files.FileCommands;
import com.cp1ki.app.files.FileProblem;
import com.cp1ki.app.files.ProjectStore;
import com.cp1ki.app.files.RecentFiles;
import com.cp1ki.app.outline.OutlineViewModel;
import com.cp1ki.app.recompute.RecomputeService;
import com.cp1ki.app.results.ResultsViewModel;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.io.project.ProjectDocument;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The main window's state and file commands, toolkit-free. Open and save never lose the open
 * project: a failed open leaves the session as it was, a failed save leaves it dirty; both return
 * the message for a dialog.
 */
public final class MainViewModel {

    public static final String APP_TITLE = "CP1Ki Workbench";

    private final ProjectSession session;
    private final RecomputeService recompute;
    private final RecentFiles recent;
    private final OutlineViewModel outline;
    private final ResultsViewModel results = new ResultsViewModel();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    private final StringBinding title;
    private final DiskWatch disk;
    private final FileCommands commands;

    public MainViewModel(ProjectSession session, RecomputeService recompute, ProjectStore store, RecentFiles recent,
                         Supplier<Project> blank, OutlineViewModel outline) {
        this(session, recompute, store, recent, blank, outline, new DiskWatch(store, Runnable::run, Runnable::run));
    }

    /** With the watch of the open file on disk (its checks run on the executors it was given). */
    public MainViewModel(ProjectSession session, RecomputeService recompute, ProjectStore store, RecentFiles recent,
                         Supplier<Project> blank, OutlineViewModel outline, DiskWatch disk) {
        this.disk = disk;
        this.commands = new FileCommands(session, store, disk, blank, this::remember);
        this.session = session;
        this.recompute = recompute;
        this.recent = recent;
        this.outline = outline;
        this.title = Bindings.createStringBinding(
                () -> APP_TITLE + " — " + session.documentNameProperty().get() + (session.isDirty() ? " *" : "")
                        + (recompute.reportedScenarioProperty().get() != null
                        ? " — scenario " + recompute.reportedScenarioProperty().get() : ""),
                session.documentNameProperty(), session.dirtyProperty(), recompute.reportedScenarioProperty());
        recompute.reportProperty().addListener((o, a, r) -> results.show(r, reportedSettings()));
        results.show(recompute.report(), reportedSettings());
        recentFiles.setAll(recent.list());
    }

    /** The settings of the project the shown report is of (a scenario may override them). */
    private com.cp1ki.engine.model.Settings reportedSettings() {
        Project p = recompute.reportedProject();
        return (p != null ? p : session.project()).settings();
    }

    public ProjectSession session() {
        return session;
    }

    public RecomputeService recompute() {
        return recompute;
    }

    public OutlineViewModel outline() {
        return outline;
    }

    public ResultsViewModel results() {
        return results;
    }

    /** "CP1Ki Workbench — summariser-seed.cp1ki *" (the star while there are unsaved changes). */
    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public void newProject() {
        commands.newProject();
    }

    /** Opens {@code file}; on failure the open project stays and the message is returned. */
    public Optional<String> open(Path file) {
        return commands.open(file);
    }

    /** The open file's version on disk, watched for other programs' changes. */
    public DiskWatch disk() {
        return disk;
    }

    /** Open, save, overwrite, reload, restore. */
    public FileCommands files() {
        return commands;
    }

    /** Whether Save needs a file name first (a new or bundled project). */
    public boolean needsFileName() {
        return session.file() == null;
    }

    /** Saves to the project's file; see {@link #saveAs}. */
    public Optional<String> save() {
        return saveAs(session.file());
    }

    /** Saves to {@code file}; on failure the project stays open and dirty and the message is returned. */
    public Optional<String> saveAs(Path file) {
        return trySave(file).map(FileProblem::getMessage);
    }

    /** See {@link FileCommands#trySave}: a conflict with another program's change is a problem of its own kind. */
    public Optional<FileProblem> trySave(Path file) {
        return commands.trySave(file);
    }

    public Optional<String> overwrite() {
        return commands.overwrite();
    }

    public Optional<String> reload() {
        return commands.reload();
    }

    private void remember(Path file) {
        recent.add(file);
        recentFiles.setAll(recent.list());
    }

    public void undo() {
        session.undo();
    }

    public void redo() {
        session.redo();
    }
}
