package com.cp1ki.app.editor.workload;

import com.cp1ki.io.tokens.ImportException;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.Preview;
import com.cp1ki.io.tokens.Role;
import com.cp1ki.io.tokens.TagResult;
import com.cp1ki.io.tokens.TokenImport;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Importing a token log: a preview of the detected columns first, in which the user can choose
 * which column holds input tokens, output tokens, the request count and the timestamp; then the
 * import on a background thread with progress and Cancel; the result is applied through
 * {@link DistributionViewModel} as one command. Executors are injected (synchronous in tests).
 */
public final class LogImportViewModel {

    private final DistributionViewModel target;
    private final Executor background;
    private final Executor ui;
    private final ReadOnlyObjectWrapper<Preview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private Path file;

    /** The choice for "this log has no such column". */
    public static final String NONE = "(none)";
    /** The roles a user can assign in the preview, in the order they are shown. */
    public static final List<Role> CHOSEN_ROLES = List.of(Role.INPUT, Role.OUTPUT, Role.WEIGHT, Role.TIME, Role.TAG);
    /** The roles as the preview labels them. */
    private static final List<String> ROLE_LABELS = List.of("input tokens", "output tokens", "count", "timestamp", "tag");
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList();
    private final List<StringProperty> chosen = new ArrayList<>();
    /** What the preview detected per role: a choice left as detected keeps the importer's own detection. */
    private final List<String> detected = new ArrayList<>();

    {
        for (Role r : CHOSEN_ROLES) {
            chosen.add(new SimpleStringProperty(this, r.name().toLowerCase(Locale.ROOT), NONE));
        }
    }

    public LogImportViewModel(DistributionViewModel target, Executor background, Executor ui) {
        this.target = target;
        this.background = background;
        this.ui = ui;
    }

