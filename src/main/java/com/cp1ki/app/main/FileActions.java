package com.cp1ki.app.main;

import com.cp1ki.app.files.FileProblem;
import javafx.scene.control.ButtonType;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * New, Open, Save, Save As, drop a file, and Quit, with the dialogs around them: a file chooser,
 * the unsaved-changes question, and an error dialog with the file's message. The work itself is
 * in {@link MainViewModel}, which never loses the open project to a failed open or save.
 */
public final class FileActions {

    private static final FileChooser.ExtensionFilter CP1KI = new FileChooser.ExtensionFilter("CP1Ki projects (*.cp1ki)", "*.cp1ki");
    private final MainViewModel vm;
    private final Supplier<Window> window;

    FileActions(MainViewModel vm, Supplier<Window> window) {
        this.vm = vm;
        this.window = window;
    }

    /**
     * Asks what to do with unsaved changes (Save / Discard / Cancel).
     *
     * @return true when the current project may be closed
     */
    public boolean confirmClose() {
        if (!vm.session().isDirty()) {
            return true;
        }
        ButtonType b = Dialogs.unsaved(window.get(), vm.session().documentNameProperty().get());
        if (b == Dialogs.SAVE) {
            return save();
        }
        return b == Dialogs.DISCARD;
    }

    public void newProject() {
        if (confirmClose()) {
            vm.newProject();
        }
    }

    public void open() {
        if (!confirmClose()) {
            return;
        }
        FileChooser fc = chooser("Open project");
        File f = fc.showOpenDialog(window.get());
        if (f != null) {
            report("Could not open the project", vm.open(f.toPath()).map(FileActions::unchanged));
        }
    }

    /** Opens {@code file} after asking about unsaved changes (recent files, drag and drop). */
    public void openPath(Path file) {
        if (confirmClose()) {
            report("Could not open the project", vm.open(file).map(FileActions::unchanged));
        }
    }

    /** @return true when the project was saved */
    public boolean save() {
        if (vm.needsFileName()) {
            return saveAs();
        }
        return saved(vm.trySave(vm.session().file()));
    }

    /** Reports a failed save; for another program's change, asks: reload, overwrite, save as. */
    private boolean saved(Optional<FileProblem> problem) {
        if (problem.isEmpty()) {
            return true;
        }
        if (!problem.get().isConflict()) {
            return report("Could not save the project", Optional.of(problem.get().getMessage()));
        }
        boolean missing = problem.get().kind() == FileProblem.Kind.MISSING_ON_DISK;
        ButtonType b = Dialogs.conflict(window.get(), vm.session().documentNameProperty().get(), problem.get().getMessage(),
                missing);
        if (b == Dialogs.RELOAD) {
            report("Could not reload the project", vm.reload());
            return false;
        }
        if (b == Dialogs.OVERWRITE || b == Dialogs.SAVE_HERE) {
            return report("Could not save the project", vm.overwrite());
        }
        return b == Dialogs.SAVE_AS && saveAs();
    }

    /** Reload from the disk banner (undoable); a failure is a dialog. */
    public void reload() {
        report("Could not reload the project", vm.reload());
    }

    /** @return true when the project was saved */
    public boolean saveAs() {
        FileChooser fc = chooser("Save project as");
        fc.setInitialFileName(vm.session().documentNameProperty().get());
        File f = fc.showSaveDialog(window.get());
        if (f == null) {
            return false;
        }
        Path p = f.toPath();
        if (!p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".cp1ki")) {
            p = p.resolveSibling(p.getFileName() + ".cp1ki");
        }
        return saved(vm.trySave(p));
    }

    public void quit() {
        if (window.get() instanceof Stage s && confirmClose()) {
            s.hide();
        }
    }

    void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles() && projectFile(e.getDragboard().getFiles()).isPresent()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    void dragDropped(DragEvent e) {
        Optional<File> f = e.getDragboard().hasFiles() ? projectFile(e.getDragboard().getFiles()) : Optional.empty();
        f.ifPresent(file -> openPath(file.toPath()));
        e.setDropCompleted(f.isPresent());
        e.consume();
    }

    static Optional<File> projectFile(List<File> files) {
        return files.stream().filter(f -> f.getName().toLowerCase(Locale.ROOT).endsWith(".cp1ki")).findFirst();
    }

    /** Shows a file error over the window (e.g. a file given on the command line that does not open). */
    public void showError(String title, String message) {
        Dialogs.fileError(window.get(), title, message);
    }

    private static String unchanged(String message) {
        return message + "\n\nThe project that was open is unchanged.";
    }

    private boolean report(String title, Optional<String> error) {
        error.ifPresent(m -> Dialogs.fileError(window.get(), title, m));
        return error.isEmpty();
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(CP1KI);
        Path current = vm.session().file();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            fc.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return fc;
    }
}
