package com.cp1ki.app.editor.workload;

import com.cp1ki.app.form.Numbers;
import com.cp1ki.app.form.Targets;
import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.io.tokens.ImportException;
import com.cp1ki.io.tokens.ImportOptions;
import com.cp1ki.io.tokens.ImportResult;
import com.cp1ki.io.tokens.TagResult;
import com.cp1ki.io.tokens.TokenImport;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A workload's token distribution: paste text (a spreadsheet column pair, or anything the
 * importer reads) and apply it as one undoable edit; the percentile table, the input histogram and
 * the skipped-row report of the last paste or import.
 */
public final class DistributionViewModel {

    private final ProjectSession session;
    private final Supplier<String> workload;
    private final StringProperty pasteText = new SimpleStringProperty(this, "pasteText", "");
    private final StringProperty outputRatio = new SimpleStringProperty(this, "outputRatio", "");
    private final StringProperty outputMean = new SimpleStringProperty(this, "outputMean", "");
    private final StringProperty message = new SimpleStringProperty(this, "message");
    private final ObservableList<TokenStats.Row> percentiles = FXCollections.observableArrayList();
    private final ObservableList<TokenStats.Bar> histogram = FXCollections.observableArrayList();
    private final ObservableList<String> report = FXCollections.observableArrayList();
    private final ChangeListener<Project> listener = (o, a, b) -> refresh();

    public DistributionViewModel(ProjectSession session, String workload) {
        this(session, () -> workload);
    }

    /** @param workload the workload's current name: the editor host moves it when the workload is renamed */
    public DistributionViewModel(ProjectSession session, Supplier<String> workload) {
        this.session = session;
        this.workload = workload;
        session.projectProperty().addListener(listener);
        refresh();
    }

    public StringProperty pasteTextProperty() {
        return pasteText;
    }

    /**
     * For a paste or log with input tokens only: output tokens = this ratio x input tokens per
     * request ("0.25" or "25%"); blank when unused.
     */
    public StringProperty outputRatioProperty() {
        return outputRatio;
    }

    /** For a paste or log with input tokens only: this many output tokens per request; blank when unused. */
    public StringProperty outputMeanProperty() {
        return outputMean;
    }

    /** Whether an output ratio or mean is typed. */
    boolean hasSyntheticOutput() {
        return !isBlank(outputRatio.get()) || !isBlank(outputMean.get());
    }

    /**
     * {@code o} with the typed output ratio or mean.
     *
     * @throws IllegalArgumentException with a message for the user when a field is not a number >= 0,
     *                                  or both are given
     */
    ImportOptions withSyntheticOutput(ImportOptions o) {
        String r = outputRatio.get();
        String m = outputMean.get();
        if (!isBlank(r) && !isBlank(m)) {
            throw new IllegalArgumentException("Give an output ratio or an output mean, not both.");
        }
        if (!isBlank(r)) {
            String t = trimAll(r);
            var v = Numbers.parse(t);
            if (t.contains(",") || v.isEmpty() || v.getAsDouble() < 0) {
                throw new IllegalArgumentException("The output ratio must be a number >= 0 with a decimal point "
                        + "(output tokens per input token, e.g. 0.25 or 25%), not '" + t + "'.");
            }
            return o.withOutputRatio(t.endsWith("%") ? v.getAsDouble() / 100 : v.getAsDouble());
        }
        if (!isBlank(m)) {
            var v = Numbers.parse(m);
            if (v.isEmpty() && Numbers.problem(m).startsWith("is ambiguous")) {
                throw new IllegalArgumentException("The output mean " + Numbers.problem(m) + ".");
            }
            if (v.isEmpty() || v.getAsDouble() < 0 || trimAll(m).endsWith("%")) {
                throw new IllegalArgumentException("The output mean must be a number of tokens >= 0, not '" + trimAll(m) + "'.");
            }
            return o.withOutputMean(v.getAsDouble());
        }
        return o;
    }

    /** Without leading and trailing white space, no-break spaces included. */
    private static String trimAll(String s) {
        return s.replaceAll("^[\\s\\u00a0\\u202f]+|[\\s\\u00a0\\u202f]+$", "");
    }

