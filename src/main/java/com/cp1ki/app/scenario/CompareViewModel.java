package com.cp1ki.app.scenario;

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
import java.util.concurrent.atomic.AtomicLong;

/**
 * The side-by-side table of the base and every scenario, recomputed off the FX thread on every
 * revision of the session (latest wins: a result for an older revision is dropped), so it always
 * shows the project as it is now.
 */
public final class CompareViewModel {

    private final ProjectSession session;
    private final Executor background;
    private final Executor ui;
    private final AtomicLong latest = new AtomicLong(-1);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<CompareRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Comparison> comparison = new ReadOnlyObjectWrapper<>(this, "comparison");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    public CompareViewModel(ProjectSession session, Executor background, Executor ui) {
        this.session = session;
        this.background = background;
        this.ui = ui;
        session.revisionProperty().addListener((o, a, b) -> request());
        request();
    }

    private void request() {
        long rev = session.revision();
        Project p = session.project();
        latest.set(rev);
        background.execute(() -> {
            if (latest.get() != rev) {
                return;
            }
            Comparison c;
            String problem = null;
            try {
                c = ScenarioEngine.compare(p);
            } catch (RuntimeException e) {
                c = null;
                problem = "The comparison could not be computed: " + e.getMessage();
            }
            Comparison result = c;
            String message = problem;
            ui.execute(() -> {
                if (rev != session.revision()) {
                    return;
                }
                error.set(message);
                if (result != null) {
                    List<CompareRow> r = CompareCells.rows(result);
                    if (!columns.equals(result.columns())) {
                        columns.setAll(result.columns());
                    }
                    rows.setAll(r);
                    comparison.set(result);
                }
            });
        });
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
