package com.cp1ki.app.scenario;

import com.cp1ki.app.fx.LatestWins;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
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
 * shows the project as it is now.
 */
public final class CompareViewModel {

    private final ProjectSession session;
    private final LatestWins runs;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
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
    private record Outcome(Comparison comparison, String error) {
    }

    private static Outcome compute(Project p) {
        try {
            return new Outcome(ScenarioEngine.compare(p), null);
        } catch (RuntimeException e) {
            return new Outcome(null, "The comparison could not be computed: " + e.getMessage());
        }
    }

    private void show(Outcome out) {
        error.set(out.error());
        Comparison result = out.comparison();
        if (result != null) {
            List<CompareRow> r = CompareCells.rows(result);
            if (!columns.equals(result.columns())) {
                columns.setAll(result.columns());
            }
            rows.setAll(r);
            comparison.set(result);
        }
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

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