    private static boolean isBlank(String s) {
        return s == null || trimAll(s).isEmpty();
    }

    /** What to change in the workbench to import after all, for a problem the user can fix. */
    static String hint(ImportException e, boolean paste) {
        return e.fix().map(f -> switch (f) {
            case INPUT_COLUMN -> paste
                    ? " Paste input tokens as the first column (and output tokens as the second), or name them input_tokens and output_tokens in a header."
                    : " Choose the input-token column above.";
            case OUTPUT_COLUMN -> paste
                    ? " For a single column of input tokens, type an output ratio or an output mean under the paste box."
                    : " Choose the output-token column above, or type an output ratio or an output mean under the paste box.";
            case NO_SYNTHETIC_OUTPUT -> " Clear the output ratio and output mean to use that column.";
            case COLUMN_NAME -> "";
        }).orElse("");
    }

    /** The outcome of the last apply or import, or its error; null when there is nothing to say. */
    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<TokenStats.Row> percentiles() {
        return percentiles;
    }

    public ObservableList<TokenStats.Bar> histogram() {
        return histogram;
    }

    public ObservableList<String> report() {
        return report;
    }

    /** Reads the pasted text; on success the workload's tokens become its distribution (one command). */
    public boolean applyPaste() {
        String text = pasteText.get();
        if (text == null || text.isBlank()) {
            message.set("Paste two columns first: input tokens and output tokens per request (an optional third column is a count).");
            return false;
        }
        ImportOptions o;
        try {
            o = withSyntheticOutput(ImportOptions.defaults());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
        try {
            return use(TokenImport.importText(text, o), "Paste token distribution into ");
        } catch (ImportException e) {
            message.set(e.getMessage() + "." + hint(e, true));
            return false;
        }
    }

    /** Applies an import result (from a paste or a log file) as one command. */
    public boolean use(ImportResult r, String what) {
        TokenDistribution d = r.distribution();
        var w = Targets.workload(workload);
        var rejected = session.executeOnShown(new Edit(what + w.describe(), p -> w.set(p, applied(w.get(p), d, r))));
        showReport(r);
        message.set(rejected.orElse(String.format(Locale.ROOT, "Using %,d of %,d rows (%,d skipped).",
                r.report().rowsUsed(), r.report().rowsRead(), r.report().rowsSkipped()) + peakNote(r)));
        return rejected.isEmpty();
    }

    /** Applies one tag value's rows of an import to this workload, as one command. */
    public boolean useTag(ImportResult r, TagResult t, String what) {
        var w = Targets.workload(workload);
        var rejected = session.executeOnShown(new Edit(what + w.describe() + " (tag '" + t.name() + "')",
                p -> w.set(p, applied(w.get(p), t.distribution(), r))));
        showReport(r, t.weight() / r.distribution().totalWeight());
        message.set(rejected.orElse(String.format(Locale.ROOT,
                "Using the %,d rows tagged '%s' (of %,d rows read, %,d skipped).",
                t.rowsUsed(), t.name(), r.report().rowsRead(), r.report().rowsSkipped()) + peakNote(r)));
        return rejected.isEmpty();
    }

    /**
     * Adds one workload per tag value of an import, as one command: each named after its value
     * (made unique), with that value's distribution, this workload's volume times the value's share of
     * the requests, and this workload's value per inference and peak-to-average. This workload takes
     * all rows and keeps its volume, so it overlaps the new ones (the message says so).
     */
    public boolean useEachTag(ImportResult r, String what) {
        var w = Targets.workload(workload);
        double total = r.tags().stream().mapToDouble(TagResult::weight).sum();
        var rejected = session.executeOnShown(new Edit(what + w.describe() + " as one workload per tag value", p -> {
            Workload self = applied(w.get(p), r.distribution(), r);
            Project q = w.set(p, self);
            List<Workload> all = new ArrayList<>(q.workloads());
            Set<String> names = new HashSet<>();
            all.forEach(x -> names.add(x.name()));
            for (var t : r.tags()) {
                String base = t.name().strip().isEmpty() ? "(untagged)" : t.name().strip();
                String name = base;
                for (int k = 2; names.contains(name); k++) {
                    name = base + " (" + k + ")";
                }
                names.add(name);
                all.add(new Workload(name, self.inferencesPerDay() * t.weight() / total, t.distribution(),
                        self.valuePerInference(), self.peakToAverage()));
            }
            return q.withWorkloads(all);
        }));
        showReport(r);
        message.set(rejected.orElse(String.format(Locale.ROOT,
                "Added %d workloads, one per tag value, each with its share of %s's volume; %s keeps all rows and its "
                        + "volume, so it overlaps them (switch it off in comparisons or delete it for per-feature costs only).",
                r.tags().size(), workload.get(), workload.get())));
        return rejected.isEmpty();
    }

    /**
     * {@code w} with the imported distribution and, when the log's timestamps measured it, the
     * hourly peak-to-average (which sizes self-hosted fleets), as {@code cp1ki import --into} does.
     */
    private static Workload applied(Workload w, TokenDistribution d, ImportResult r) {
        Double p2a = measuredPeak(r);
        return new Workload(w.name(), w.inferencesPerDay(), d, w.valuePerInference(),
                p2a != null ? p2a : w.peakToAverage());
    }

    private static Double measuredPeak(ImportResult r) {
        Double p2a = r.traffic() == null ? null : r.traffic().peakToAverageHourly();
        return p2a != null && p2a >= 1 && Double.isFinite(p2a) ? p2a : null;
    }

    private static String peakNote(ImportResult r) {
        Double p2a = measuredPeak(r);
        return p2a == null ? "" : String.format(Locale.ROOT,
                " Peak-to-average set to %.2f, the busiest clock hour against the average hour of the log.", p2a);
    }

    private void showReport(ImportResult r) {
        showReport(r, 1);
    }

    /**
     * The import report, and the rate of the rows used: {@code share} of the log's measured rate
     * (the share of requests of the tag value used, or 1 for all rows).
     */
    private void showReport(ImportResult r, double share) {
        List<String> lines = new ArrayList<>(TokenStats.skipped(r.report()));
        lines.addAll(TokenStats.traffic(r.traffic()));
        if (share < 1 && r.traffic() != null && r.traffic().requestsPerDay() != null) {
            lines.add(String.format(Locale.ROOT,
                    "The rows used are %.1f%% of the log's requests: %,.0f a day at its rate; the peaks are the whole log's.",
                    100 * share, share * r.traffic().requestsPerDay()));
        }
        report.setAll(lines);
        Double perDay = r.traffic() == null ? null : r.traffic().requestsPerDay();
        measuredPerDay.set(perDay != null && perDay > 0 && Double.isFinite(perDay) ? perDay * share : null);
    }

    /** Forgets the last import's rate (a new import is waiting for a choice). */
    void forgetRate() {
        measuredPerDay.set(null);
    }

    private final ObjectProperty<Double> measuredPerDay =
            new SimpleObjectProperty<>(this, "measuredPerDay");

    /** Requests per day at the rate of the last imported log, or null (no timestamps, or nothing imported). */
    public ReadOnlyObjectProperty<Double> measuredPerDayProperty() {
        return measuredPerDay;
    }

    /** Sets the workload's volume to the last imported log's rate (one command). */
    public boolean useMeasuredVolume() {
        Double perDay = measuredPerDay.get();
        if (perDay == null) {
            return false;
        }
        var w = Targets.workload(workload);
        var rejected = session.executeOnShown(new Edit("Set " + w.describe() + " volume to the log's rate",
                p -> w.set(p, w.get(p).withVolume(perDay))));
        message.set(rejected.orElse(String.format(Locale.ROOT,
                "Volume set to %,.0f inferences/day, the imported log's rate.", perDay)));
        return rejected.isEmpty();
    }

    /** Shows a message (e.g. from a log import that failed or was cancelled). */
    public void say(String text) {
        message.set(text);
    }

    private void refresh() {
        session.shown().workload(workload.get()).ifPresent(w -> {
            percentiles.setAll(TokenStats.percentiles(w.tokens()));
            List<TokenStats.Bar> bars = TokenStats.inputHistogram(w.tokens());
            histogram.setAll(bars);
        });
    }

    public void dispose() {
        session.projectProperty().removeListener(listener);
    }
}
