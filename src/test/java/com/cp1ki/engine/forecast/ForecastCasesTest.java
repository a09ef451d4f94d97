package com.cp1ki.engine.forecast;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.CommonCosts;
import com.cp1ki.engine.model.DeclinePreset;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.StackForecast;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.Change;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Hand-worked forecasts (docs/cost-model.md, "Forecast"): a price-decline preset on a managed API
 * against a flat fleet, and reservations renewing at the month's rate. The expected figures are
 * worked out here from the inputs, not read from the engine.
 */
class ForecastCasesTest {

    /** 10,000 inferences/day of 1,000 input and 500 output tokens: 0.003 USD an inference at $1 / $4 per MTok. */
    private static final Workload CHAT = new Workload("chat", 10_000, new TypedMeans(1000, 500), null, 1.0);
    private static final Stack API = new Stack("API", true, ManagedApi.simple("P", "M", 1.0, 4.0), CommonCosts.NONE);

    /** One instance (throughput unset, N_min 1) at an explicit 1-year reserved $0.50/h: 0.5 x 730 = 365 USD a month. */
    private static Stack flatFleet() {
        return new Stack("GPU", true, new SelfHostedGpu("g5.xlarge", 1, 1.0, 0.5, 0, 0, 0, 0, RateKind.RESERVED_1Y,
                0, 0, 1.0, 1, 0, RateKind.RESERVED_1Y, null), CommonCosts.NONE);
    }

    private static Project project(List<Stack> stacks, List<Plan> plans, Forecast f) {
        return new Project("cases", Settings.DEFAULT, List.of(CHAT), stacks, plans).withForecast(f);
    }

    private static double k10(int month) {
        return Math.pow(0.1, (month - 1) / 12.0);
    }

    @Test
    void theTenTimesAYearPresetPricesEachMonthAtATenthAYearAndTheCheapestStackChangesInMonth6() {
        // a plan on the API: every user makes 1,000 inferences a month and pays 20 USD, so the margin is 20 - 1000 c
        Plan pro = new Plan("Pro", 20, null, 0, List.of("chat"), "API",
                new UserCounts(new double[]{1000}, new double[]{1}), null);
        Forecast f = new Forecast(36, 0, 0, DeclinePreset.TEN_X.declinePerYear(), 0, List.of());
        ForecastReport r = ForecastEngine.forecast(project(List.of(API, flatFleet()), List.of(pro), f));

        ForecastReport.ResultSeries api = r.result("chat", "API");
        for (int m : new int[]{1, 7, 13, 25, 36}) {
            ForecastReport.ResultMonth month = api.months().get(m - 1);
            // CP1Ki 3 USD today; monthly 0.003 x 10,000 x 30 = 900 USD; both x 0.1^((m-1)/12)
            assertEquals(3.0 * k10(m), month.cp1ki(), 1e-12, "CP1Ki in month " + m);
            assertEquals(900.0 * k10(m), month.monthlyCost(), 1e-9, "monthly cost in month " + m);
            assertEquals(k10(m), month.priceFactor(), 1e-15);
        }
        assertEquals(0.3, api.months().get(12).cp1ki(), 1e-12, "a year on, a tenth");
        assertEquals(0.03, api.months().get(24).cp1ki(), 1e-12, "two years on, a hundredth");
        for (ForecastReport.ResultMonth month : r.result("chat", "GPU").months()) {
            assertEquals(365, month.monthlyCost(), 1e-9, "the fleet's rate does not fall (GPU decline 0)");
        }

        // 900 x 0.1^(4/12) = 417.7 > 365 in month 5; 900 x 0.1^(5/12) = 344.8 < 365 in month 6
        ForecastReport.CheapestSeries cheapest = r.cheapest("chat");
        assertEquals(List.of(new Change(6, "GPU", "API")), cheapest.changes());
        assertEquals("GPU", cheapest.stacks().get(4));
        assertEquals("API", cheapest.stacks().get(5));

        // the fleet costs 365 a month at any volume, the API 0.09 k USD a month per inference/day:
        // they cross at 365 / (0.09 k) inferences/day: 4,055.6 today, 40,555.6 a year on
        ForecastReport.CrossoverSeries x = r.crossovers().get(0);
        assertEquals(365 / 0.09, x.months().get(0).stableAbove(), 365 / 0.09 * 1e-6);
        assertEquals(365 / 0.009, x.months().get(12).stableAbove(), 365 / 0.009 * 1e-6);
        assertEquals("GPU", x.months().get(12).cheaperAbove());

        ForecastReport.PlanSeries plan = r.plans().get(0);
        assertEquals(20 - 1000 * 0.003, plan.months().get(0).meanMarginPerUser(), 1e-9);
        assertEquals(20 - 1000 * 0.0003, plan.months().get(12).meanMarginPerUser(), 1e-9);
        assertEquals(100 * (20 - 0.3) / 20, plan.months().get(12).grossMarginPct(), 1e-9);
    }

