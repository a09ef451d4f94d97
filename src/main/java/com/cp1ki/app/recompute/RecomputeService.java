package com.cp1ki.app.recompute;

import com.cp1ki.app.fx.LatestWins;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.forecast.ForecastEngine;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.scenario.ScenarioEngine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * Keeps a {@link Report} of the session's project up to date, off the FX thread, latest wins.
 *
 * <p>On every revision change it waits {@link #DEBOUNCE_MS} (a burst of edits computes once),
 * runs the engine on the background executor, and applies the result on the UI executor only if
 * no later revision has been asked for ({@link LatestWins}); a stale result is dropped. Engine errors become
 * {@link #errorProperty()} text, never an exception on the FX thread. When a forecast rate has a
 * range, the forecast's fan follows in a second stage ({@link #fanPendingProperty()}): the report is
 * shown at once, then replaced by the same report with its P10-P90 bands. See
 * docs/decisions/0020-recompute-latest-wins.md.
 */
public final class RecomputeService {

    /** Debounce after an edit before recomputing, ms. */
    public static final long DEBOUNCE_MS = 30;

    private final ProjectSession session;
    private final Function<Project, Report> engine;
    private final Delay delay;
    private final LatestWins runs;
    private final ReadOnlyObjectWrapper<Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<Project> reported = new ReadOnlyObjectWrapper<>(this, "reported");
    private final ReadOnlyStringWrapper reportedScenario = new ReadOnlyStringWrapper(this, "reportedScenario");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper fanPending = new ReadOnlyBooleanWrapper(this, "fanPending");
    private long appliedRevision = -1;

    public RecomputeService(ProjectSession session, Function<Project, Report> engine, Delay delay,
                            Executor background, Executor ui) {
        this.session = session;
        this.engine = engine;
        this.delay = delay;
        this.runs = new LatestWins(background, ui);
        session.revisionProperty().addListener((o, a, b) -> request());
        request();
    }

    /** Schedules a recompute of the current revision (called on the thread that owns the session). */
    private void request() {
        long rev = session.revision();
        Project p = session.project();
        String scenario = session.scenario();
        long ticket = runs.next();
        busy.set(true);
        delay.after(DEBOUNCE_MS, () -> {
            if (runs.isLatest(ticket)) {
                runs.submit(ticket, () -> compute(p, scenario), out -> apply(ticket, rev, out));
            }
        });
    }

    private record Outcome(Report report, Project project, String scenario, String error) {
    }

    /** The report of the shown scenario (the base when null), with its overrides' problems among the warnings. */
    private Outcome compute(Project p, String scenario) {
        try {
            ScenarioEngine.Applied a = ScenarioEngine.applied(p, scenario);
            Report r = ScenarioEngine.withProblems(engine.apply(a.project()), a.problems());
            return new Outcome(r, a.project(), a.scenario(), null);
        } catch (InvalidInputException e) {
            return new Outcome(null, null, null, e.getMessage());
        } catch (RuntimeException e) {
            return new Outcome(null, null, null, "The cost engine could not compute this project: " + e.getMessage());
        }
    }

    private void apply(long ticket, long rev, Outcome out) {
        appliedRevision = rev;
        busy.set(false);
        fanPending.set(false);
        error.set(out.error());
        if (out.report() != null) {
            reported.set(out.project());
            reportedScenario.set(out.scenario());
            report.set(out.report());
            fan(ticket, out);
        }
    }

    /**
     * The second stage: when a forecast rate has a range, the forecast's fan is drawn off the FX
     * thread under the same ticket (an edit stops it between months and drops it) and the report
     * with the fan replaces the report without it; never a partial fan. The report comes first, so
     * an edit is as quick as without a fan.
     */
    private void fan(long ticket, Outcome out) {
        Report r = out.report();
        if (r.forecast() == null || r.forecast().failed() || !ForecastEngine.hasFan(out.project())) {
            fanPending.set(false);
            return;
        }
        fanPending.set(true);
        runs.submit(ticket, () -> {
            try {
                ForecastReport f = ForecastEngine.fan(out.project(), r.forecast(), () -> !runs.isLatest(ticket));
                return f == null ? null : r.withForecast(f);
            } catch (RuntimeException e) {
                // a fault of the fan's own must not take the report with it: the report stays, without bands
                return r.withForecast(r.forecast().withFan(new ForecastReport.FanInfo(0, out.project().uncertainty()
                        .seed(), List.of(), "The fan could not be drawn: " + e.getMessage()), r.forecast().results(),
                        r.forecast().plans(), r.forecast().bill(), List.of()));
            }
        }, withFan -> {
            fanPending.set(false);
            if (withFan != null) {
                report.set(withFan);
            }
        });
    }

    /**
     * True while the forecast's fan of the shown report is being drawn (a range on a forecast rate):
     * the report is shown already, its bands follow.
     */
    public ReadOnlyBooleanProperty fanPendingProperty() {
        return fanPending.getReadOnlyProperty();
    }

    /** The latest report (of {@link #appliedRevision()}); kept while a later revision has an error. */
    public ReadOnlyObjectProperty<Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public Report report() {
        return report.get();
    }

    /**
     * The project the shown report is of: the session's project with the shown scenario's
     * overrides applied (the base itself when none is shown). Set just before the report, so a
     * listener of the report reads the matching project.
     */
    public Project reportedProject() {
        return reported.get();
    }

    /** The scenario the shown report is of, or null for the base. */
    public ReadOnlyStringProperty reportedScenarioProperty() {
        return reportedScenario.getReadOnlyProperty();
    }

    /** The engine's message for the current revision, or null when it computed. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True from an edit until its report (or error) is applied. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The session revision the shown report or error belongs to. */
    public long appliedRevision() {
        return appliedRevision;
    }

    /** How many results arrived after the revision had moved on and were dropped. */
    public long droppedCount() {
        return runs.droppedCount();
    }
}
