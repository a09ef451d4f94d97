package com.cp1ki.app.recompute;

import com.cp1ki.app.session.Edit;
import com.cp1ki.app.session.ProjectSession;
import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forecast's fan in the workbench: drawn in a second stage after the report (an edit is not
 * held up by it), under the same latest-wins ticket, so an edit drops a fan in flight and no fan of
 * an older revision is ever shown. Executors are queues the test drains by hand.
 */
class RecomputeFanTest {
    private final List<Runnable> delayed = new ArrayList<>();
    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> fx = new ArrayList<>();

    private static void drain(List<Runnable> q) {
        List<Runnable> copy = new ArrayList<>(q);
        q.clear();
        copy.forEach(Runnable::run);
    }

    private void drainAll() {
        while (!delayed.isEmpty() || !background.isEmpty() || !fx.isEmpty()) {
            drain(delayed);
            drain(background);
            drain(fx);
        }
    }

    /** A service on the session with its first report applied (its fan, if any, still queued). */
    private RecomputeService reported(ProjectSession session) {
        RecomputeService s = new RecomputeService(session, CostEngine::report, (ms, t) -> delayed.add(t),
                background::add, fx::add);
        drain(delayed);
        drain(background);
        drain(fx);
        return s;
    }

    private static Project ranges() throws Exception {
        Project p = ProjectFiles.load(Path.of("sample-projects/summariser-ranges.cp1ki"));
        return p.withUncertainty(p.uncertainty().withDraws(200));
    }

    @Test
    void theReportComesFirstThenTheSameReportWithItsFan() throws Exception {
        ProjectSession session = new ProjectSession(ranges(), null, "r.cp1ki");
        RecomputeService s = reported(session);
        Report first = s.report();
        assertNotNull(first);
        assertNull(first.forecast().fan(), "the report is shown before its fan is drawn");
        assertTrue(s.fanPendingProperty().get());
        assertEquals(1, background.size(), "the fan waits on the background executor");
        drain(background);
        drain(fx);
        Report withFan = s.report();
        assertFalse(s.fanPendingProperty().get());
        assertEquals(200, withFan.forecast().fan().draws());
        assertNotNull(withFan.forecast().results().get(0).months().get(12).monthlyBand());
        assertEquals(first.results(), withFan.results(), "only the forecast gained its bands");
    }

    @Test
    void anEditDropsTheFanInFlightAndNoOlderFanIsShown() throws Exception {
        ProjectSession session = new ProjectSession(ranges(), null, "r.cp1ki");
        RecomputeService s = reported(session);
        assertTrue(s.fanPendingProperty().get());
        // an edit before the fan has run: the fan's task finds itself superseded and computes nothing
        session.execute(new Edit("volume", p -> p.withWorkloads(p.workloads().stream()
                .map(w -> w.withVolume(w.inferencesPerDay() * 2)).toList())));
        Report before = s.report();
        drain(background);
        drain(fx);
        assertSame(before, s.report(), "the old revision's fan is never applied");
        drainAll();
        Report after = s.report();
        assertEquals(200, after.forecast().fan().draws());
        assertEquals(2 * ranges().workloads().get(0).inferencesPerDay(),
                after.forecast().volumes().get(0).inferencesPerDay().get(0), 0, "the fan of the edited project");
        assertFalse(s.fanPendingProperty().get());
    }

    @Test
    void withoutARangeOnAForecastRateNothingMoreRuns() throws Exception {
        Project p = ranges();
        p = p.withUncertainty(new com.cp1ki.engine.model.Uncertainty(
                42, 200, 0.2, p.uncertainty().ranges().stream().filter(r -> !r.field().startsWith("forecast.")).toList()));
        RecomputeService s = reported(new ProjectSession(p, null, "r.cp1ki"));
        assertNotNull(s.report());
        assertFalse(s.fanPendingProperty().get());
        assertTrue(background.isEmpty());
    }
}
