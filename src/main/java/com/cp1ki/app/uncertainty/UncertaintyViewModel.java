package com.cp1ki.app.uncertainty;

import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Tornado;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the Uncertainty window shows, derived from the newest run's {@link UncertaintyRun.Outcome}
 * only: the output picker, the percentile, cheapest-stack and driver tables, the stamp
 * ("n = 10,000, seed = 42") and what the run was on (the base or a scenario). Tables are emptied the
 * moment a run is superseded or cancelled, so no number of an older project stays on screen.
 */
public final class UncertaintyViewModel {

    private final ProjectSession session;
    private final UncertaintyRun run;
    /** Output key -> label, in the engine's order (every simulated output, or the tornado's while drawing). */
    private final ObservableList<String> outputs = FXCollections.observableArrayList();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final StringProperty output = new SimpleStringProperty(this, "output");
    private final ObservableList<Rows.Percentiles> percentiles = FXCollections.observableArrayList();
    private final ObservableList<Rows.Cheapest> cheapest = FXCollections.observableArrayList();
    private final ObservableList<Rows.Driver> drivers = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper stamp = new ReadOnlyStringWrapper(this, "stamp", "");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject", "");
    private final ReadOnlyStringWrapper warnings = new ReadOnlyStringWrapper(this, "warnings", "");

    public UncertaintyViewModel(ProjectSession session, UncertaintyRun run) {
        this.session = session;
        this.run = run;
        run.outcomeProperty().addListener((o, a, b) -> show());
        output.addListener((o, a, b) -> showDrivers());
        show();
    }

    private void show() {
        UncertaintyRun.Outcome out = run.outcomeProperty().get();
        Simulation s = out == null ? null : out.simulation();
        labels.clear();
        if (s != null) {
            s.outputs().forEach(r -> labels.put(r.output().key(), r.output().label()));
        } else if (out != null) {
            out.tornado().outputs().forEach(c -> labels.put(c.output().key(), c.output().label()));
        }
        String keep = output.get();
        if (!outputs.equals(java.util.List.copyOf(labels.keySet()))) {
            outputs.setAll(labels.keySet());
        }
        output.set(keep != null && labels.containsKey(keep) ? keep : outputs.isEmpty() ? keep : outputs.get(0));
        percentiles.setAll(s == null ? java.util.List.of() : Rows.percentiles(s, out.project().settings()));
        cheapest.setAll(s == null ? java.util.List.of() : Rows.cheapest(s));
        stamp.set(s == null ? "" : s.stamp());
        subject.set(out == null ? "" : (out.scenario() == null ? "Base" : "Scenario " + out.scenario()
                + " (the base with its overrides)") + " of " + out.project().name());
        java.util.Set<String> w = new java.util.LinkedHashSet<>();
        if (out != null) {
            w.addAll(out.tornado().warnings());
            if (s != null) {
                w.addAll(s.warnings());
            }
        }
        warnings.set(String.join(" ", w));
        showDrivers();
    }

    /** The engine's warnings of the tornado and simulation shown (ranges left behind, refused draws), or "". */
    public ReadOnlyStringProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    private void showDrivers() {
        drivers.setAll(result().map(Rows::drivers).orElse(java.util.List.of()));
    }

    public UncertaintyRun run() {
        return run;
    }

    /** The picked output's key (e.g. "cp1ki/summariser/GPT-4o"). */
    public StringProperty outputProperty() {
        return output;
    }

    /** Keys of the outputs to pick from. */
    public ObservableList<String> outputs() {
        return outputs;
    }

    /** "CP1Ki of summariser on GPT-4o" for a key. */
    public String label(String key) {
        return labels.getOrDefault(key, key == null ? "" : key);
    }

    public ObservableList<Rows.Percentiles> percentiles() {
        return percentiles;
    }

    public ObservableList<Rows.Cheapest> cheapest() {
        return cheapest;
    }

    /** The picked output's drivers: each ranged input's share of its spread. */
    public ObservableList<Rows.Driver> drivers() {
        return drivers;
    }

    /** "n = 10,000, seed = 42" of the simulation shown, or "" when none is. */
    public ReadOnlyStringProperty stampProperty() {
        return stamp.getReadOnlyProperty();
    }

    /** "Base of Seed 004" or "Scenario Launch (the base with its overrides) of Seed 004". */
    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The outcome shown, or null. */
    public UncertaintyRun.Outcome outcome() {
        return run.outcomeProperty().get();
    }

    /** The picked output's simulated result, once the simulation is complete. */
    public Optional<Simulation.Result> result() {
        UncertaintyRun.Outcome o = outcome();
        return o == null || o.simulation() == null ? Optional.empty() : o.simulation().output(output.get());
    }

    /** The picked output's tornado (CP1Ki, plan margins and the bill have one). */
    public Optional<Tornado.Chart> tornado() {
        UncertaintyRun.Outcome o = outcome();
        return o == null ? Optional.empty() : o.tornado().outputs().stream()
                .filter(c -> c.output().key().equals(output.get())).findFirst();
    }

    /** The picked output's kind, or null. */
    public Output.Kind kind() {
        return result().map(r -> r.output().kind()).or(() -> tornado().map(c -> c.output().kind())).orElse(null);
    }

    /** Reseed: the project's seed set to a new one, as one undoable edit. */
    public void reseed() {
        session.execute(Reseed.edit(session.project()));
    }
}
