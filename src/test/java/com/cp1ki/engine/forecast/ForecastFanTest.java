package com.cp1ki.engine.forecast;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.model.RangedInput;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.Uncertainty;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.Band;
import com.cp1ki.engine.report.ForecastReport.BillMonth;
import com.cp1ki.engine.report.ForecastReport.PlanMonth;
import com.cp1ki.engine.report.ForecastReport.ResultMonth;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.uncertainty.RangeDraws;
import com.cp1ki.engine.uncertainty.Stats;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;
import com.cp1ki.io.project.ProjectFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The forecast's fan: P10-P90 bands by month over draws of the ranged forecast rates. */
class ForecastFanTest {
    private static final String GROWTH = "forecast.volumeGrowthPerMonth";
    /** 100,000 inferences/day of 1,000 input and 500 output tokens at $1 and $4 per million: $0.003 each. */
    private static final Workload CHAT = new Workload("chat", 100_000, new TypedMeans(1000, 500), null, 1.0);

    private static Project oneApi(double growth, int draws, RangedInput... ranges) {
        return new Project("fan", Settings.DEFAULT, List.of(CHAT),
                List.of(new Stack("API", true, ManagedApi.simple("P", "M", 1, 4), CommonCosts.NONE)), List.of())
                .withForecast(new Forecast(36, growth, 0, 0, 0, List.of()))
                .withUncertainty(new Uncertainty(42, draws, 0.2, List.of(ranges)));
    }

    private static ForecastReport fan(Project p) {
        return ForecastEngine.fan(p, ForecastEngine.forecast(p));
    }

    private static Project sample(String name) throws Exception {
        return ProjectFiles.load(Path.of("sample-projects", name + ".cp1ki"));
    }

    @Test
    void withoutARangeOnAForecastRateThereIsNoFanAndTheForecastIsUnchanged() {
        Project p = oneApi(0.03, 1000, new RangedInput("workloads[chat].inferencesPerDay", Range.uniform(9e4, 2e5)));
        ForecastReport point = ForecastEngine.forecast(p);
        assertEquals(point, ForecastEngine.fan(p, point), "a range on today's volume moves no forecast rate");
        assertNull(point.fan());
    }

    @Test
    void aZeroWidthRangeAtTheProjectsValueGivesBandsEqualToThePointForecast() throws Exception {
        Project p = sample("portfolio");
        p = p.withUncertainty(new Uncertainty(7, 300, 0.2, List.of(
                new RangedInput(GROWTH, Range.uniform(0.05, 0.05)),
                new RangedInput("forecast.apiPriceDeclinePerYear", Range.uniform(0.9, 0.9)))));
        ForecastReport f = fan(p);
        assertNotNull(f.fan());
        assertNull(f.fan().problem());
        for (ResultSeries r : f.results()) {
            for (ResultMonth m : r.months()) {
                assertEquals(new Band(m.cp1ki(), m.cp1ki()), m.cp1kiBand(), r.workload() + " on " + r.stack());
                assertEquals(new Band(m.monthlyCost(), m.monthlyCost()), m.monthlyBand());
            }
        }
        for (var s : f.plans()) {
            for (PlanMonth m : s.months()) {
                assertEquals(new Band(m.meanMarginPerUser(), m.meanMarginPerUser()), m.marginBand());
            }
        }
        assertTrue(!f.bill().isEmpty());
        for (BillMonth b : f.bill()) {
            assertEquals(new Band(b.total(), b.total()), b.band());
        }
    }

