package com.cp1ki.app.drift;

import com.cp1ki.engine.drift.ActualVsPlan;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The Drift window's plan lines: at the log's stack shares, and as routed when the workload is routed. */
class PlanTextTest {

    @Test
    void aRoutedPlanShowsEachStacksLoggedShareBesideItsRoutingShareAndTheRoutedCp1ki() {
        ActualVsPlan p = new ActualVsPlan("chat", "chat", "2024-01-11", "2024-02-09", 30, 1000, 1000, 100, 3.36,
                10_000.0, 1500.0, 200.0, List.of(new ActualVsPlan.PlannedStack("A", 0.8, 1.9, 2.9, 0.5),
                new ActualVsPlan.PlannedStack("B", 0.2, 19.0, 19.0, 0.3),
                new ActualVsPlan.PlannedStack("C", 0, 8.5, 8.5, 0.2)), 5.32, 6.12, 8.35, 9.1);
        assertEquals("Last 30 days (2024-01-11 to 2024-02-09): 1,000 inferences/day, CP1Ki $3.36.\n"
                + "Plan (chat): 10,000 inferences/day, CP1Ki $5.32 in tokens, $6.12 all-in at the log's stack shares.\n"
                + "As routed (A 80% (plan 50%), B 20% (plan 30%), C 0% (plan 20%)): CP1Ki $8.35 in tokens, $9.10 all-in.",
                DriftView.planText(p));
    }

    @Test
    void anUnroutedPlanHasNoRoutedLine() {
        ActualVsPlan p = new ActualVsPlan("chat", "chat", "2024-01-11", "2024-02-09", 30, 1000, 1000, 100, 3.36,
                10_000.0, 1500.0, 200.0, List.of(new ActualVsPlan.PlannedStack("A", 1, 1.9, 2.9, null)), 1.9, 2.9,
                null, null);
        assertEquals("Last 30 days (2024-01-11 to 2024-02-09): 1,000 inferences/day, CP1Ki $3.36.\n"
                + "Plan (chat): 10,000 inferences/day, CP1Ki $1.90 in tokens, $2.90 all-in at the log's stack shares.",
                DriftView.planText(p));
    }
}
