package com.cp1ki.app.scenario;

import com.cp1ki.app.fx.LatestWins;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.scenario.Comparison;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The side-by-side table of the base and every scenario, recomputed off the FX thread on every
 * revision of the session (latest wins: a result for an older revision is dropped), so it always
 * shows the project as it is now. Money is shown in the display currency at the base's rate (the
 * project's settings), the unit in each measure and in {@link #moneyNoteProperty()}; the CLI's
 * {@code compare} keeps USD.
 */
public final class CompareViewModel {

    private final ProjectSession session;
    private final LatestWins runs;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyObjectWrapper<Compared> compared = new ReadOnlyObjectWrapper<>(this, "compared");
    private final ReadOnlyObjectWrapper<Settings> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private final ReadOnlyStringWrapper moneyNote = new ReadOnlyStringWrapper(this, "moneyNote");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public CompareViewModel(ProjectSession session, Executor background, Executor ui) {
        this.session = session;
        this.runs = new LatestWins(background, ui);
        session.revisionProperty().addListener((o, a, b) -> request());
        request();
    }

    private void request() {
        Project p = session.project();
        runs.submit(() -> compute(p), this::show);
    }

    /** The comparison, or the message saying why it could not be computed. */
    private record Outcome(Comparison comparison, Compared compared, String error) {
    }

    /**
     * What the scenario charts draw: the project compared (the base with its scenarios) and its
     * columns (each the base or a scenario applied, with its report), from which the comparison was read.
     */
    public record Compared(Project project, List<ScenarioEngine.Column> columns) {
        public Compared {
            columns = List.copyOf(columns);
        }
    }

    private static Outcome compute(Project p) {
        try {
            List<ScenarioEngine.Column> cols = ScenarioEngine.columns(p);
            return new Outcome(ScenarioEngine.compare(cols), new Compared(p, cols), null);
        } catch (RuntimeException e) {
            return new Outcome(null, null, "The comparison could not be computed: " + e.getMessage());
        }
    }

    private void show(Outcome out) {
        error.set(out.error());
        Comparison result = out.comparison();
        if (result != null) {
            Settings s = out.compared().project().settings();
            List<CompareRow> r = CompareCells.rows(result, s);
            if (!columns.equals(result.columns())) {
                columns.setAll(result.columns());
            }
            settings.set(s);
            moneyNote.set(note(s));
            rows.setAll(r);
            compared.set(out.compared());
            comparison.set(result);
        }
    }

    /** "Money in INR (₹) at 83 INR per USD, the base's rate (2025-06-01)." */
    static String note(Settings s) {
        if (s.currency().equals("USD")) {
            return "Money in USD ($).";
        }
        return "Money in " + s.currency() + " (" + Fmt.symbol(s.currency()).strip() + ") at " + (s.fxRate() == Math.rint(s.fxRate()) ? Fmt.count(s.fxRate()) : Fmt.input(s.fxRate())) + " "
                + s.currency() + " per USD, the base's rate" + (s.fxDate() == null ? "" : " (" + s.fxDate() + ")")
                + ".";
    }

    /** "Base", then the scenarios' names, as the table's columns after the measure and item. */
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<CompareRow> rows() {
        return rows;
    }

    /** The engine's comparison the rows show (for charts and tests). */
    public ReadOnlyObjectProperty<Comparison> comparisonProperty() {
        return comparison.getReadOnlyProperty();
    }

    /** The project compared and its columns (for the scenario charts), set just before the comparison. */
    public ReadOnlyObjectProperty<Compared> comparedProperty() {
        return compared.getReadOnlyProperty();
    }

    /** The settings the money is shown in (the base's: currency and rate), set before each comparison. */
    public ReadOnlyObjectProperty<Settings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    /** Which currency and rate the table's money is in. */
    public ReadOnlyStringProperty moneyNoteProperty() {
        return moneyNote.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