    @Test
    void aOneYearReservationRenewsAtTheRateOfItsRenewalMonthAndHoldsItForTheTerm() {
        // explicit 1-year reserved $2/h, one instance: 2 x 730 = 1,460 USD a month; GPU rates fall 20% a year
        Stack reserved = new Stack("Reserved", true, new SelfHostedGpu("g", 1, 3.0, 2.0, 0, 0, 0, 0,
                RateKind.RESERVED_1Y, 0, 0, 1.0, 1, 0, RateKind.RESERVED_1Y, null), CommonCosts.NONE);
        Stack onDemand = new Stack("On demand", true, new SelfHostedGpu("g", 1, 3.0, 2.0, 0, 0, 0, 0,
                RateKind.ON_DEMAND, 0, 0, 1.0, 1, 0, RateKind.RESERVED_1Y, null), CommonCosts.NONE);
        // 3-year reserved as a 50% discount off on-demand: 1.5 x 730 = 1,095 USD a month until month 36
        Stack threeYear = new Stack("Three-year", true, new SelfHostedGpu("g", 1, 3.0, 0, 0, 0, 0.5, 0,
                RateKind.RESERVED_3Y, 0, 0, 1.0, 1, 0, RateKind.RESERVED_1Y, null), CommonCosts.NONE);
        // two instances, one of them reserved for a year ($2/h), the other on demand ($3/h)
        Stack mixed = new Stack("Mixed", true, new SelfHostedGpu("g", 1, 3.0, 2.0, 0, 0, 0, 0,
                RateKind.ON_DEMAND, 0, 0, 1.0, 2, 1, RateKind.RESERVED_1Y, null), CommonCosts.NONE);
        Forecast f = new Forecast(48, 0, 0, 0, 0.2, List.of());
        ForecastReport r = ForecastEngine.forecast(project(List.of(reserved, onDemand, threeYear, mixed), List.of(), f));

        double[] res = monthly(r, "Reserved");
        for (int m = 1; m <= 12; m++) {
            assertEquals(1460, res[m - 1], 1e-9, "the first year at today's reserved rate, month " + m);
        }
        for (int m = 13; m <= 24; m++) {
            assertEquals(1460 * 0.8, res[m - 1], 1e-9, "renewed in month 13 at 80%, month " + m);
        }
        assertEquals(1460 * 0.64, res[24], 1e-9, "renewed in month 25 at 64%");
        assertEquals(1460 * 0.512, res[47], 1e-9, "renewed in month 37 at 51.2%");

        double[] od = monthly(r, "On demand");
        assertEquals(2190 * Math.sqrt(0.8), od[6], 1e-9, "on demand falls every month: month 7 at 0.8^(6/12)");

        double[] three = monthly(r, "Three-year");
        assertEquals(1095, three[35], 1e-9, "the 3-year rate holds until month 36 while on-demand falls");
        assertEquals(1095 * 0.512, three[36], 1e-9, "renewed in month 37 at 0.8^3");

        double[] mix = monthly(r, "Mixed");
        assertEquals(1460 + 2190 * Math.pow(0.8, 11 / 12.0), mix[11], 1e-9);
        assertEquals(1460 * 0.8 + 2190 * 0.8, mix[12], 1e-9, "month 13: renewed and on demand both at 80%");
        assertNull(r.result("chat", "Reserved").months().get(0).cp1kiBand());
    }

