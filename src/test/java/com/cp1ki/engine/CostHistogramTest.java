package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TokenDistribution;
import com.cp1ki.engine.model.TokenProfile;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CostHistogramTest {

    private static Project project(TokenProfile tokens) {
        Workload w = new Workload("w", 10_000, tokens, null, 1);
        Stack haiku = new Stack("haiku", true, ManagedApi.simple("Anthropic", "Claude Haiku 3.5", 0.80, 4.00),
                CommonCosts.NONE);
        return new Project("p", Settings.DEFAULT, List.of(w), List.of(haiku), List.of());
    }

    @Test
    void typedMeansMakeOneBinHoldingEveryRequestAtTheSeedsCost() {
        CostHistogram h = CostHistogram.of(project(new TypedMeans(1800, 400)), "w", "haiku", 40);
        assertEquals(1, h.bins().size());
        assertEquals(0.00304, h.bins().get(0).from(), 1e-12);
        assertEquals(0.00304, h.bins().get(0).to(), 1e-12);
        assertEquals(1.0, h.bins().get(0).share(), 1e-12);
    }

    @Test
    void aDistributionSpreadsOverLogBinsFromTheCheapestToTheDearestRequest() {
        TokenDistribution d = new TokenDistribution.Builder()
                .add(100, 10, 1).add(1000, 100, 1).add(10_000, 1000, 2).build();
        CostHistogram h = CostHistogram.of(project(d), "w", "haiku", 20);
        assertEquals(20, h.bins().size());
        double cheapest = (100 * 0.80 + 10 * 4.00) / 1e6;
        double dearest = (10_000 * 0.80 + 1000 * 4.00) / 1e6;
        assertEquals(cheapest, h.bins().get(0).from(), 1e-15);
        assertEquals(dearest, h.bins().get(19).to(), 1e-15);
        assertEquals(1.0, h.bins().stream().mapToDouble(CostHistogram.Bin::share).sum(), 1e-12);
        assertEquals(0.5, h.bins().get(19).share(), 1e-12);
        assertEquals(0.25, h.bins().get(0).share(), 1e-12);
        assertEquals(0.25, h.bins().get(10).share(), 1e-12);
        for (int b = 1; b < 20; b++) {
            assertEquals(h.bins().get(b - 1).to(), h.bins().get(b).from(), 1e-15);
        }
    }

    @Test
    void theBinsAgreeWithTheReportsPercentiles() {
        TokenDistribution.Builder b = new TokenDistribution.Builder();
        for (int k = 1; k <= 100; k++) {
            b.add(100L * k, 10L * k, 1);
        }
        Project p = project(b.build());
        CostHistogram h = CostHistogram.of(p, "w", "haiku", 30);
        double p95 = CostEngine.report(p).results().get(0).cost().p95();
        double before = 0;
        double through = 0;
        for (CostHistogram.Bin bin : h.bins()) {
            if (p95 >= bin.from() && p95 <= bin.to()) {
                through = before + bin.share();
                break;
            }
            before += bin.share();
        }
        assertTrue(before < 0.95 && through >= 0.95 - 1e-12,
                "the bin holding p95 must straddle the 95% rank: " + before + " .. " + through);
    }

    @Test
    void anUnknownWorkloadOrStackIsNamed() {
        Project p = project(new TypedMeans(1800, 400));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CostHistogram.of(p, "nope", "haiku", 10));
        assertEquals("no workload named 'nope'", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CostHistogram.of(p, "w", "gone", 10));
        assertThrows(IllegalArgumentException.class, () -> CostHistogram.of(p, "w", "haiku", 0));
    }
}