    /** The detected format and columns of the chosen file, or null. */
    public ReadOnlyObjectProperty<Preview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** 0..1 while importing (-1 when the size is unknown). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** {@link #NONE} and the previewed log's columns (JSON Lines: field paths). */
    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    /** The column chosen for {@code role} (one of {@link #CHOSEN_ROLES}), or {@link #NONE}. */
    public StringProperty columnProperty(Role role) {
        int i = CHOSEN_ROLES.indexOf(role);
        if (i < 0) {
            throw new IllegalArgumentException("no column choice for " + role);
        }
        return chosen.get(i);
    }

    /** Reads the first lines of {@code f} off the FX thread and shows what would be imported. */
    public void choose(Path f) {
        file = f;
        preview.set(null);
        tagged.set(null);
        background.execute(() -> {
            try {
                Preview p = TokenImport.preview(f, ImportOptions.defaults());
                ui.execute(() -> {
                    if (file == f) { // not a file the user has since replaced by another
                        show(p);
                    }
                });
            } catch (ImportException e) {
                ui.execute(() -> {
                    if (file == f) {
                        target.say(e.getMessage());
                    }
                });
            }
        });
    }

    /** Shows a preview, each choice set to the column detected for it. */
    private void show(Preview p) {
        jsonl = "jsonl".equals(p.format());
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        for (int k = 0; k < p.columns().size(); k++) {
            choices.add(label(p.columns(), k));
        }
        columnChoices.setAll(choices);
        detected.clear();
        for (int i = 0; i < CHOSEN_ROLES.size(); i++) {
            int at = p.roles().indexOf(CHOSEN_ROLES.get(i));
            detected.add(at >= 0 && at < p.columns().size() ? choices.get(at + 1) : NONE);
            chosen.get(i).set(detected.get(i));
        }
        preview.set(p);
        if (!p.roles().contains(Role.INPUT) || !p.roles().contains(Role.OUTPUT)) {
            target.say("Some token columns were not recognised by name: choose them in the preview"
                    + (p.roles().contains(Role.OUTPUT) ? "." : ", or type an output ratio or mean for a log without output tokens."));
        }
    }

    /**
     * The options for the chosen columns: a choice the user changed by name, or "" for {@link #NONE}
     * (so a detected column is ignored); a choice left as detected is not named, so the importer
     * keeps its own detection (e.g. both usage.prompt_tokens and usage.input_tokens in one JSON log).
     * The typed output ratio or mean apply when no output column is chosen.
     *
     * @throws IllegalArgumentException with a message for the user when the choices cannot import
     */
    ImportOptions options() {
        String in = columnProperty(Role.INPUT).get();
        String out = columnProperty(Role.OUTPUT).get();
        if (in == null || NONE.equals(in)) {
            throw new IllegalArgumentException("Choose the column that holds input tokens.");
        }
        if ((out == null || NONE.equals(out)) && !target.hasSyntheticOutput()) {
            throw new IllegalArgumentException("Choose the column that holds output tokens, or type an output ratio "
                    + "or an output mean under the paste box for a log without output tokens.");
        }
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                String c = chosen.get(i).get();
                if (c != null && !NONE.equals(c) && c.equals(chosen.get(j).get())) {
                    throw new IllegalArgumentException("'" + c + "' is chosen for both " + ROLE_LABELS.get(i)
                            + " and " + ROLE_LABELS.get(j) + ": a column can have one role.");
                }
            }
        }
        List<String> cols = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String c = chosen.get(i).get();
            cols.add(c == null || (i < detected.size() && c.equals(detected.get(i))) ? null
                    : NONE.equals(c) ? "" : option(c));
        }
        ImportOptions o = ImportOptions.defaults().withColumns(cols.get(0), cols.get(1), cols.get(2), cols.get(3), cols.get(4));
        return NONE.equals(out) ? target.withSyntheticOutput(o) : o;
    }

    private boolean jsonl;

    /**
     * A column's label in the choices: its name, with its position when the name is not unique
     * ("tokens (column 2)") or when there is no header ("column 2" already says it).
     */
    private static String label(List<String> names, int k) {
        String n = names.get(k);
        return names.indexOf(n) != names.lastIndexOf(n) ? n + " (column " + (k + 1) + ")" : n;
    }

    /**
     * How a chosen label is named to the importer: a JSON field path as it is, a delimited column by
     * its 1-based number (so two columns with the same header name stay apart).
     */
    private String option(String label) {
        int k = columnChoices.indexOf(label) - 1;
        return jsonl || k < 0 ? label : Integer.toString(k + 1);
    }

    /** Imports the previewed file in the background; the distribution replaces the workload's tokens. */
    public void start() {
        if (file == null || running.get()) {
            return;
        }
        Path f = file;
        ImportOptions o;
        try {
            o = options();
        } catch (IllegalArgumentException e) {
            target.say(e.getMessage());
            return;
        }
        AtomicBoolean c = new AtomicBoolean();
        cancel = c;
        running.set(true);
        progress.set(0);
        background.execute(() -> {
            try {
                ImportResult r = TokenImport.importFile(f, o,
                        (read, total) -> ui.execute(() -> progress.set(total > 0 ? (double) read / total : -1)), c::get);
                String what = "Import " + f.getFileName() + " into ";
                ui.execute(() -> finish(() -> {
                    if (r.tags().size() > 1) {
                        tagged.set(new Tagged(r, what));
                        target.forgetRate();
                        target.say(String.format(Locale.ROOT,
                                "The log has %d tag values: use all rows, the rows of one value, or one workload per value.",
                                r.tags().size()));
                    } else {
                        target.use(r, what);
                    }
                }));
            } catch (CancellationException e) {
                ui.execute(() -> finish(() -> target.say("Import cancelled; the workload is unchanged.")));
            } catch (ImportException e) {
                ui.execute(() -> {
                    running.set(false);
                    progress.set(1);
                    // the preview stays, so the user can change a choice and import again
                    target.say(e.getMessage() + "." + DistributionViewModel.hint(e, false));
                });
            } catch (RuntimeException e) {
                ui.execute(() -> {
                    running.set(false);
                    progress.set(1);
                    target.say("The import of " + f.getFileName() + " failed: " + e.getMessage()
                            + ". The workload is unchanged.");
                });
            }
        });
    }

    private void finish(Runnable r) {
        running.set(false);
        preview.set(null);
        progress.set(1);
        r.run();
    }

    public void cancel() {
        cancel.set(true);
    }

    /** An import whose log has several tag values, waiting for the user to say how to use them. */
    public record Tagged(ImportResult result, String what) {
        /** "chat 62%, search 30%, ..." by share of requests, largest first. */
        public String summary() {
            double total = result.tags().stream().mapToDouble(TagResult::weight).sum();
            return result.tags().stream()
                    .map(t -> t.name() + " " + Math.round(100 * t.weight() / total) + "%")
                    .collect(java.util.stream.Collectors.joining(", "));
        }

        public List<String> names() {
            return result.tags().stream().map(TagResult::name).toList();
        }
    }

    private final ReadOnlyObjectWrapper<Tagged> tagged = new ReadOnlyObjectWrapper<>(this, "tagged");

    /** A finished import with several tag values, until one of the {@code use...} methods or {@link #dismissTags()}. */
    public ReadOnlyObjectProperty<Tagged> taggedProperty() {
        return tagged.getReadOnlyProperty();
    }

    /** All rows of the tagged import into this workload. */
    public void useAllTags() {
        Tagged t = tagged.get();
        if (t != null) {
            tagged.set(null);
            target.use(t.result(), t.what());
        }
    }

    /** Only the rows of tag value {@code name} into this workload. */
    public void useTag(String name) {
        Tagged t = tagged.get();
        if (t == null) {
            return;
        }
        t.result().tag(name).ifPresent(r -> {
            tagged.set(null);
            target.useTag(t.result(), r, t.what());
        });
    }

    /** All rows into this workload, plus one new workload per tag value. */
    public void useEachTag() {
        Tagged t = tagged.get();
        if (t != null) {
            tagged.set(null);
            target.useEachTag(t.result(), t.what());
        }
    }

    /** Drops the tagged import; the workload is unchanged. */
    public void dismissTags() {
        if (tagged.get() != null) {
            tagged.set(null);
            target.say("Import not used; the workload is unchanged.");
        }
    }

    /** Forgets the previewed file without importing. */
    public void dismiss() {
        file = null;
        preview.set(null);
    }
}