    /**
     * A zero-width range away from the file's value: every draw is the project at that value, priced
     * month by month by the fast path, so each band is the point forecast of that project (to
     * rounding). Covers every pair, plan and the bill of a routed project with a shared fleet, and a
     * project with levers (priced by the fast path too, its lever runs included).
     */
    @ParameterizedTest
    @ValueSource(strings = {"portfolio", "levers", "summariser-seed", "plans-inr-subscription"})
    void aZeroWidthRangeElsewhereGivesThePointForecastAtThatValue(String name) throws Exception {
        Project p = sample(name).withForecast(new Forecast(24, 0.02, 0.01, 0.5, 0.1, List.of()));
        Project ranged = p.withUncertainty(new Uncertainty(3, 50, 0.2, List.of(
                new RangedInput(GROWTH, Range.uniform(0.06, 0.06)),
                new RangedInput("forecast.gpuRateDeclinePerYear", Range.uniform(0.3, 0.3)))));
        ForecastReport f = fan(ranged);
        ForecastReport at = ForecastEngine.forecast(p.withForecast(new Forecast(24, 0.06, 0.01, 0.5, 0.3, List.of())));
        assertNull(f.fan().problem());
        for (int r = 0; r < at.results().size(); r++) {
            for (int m = 0; m < 24; m++) {
                ResultMonth want = at.results().get(r).months().get(m);
                ResultMonth got = f.results().get(r).months().get(m);
                close(want.cp1ki(), got.cp1kiBand().p10());
                close(want.cp1ki(), got.cp1kiBand().p90());
                close(want.monthlyCost(), got.monthlyBand().p10());
                close(want.monthlyCost(), got.monthlyBand().p90());
            }
        }
        for (int q = 0; q < at.plans().size(); q++) {
            for (int m = 0; m < 24; m++) {
                close(at.plans().get(q).months().get(m).meanMarginPerUser(),
                        f.plans().get(q).months().get(m).marginBand().p10());
            }
        }
        for (int m = 0; m < at.bill().size(); m++) {
            close(at.bill().get(m).total(), f.bill().get(m).band().p90());
        }
    }

    private static void close(double want, double got) {
        assertEquals(want, got, 1e-9 * Math.max(1, Math.abs(want)));
    }

    @Test
    void aRangeOnGrowthGivesBandsThatHoldThePointMonthAndWidenWithTheMonth() {
        Project p = oneApi(0.03, 1000, new RangedInput(GROWTH, Range.uniform(0.01, 0.05)));
        ForecastReport f = fan(p);
        assertEquals(1000, f.fan().draws());
        assertEquals(42, f.fan().seed());
        assertEquals(List.of(GROWTH), f.fan().ranged());
        double width = -1;
        for (ResultMonth m : f.results().get(0).months()) {
            Band b = m.monthlyBand();
            assertTrue(b.p10() <= m.monthlyCost() && m.monthlyCost() <= b.p90(), "month " + m.month() + ": " + b);
            double w = b.p90() - b.p10();
            if (m.month() == 1) {
                assertEquals(0, w, 1e-9, "month 1 is this month, whatever the growth");
            } else {
                assertTrue(w > width, "month " + m.month() + " wider than the month before");
            }
            width = w;
            // the price of an inference does not depend on the volume of an API
            assertEquals(m.cp1ki(), m.cp1kiBand().p10(), 1e-12);
            assertEquals(m.cp1ki(), m.cp1kiBand().p90(), 1e-12);
        }
    }

