package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.RoiBand;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** ROI bands at their boundaries: a stack that costs exactly $0.125 per inference (a per-request fee). */
class RoiTest {
    static final Stack FEE_ONLY = new Stack("fee", true, Fixtures.api(0, 0, 0, 0, 0, 0, 0, 0.5, 0, 0.125), CommonCosts.NONE);

    static StackResult at(Double value) {
        return Fixtures.only(new Workload("w", 100, new TypedMeans(10, 10), value, 1), FEE_ONLY);
    }

    @ParameterizedTest(name = "value {0} gives multiple {1}: {2}")
    @CsvSource({"1.25, 10, EXCELLENT", "1.2499, 9.9992, GOOD", "0.375, 3, GOOD", "0.3749, 2.9992, MARGINAL",
            "0.125, 1, MARGINAL", "0.1249, 0.9992, UNSUSTAINABLE"})
    void theBandFollowsTheMultipleAtEachBoundary(double value, double multiple, RoiBand band) {
        StackResult r = at(value);
        assertEquals(multiple, r.roiMultiple(), 1e-12);
        assertEquals(band, r.roiBand());
        assertEquals(band, r.roiBandP95());
    }

    @Test
    void noValueMeansNoRoi() {
        StackResult r = at(null);
        assertNull(r.roiMultiple());
        assertNull(r.roiBand());
        assertNull(r.roiMultipleP95());
    }

    @Test
    void roiIsExplained() {
        StackResult r = at(1.25);
        assertEquals("$1.25 / $0.125 = 10.00 (excellent)", r.explanations().stream()
                .filter(e -> e.quantity().equals("ROI multiple")).findFirst().orElseThrow().substituted());
    }

    @Test
    void costToValueAndNetValueSitBesideTheMultiple() {
        StackResult r = at(1.25);
        assertEquals(1.25, r.valuePerInference());
        assertEquals(0.1, r.costToValue(), 1e-15);
        assertEquals(1 / r.roiMultiple(), r.costToValue(), 1e-15);
        assertEquals(0.1, r.costToValueP95(), 1e-15);
        assertEquals(1.125, r.netValuePerInference(), 1e-15);
        assertEquals(1.25 - r.cost().p95(), r.netValueP95(), 1e-15);
        StackResult poor = at(0.1);
        assertEquals(-0.025, poor.netValuePerInference(), 1e-15, "a feature that costs more than it is worth loses money");
        assertEquals(1.25, poor.costToValue(), 1e-15);
        assertEquals("$0.125 / $1.25 = 10% of the value", explained(r, "Cost-to-value ratio"));
        assertEquals("$1.25 - $0.125 = $1.13", explained(r, "Net value per inference"));
        assertEquals("$0.10 - $0.125 = -$0.025", explained(poor, "Net value per inference"));
    }

    @Test
    void withoutAValueThereIsNoCostToValueNorNetValue() {
        StackResult r = at(null);
        assertNull(r.valuePerInference());
        assertNull(r.costToValue());
        assertNull(r.costToValueP95());
        assertNull(r.netValuePerInference());
        assertNull(r.netValueP95());
        assertEquals(0, r.explanations().stream().filter(e -> e.quantity().contains("value")).count());
    }

    private static String explained(StackResult r, String quantity) {
        return r.explanations().stream().filter(e -> e.quantity().equals(quantity)).findFirst().orElseThrow().substituted();
    }
}