    @Test
    void aReservationWithMonthsLeftRenewsWhenTheyRunOut() {
        Stack reserved = new Stack("Reserved", true, new SelfHostedGpu("g", 1, 3.0, 2.0, 0, 0, 0, 0,
                RateKind.RESERVED_1Y, 0, 0, 1.0, 1, 0, RateKind.RESERVED_1Y, null), CommonCosts.NONE);
        Forecast f = new Forecast(36, 0, 0, 0, 0.2, List.of(new StackForecast("Reserved", null, 5)));
        ForecastReport r = ForecastEngine.forecast(project(List.of(reserved), List.of(), f));
        double[] res = monthly(r, "Reserved");
        assertEquals(1460, res[4], 1e-9, "5 months left: month 5 still at today's rate");
        assertEquals(1460 * Math.pow(0.8, 5 / 12.0), res[5], 1e-9, "renewed in month 6 at that month's rate");
        assertEquals(1460 * Math.pow(0.8, 5 / 12.0), res[16], 1e-9, "held for the year, to month 17");
        assertEquals(1460 * Math.pow(0.8, 17 / 12.0), res[17], 1e-9, "renewed again in month 18");
        assertEquals(1.0, r.result("chat", "Reserved").months().get(4).reservedFactor(), 0);
        assertEquals(Math.pow(0.8, 5 / 12.0), r.result("chat", "Reserved").months().get(5).reservedFactor(), 1e-15);
    }

    @Test
    void aStacksOwnDeclineOverridesTheForecastsAndVolumeAndTokenGrowthCompound() {
        Forecast f = new Forecast(24, 0.1, 0.02, 0.9, 0, List.of(new StackForecast("API", 0.5, null)));
        ForecastReport r = ForecastEngine.forecast(project(List.of(API), List.of(), f));
        // month 13: volume 10,000 x 1.1^12, tokens x 1.02^12, prices x 0.5
        double v = 10_000 * Math.pow(1.1, 12);
        double c = 0.003 * Math.pow(1.02, 12) * 0.5;
        assertEquals(v, r.volumes().get(0).inferencesPerDay().get(12), 1e-6);
        assertEquals(1000 * c, r.result("chat", "API").months().get(12).cp1ki(), 1e-12);
        assertEquals(c * v * 30, r.result("chat", "API").months().get(12).monthlyCost(), 1e-6);
        assertEquals(CostEngine.report(project(List.of(API), List.of(), f)).results().get(0).cp1ki(),
                r.result("chat", "API").months().get(0).cp1ki(), 0, "month 1 is the report");
    }

    @Test
    void aWorkloadNoEnabledStackServesHasNoSeriesAndTheReportStillComputes() {
        Stack off = new Stack("Off", false, ManagedApi.simple("P", "M", 1, 4), CommonCosts.NONE);
        Project p = project(List.of(off), List.of(), new Forecast(24, 0.05, 0, 0.5, 0, List.of()));
        ForecastReport r = ForecastEngine.forecast(p);
        assertEquals(List.of(), r.results());
        assertNull(r.cheapest("chat"));
        Project flat = p.withForecast(Forecast.NONE);
        assertEquals(List.of(), CostEngine.report(flat).forecast().cheapest());
        assertNull(CostEngine.report(flat).forecast().problem());
    }

    private static double[] monthly(ForecastReport r, String stack) {
        return r.result("chat", stack).months().stream().mapToDouble(ForecastReport.ResultMonth::monthlyCost).toArray();
    }
}
