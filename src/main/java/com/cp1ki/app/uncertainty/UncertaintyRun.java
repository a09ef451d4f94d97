package com.cp1ki.app.uncertainty;

import com.cp1ki.app.fx.LatestWins;
import com.cp1ki.app.recompute.Delay;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.scenario.ScenarioEngine;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Simulator;
import com.cp1ki.engine.uncertainty.Tornado;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Locale;
import java.util.concurrent.Executor;

/**
 * The tornado and Monte Carlo simulation of the session's project (on the shown scenario), run off
 * the FX thread while a view wants them, newest run wins: an edit, undo or scenario switch starts a
 * new run and every later message of an older one is dropped ({@link LatestWins}, decision 0020:
 * every block is one of its runs under the same ticket). The draws run in blocks, each its own task on the
 * background executor, so progress shows, Cancel stops between blocks and the engine's recompute
 * is never held up for long; each block (and the statistics at the end) is spread over the
 * machine's cores ({@link Cores}). Only a finished simulation is published: a cancelled or superseded
 * one publishes nothing.
 */
public final class UncertaintyRun {

    /** What the run is doing. */
    public enum State { IDLE, RUNNING, DONE, CANCELLED, FAILED }

    /**
     * What a run produced for one revision: the project it ran on (the shown scenario applied), the
     * scenario (null for the base), the tornado, and the simulation once every draw has run.
     */
    public record Outcome(long revision, Project project, String scenario, Tornado tornado, Simulation simulation) {
        Outcome finished(Simulation s) {
            return new Outcome(revision, project, scenario, tornado, s);
        }
    }

    private final ProjectSession session;
    private final Delay delay;
    private final LatestWins wins;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private boolean active;
    private int done;
    private int draws;

    public UncertaintyRun(ProjectSession session, Delay delay, Executor background, Executor ui) {
        this.session = session;
        this.delay = delay;
        this.wins = new LatestWins(background, ui);
        // a scenario shown or an edit undone moves the revision too
        session.revisionProperty().addListener((o, a, b) -> changed());
    }

    /** A view showing the results opens (runs unless the shown results are of this revision) or closes (cancels). */
    public void setActive(boolean on) {
        active = on;
        // a run in flight is of this revision: any edit since would have restarted or stopped it
        if (on && state.get() != State.RUNNING && (outcome.get() == null
                || outcome.get().revision() != session.revision() || outcome.get().simulation() == null)) {
            run();
        } else if (!on && state.get() == State.RUNNING) {
            cancel();
        }
    }

    private void changed() {
        wins.next();
        outcome.set(null);
        if (active) {
            run();
        } else {
            state.set(State.IDLE);
            message.set("");
        }
    }

    /** Starts a run of the project as it is now (Run again); any older run is dropped. */
    public void run() {
        long id = wins.next();
        long rev = session.revision();
        Project p = session.project();
        String scenario = session.scenario();
        outcome.set(null);
        done = 0;
        draws = p.uncertainty().draws();
        progress.set(0);
        state.set(State.RUNNING);
        message.set(String.format(Locale.ROOT, "Simulating %,d draws…", draws));
        delay.after(com.cp1ki.app.recompute.RecomputeService.DEBOUNCE_MS, () -> {
            if (wins.isLatest(id)) {
                wins.submit(id, () -> start(rev, p, scenario), step -> {
                    if (step.error() != null) {
                        // a refused simulation (too many draws for the heap) keeps its tornado, which draws nothing
                        outcome.set(step.outcome());
                        failed(step.error());
                    } else {
                        outcome.set(step.outcome());
                        block(id, step.sim(), 0);
                    }
                });
            }
        });
    }

    /** What one task of a run gives the FX thread: the tornado and simulator, a block's end, the result, or a failure. */
    private record Step(Outcome outcome, Simulator sim, int to, Simulation result, RuntimeException error) {
    }

    private static Step start(long rev, Project p, String scenario) {
        Outcome first = null;
        try {
            Project applied = ScenarioEngine.apply(p, scenario);
            first = new Outcome(rev, applied, scenario, UncertaintyEngine.tornado(applied), null);
            // the draws are kept in memory: refuse (naming the draws, saying how many fit) what the heap cannot hold
            return new Step(first, UncertaintyEngine.simulator(applied, applied.uncertainty().seed(),
                    applied.uncertainty().draws(), UncertaintyEngine.memoryFor(Runtime.getRuntime().maxMemory())),
                    0, null, null);
        } catch (RuntimeException e) {
            return new Step(first, null, 0, null, e);
        }
    }

    /** Runs one block of draws off the FX thread, then shows the progress and submits the next (or publishes the result). */
    private void block(long id, Simulator sim, int from) {
        int to = Math.min(sim.draws(), from + blockSize(sim.draws()));
        wins.submit(id, () -> {
            try {
                Cores.draws(sim, from, to, Cores.parts());
                if (to < sim.draws()) {
                    return new Step(null, sim, to, null, null);
                }
                Cores.statistics(sim, Cores.parts());
                return new Step(null, sim, to, sim.result(), null);
            } catch (RuntimeException e) {
                return new Step(null, sim, to, null, e);
            }
        }, step -> {
            if (step.error() != null) {
                failed(step.error());
                return;
            }
            done = to;
            progress.set((double) to / sim.draws());
            if (step.result() != null && outcome.get() != null) {
                outcome.set(outcome.get().finished(step.result()));
                state.set(State.DONE);
                message.set(step.result().stamp());
            } else {
                message.set(String.format(Locale.ROOT, "Simulating: %,d of %,d draws…", to, sim.draws()));
                block(id, sim, to);
            }
        });
    }

    /** About a hundred blocks a run, of 1 to 500 draws. */
    static int blockSize(int draws) {
        return Math.max(1, Math.min(500, draws / 100));
    }

    private void failed(RuntimeException e) {
        // the message first: the views redraw on the state and read the message then
        message.set("Cannot simulate: " + e.getMessage());
        state.set(State.FAILED);
    }

    /** Stops the run in progress: what it drew so far is dropped, and the view says so. */
    public void cancel() {
        if (state.get() != State.RUNNING) {
            return;
        }
        wins.next();
        message.set(String.format(Locale.ROOT, "Cancelled after %,d of %,d draws: no simulated number is shown. "
                + "Run to simulate again.", done, draws));
        state.set(State.CANCELLED);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** 0 to 1: the share of the draws run. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the run is doing, or the stamp of its result ("n = 10,000, seed = 42"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The newest run's results for the current revision (the simulation null until complete), or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
