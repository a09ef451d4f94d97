package com.cp1ki.engine;

import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hand-worked self-hosted cases. 1,000 input and 100 output tokens at 100 output tokens/s is one
 * GPU-second per request: 3,600 requests/hour, 86,400 inferences/day per instance at u = 1.
 */
class GpuFleetTest {

    static SelfHostedGpu gpu(RateKind rate, double rIn, double u, int min, int reserved, double reserved1y,
                             double discount1y) {
        return new SelfHostedGpu("g", 1, 1.0, reserved1y, discount1y, 0, 0.5, 0.3, rate, 100, rIn, u, min, reserved,
                RateKind.RESERVED_1Y, null);
    }

    static StackResult run(double perDay, double peak, SelfHostedGpu g, CommonCosts c) {
        Workload w = new Workload("w", perDay, new TypedMeans(1000, 100), null, peak);
        return Fixtures.only(w, new Stack("gpu", true, g, c));
    }

    @ParameterizedTest(name = "{0} inferences/day need {1} instance(s)")
    @CsvSource({"80000, 1", "86400, 1", "86401, 2", "172800, 2", "172801, 3"})
    void theFleetStepsFromOneToTwoToThreeInstances(double perDay, int instances) {
        StackResult r = run(perDay, 1, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0), CommonCosts.NONE);
        assertEquals(instances, r.instances());
        assertEquals(instances * 1.0 * 730, r.monthly().gpu(), 1e-9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "'prefill throughput adds I / R_in seconds: 1.5 s per request, 57,600 a day per instance', 57601, 1, 0, 1, 2",
            "a 50% ceiling halves an instance's volume, 43201, 1, 0, 0.5, 2",
            "peak-to-average 2 halves it too, 43201, 2, 0, 1, 2",
            "a minimum of 3 instances holds at low volume, 1000, 1, 3, 1, 3"})
    void capacityFollowsThroughputCeilingAndPeak(String why, double perDay, double peak, int min, double u, int expected) {
        double rIn = why.startsWith("prefill") ? 2000 : 0;
        StackResult r = run(perDay, peak, gpu(RateKind.ON_DEMAND, rIn, u, min, 0, 0, 0), CommonCosts.NONE);
        assertEquals(expected, r.instances(), why);
    }

    @Test
    void retriesScaleTheCapacityNeeded() {
        CommonCosts halfFail = Fixtures.common(0, 0, 0, 0, 0, 12, 0, 0.5);
        assertEquals(2, run(43_201, 1, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0), halfFail).instances());
        assertEquals(1, run(43_200, 1, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0), halfFail).instances());
    }

    @Test
    void reservedInstancesAreBilledAtTheReservedRateAndTheRestOnDemand() {
        StackResult r = run(200_000, 1, gpu(RateKind.ON_DEMAND, 0, 1, 0, 1, 0.6, 0), CommonCosts.NONE);
        assertEquals(3, r.instances());
        assertEquals(1 * 0.6 * 730 + 2 * 1.0 * 730, r.monthly().gpu(), 1e-9);
    }

    @Test
    void aReservedRateCanBeAPercentageOffOnDemand() {
        StackResult r = run(50_000, 1, gpu(RateKind.RESERVED_1Y, 0, 1, 0, 0, 0, 0.4), CommonCosts.NONE);
        assertEquals(0.6 * 730, r.monthly().gpu(), 1e-9);
    }

    @Test
    void spotFleetsPayTheSpotRate() {
        StackResult r = run(100_000, 1, gpu(RateKind.SPOT, 0, 1, 0, 0, 0, 0), CommonCosts.NONE);
        assertEquals(2 * 0.3 * 730, r.monthly().gpu(), 1e-9);
    }

    @Test
    void monthlyCostAddsFixedOpsAndExtras() {
        CommonCosts c = new CommonCosts(10, 0, 0, 0, 2, 100, 0, 0, 12, 0, 0, 0, 0, 1.0, 0);
        StackResult r = run(10_000, 1, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0), c);
        assertEquals(730 + 10 + 200 + 0.001 * 300_000, r.monthlyCost(), 1e-9);
        assertEquals(300, r.monthly().extras(), 1e-9);
        assertEquals(200, r.monthly().ops(), 1e-9);
    }

    @Test
    void realisedUtilisationIsMeanDemandOverFleetCapacity() {
        StackResult r = run(43_200, 2, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0), CommonCosts.NONE);
        assertEquals(1, r.instances());
        assertEquals(0.5, r.utilisation(), 1e-12);
    }

    @Test
    void aFleetUnderThirtyPercentBusyIsWarnedAbout() {
        assertTrue(codes(10_000, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0)).contains("fleet-underused"));
        assertFalse(codes(60_000, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0)).contains("fleet-underused"));
    }

    @Test
    void demandExactlyAtTheCeilingIsWarnedAbout() {
        assertTrue(codes(86_400, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0)).contains("demand-at-ceiling"));
        assertFalse(codes(60_000, gpu(RateKind.ON_DEMAND, 0, 1, 0, 0, 0, 0)).contains("demand-at-ceiling"));
    }

    @Test
    void unsetThroughputGivesTheMinimumFleetAndAWarning() {
        SelfHostedGpu g = new SelfHostedGpu("g", 1, 1.0, 0, 0, 0, 0, 0, RateKind.ON_DEMAND, 0, 0, 1, 0, 0,
                RateKind.RESERVED_1Y, null);
        Workload w = new Workload("w", 1e6, new TypedMeans(1000, 100), null, 1);
        Report r = CostEngine.report(Fixtures.project(List.of(w), List.of(new Stack("gpu", true, g, CommonCosts.NONE)), List.of()));
        assertEquals(1, r.results().get(0).instances());
        assertTrue(r.warnings().stream().anyMatch(x -> x.code().equals("throughput-unset")));
    }

    private static List<String> codes(double perDay, SelfHostedGpu g) {
        Workload w = new Workload("w", perDay, new TypedMeans(1000, 100), null, 1);
        Report r = CostEngine.report(Fixtures.project(List.of(w), List.of(new Stack("gpu", true, g, CommonCosts.NONE)), List.of()));
        return r.warnings().stream().map(x -> x.code()).toList();
    }
}