    /**
     * Hand-checkable: one API stack, growth uniform on [1%, 5%] a month. The monthly cost,
     * V x (1 + g)^(m-1) x 30 x $0.003, rises with g, so its nearest-rank P10 and P90 are that
     * formula at the P10 and P90 of the growth draws; and those lie within Monte Carlo error of the
     * uniform's closed-form quantiles, 1.4% and 4.6%.
     */
    @Test
    void theMonthlyCostsBandIsTheClosedFormAtTheGrowthsQuantiles() {
        int n = 1000;
        Project p = oneApi(0.03, n, new RangedInput(GROWTH, Range.uniform(0.01, 0.05)));
        ForecastReport f = fan(p);
        RangeDraws d = UncertaintyEngine.draws(p, 42, GROWTH::equals);
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = d.draw(0, i);
        }
        Arrays.sort(g);
        double g10 = Stats.percentile(g, 0.1);
        double g90 = Stats.percentile(g, 0.9);
        // one standard error of a 10% quantile over 1,000 uniform draws is 0.95 points of rank: allow 3
        double se = Math.sqrt(0.1 * 0.9 / n) * 0.04;
        assertEquals(0.014, g10, 3 * se);
        assertEquals(0.046, g90, 3 * se);
        for (ResultMonth m : f.results().get(0).months()) {
            double perMonth = 100_000 * 30 * 0.003;
            assertEquals(perMonth * Math.pow(1 + g10, m.month() - 1), m.monthlyBand().p10(),
                    1e-9 * m.monthlyBand().p10(), "month " + m.month());
            assertEquals(perMonth * Math.pow(1 + g90, m.month() - 1), m.monthlyBand().p90(),
                    1e-9 * m.monthlyBand().p90(), "month " + m.month());
        }
    }

    @Test
    void theSameFileAndSeedGiveTheSameBandsBitForBitAndAnotherSeedOthers() throws Exception {
        Project p = sample("portfolio").withUncertainty(new Uncertainty(11, 200, 0.2, List.of(
                new RangedInput(GROWTH, Range.triangular(0.02, 0.05, 0.08)),
                new RangedInput("forecast.apiPriceDeclinePerYear", Range.uniform(0.5, 0.95)))));
        ForecastReport a = fan(p);
        ForecastReport b = fan(p);
        assertEquals(a, b);
        ForecastReport c = fan(p.withUncertainty(p.uncertainty().withSeed(12)));
        assertNotEquals(a.results(), c.results());
        assertEquals(12, c.fan().seed());
    }

    @Test
    void theFanTakesTheProjectsDrawsUpToItsCap() {
        assertEquals(200, ForecastEngine.fanDraws(oneApi(0.03, 200)));
        assertEquals(Fan.MAX_DRAWS, ForecastEngine.fanDraws(oneApi(0.03, Uncertainty.DEFAULT_DRAWS)));
    }

    @Test
    void aGrowthRangeThatTakesAVolumeOutOfBoundsNamesTheFieldAndThePointForecastStands() {
        // 100,000 a day growing 60% a month for 36 months: 1.4 x 10^12, above the 10^10 limit
        Project p = oneApi(0.03, 500, new RangedInput(GROWTH, Range.uniform(0.0, 0.6)));
        ForecastReport point = ForecastEngine.forecast(p);
        ForecastReport f = ForecastEngine.fan(p, point);
        assertNotNull(f.fan().problem());
        assertTrue(f.fan().problem().contains(GROWTH) && f.fan().problem().contains("workload 'chat'"),
                f.fan().problem());
        assertEquals(0, f.fan().draws());
        assertEquals(point.results(), f.results(), "the point forecast stands, without bands");
        assertEquals(point.plans(), f.plans());
        assertTrue(f.results().get(0).months().stream().allMatch(m -> m.monthlyBand() == null));
        // and the report with it: nothing else is lost
        var report = CostEngine.report(p);
        assertEquals(report.results(), ForecastEngine.withFan(p, report).results());
    }

    @Test
    void aRangeOutsideWhatTheRateAcceptsIsRefusedNamingTheField() {
        Project p = oneApi(0.03, 100, new RangedInput("forecast.apiPriceDeclinePerYear", Range.uniform(0.5, 1.2)));
        ForecastReport f = fan(p);
        assertTrue(f.fan().problem().contains("forecast.apiPriceDeclinePerYear"), f.fan().problem());
        assertTrue(UncertaintyEngine.refusal(p, "forecast.volumeGrowthPerMonth", Range.uniform(-1.5, 0.1))
                .contains("forecast.volumeGrowthPerMonth"));
        assertNull(UncertaintyEngine.refusal(p, "forecast.volumeGrowthPerMonth", Range.uniform(-0.05, 0.1)),
                "a growth may be negative");
        assertNull(UncertaintyEngine.refusal(p, "forecast.volumeGrowthPerMonth", Range.lognormal(0.01, 0.1)),
                "a lognormal growth is fine");
        assertTrue(UncertaintyEngine.refusal(p, "forecast.apiPriceDeclinePerYear", Range.lognormal(0.5, 0.95))
                .contains("decline"), "a lognormal decline would pile draws up just below 100%");
        assertTrue(UncertaintyEngine.refusal(p, "forecast.months", Range.uniform(12, 24)).contains("not a rate"));
        assertTrue(!UncertaintyEngine.rangeableFields(p).contains("forecast.months"));
    }

    @Test
    void aStopBetweenMonthsGivesNothingRatherThanAPartialFan() {
        Project p = oneApi(0.03, 100, new RangedInput(GROWTH, Range.uniform(0.01, 0.05)));
        int[] asked = {0};
        assertNull(ForecastEngine.fan(p, ForecastEngine.forecast(p), () -> ++asked[0] > 3));
        assertEquals(4, asked[0]);
    }

    @Test
    void theMonteCarloLeavesTheForecastRatesToTheFan() throws Exception {
        Project p = sample("summariser-ranges");
        p = p.withUncertainty(p.uncertainty().withDraws(50));
        var sim = UncertaintyEngine.simulate(p);
        assertTrue(sim.inputs().stream().noneMatch(i -> i.field().startsWith("forecast.")), sim.inputs().toString());
        assertEquals(8, sim.inputs().size(), "the sample's eight ranges on today's inputs");
        assertEquals(List.of(GROWTH, "forecast.apiPriceDeclinePerYear"), fan(p).fan().ranged());
    }
}
