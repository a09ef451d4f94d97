package com.cp1ki.engine.forecast;

import com.cp1ki.engine.DrawCosts;
import com.cp1ki.engine.field.Fields;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RangedInput;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.Band;
import com.cp1ki.engine.report.ForecastReport.BillMonth;
import com.cp1ki.engine.report.ForecastReport.FanInfo;
import com.cp1ki.engine.report.ForecastReport.PlanMonth;
import com.cp1ki.engine.report.ForecastReport.PlanSeries;
import com.cp1ki.engine.report.ForecastReport.ResultMonth;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.report.Warning;
import com.cp1ki.engine.uncertainty.RangeDraws;
import com.cp1ki.engine.uncertainty.Stats;
import com.cp1ki.engine.uncertainty.UncertaintyEngine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/**
 * The forecast's fan (docs/cost-model.md, "Forecast", "A range gives a fan"): when some forecast
 * rate carries a range, draw i sets every ranged rate to its draw i (the numbers a simulation at
 * the project's seed draws for them, {@link RangeDraws}), projects that project month by month
 * ({@link Projection}) and prices each month; the P10-P90 of each month's numbers over the draws
 * are the bands. Only the forecast's ranged rates vary: every other input, ranged or not, stays at
 * the project's value. A month is priced by {@link DrawCosts#costs} (the report's own formulas,
 * optimisation levers included, to 1e-9); a draw whose rates all sit at the project's values takes
 * the point forecast's numbers. Percentiles are nearest rank, as the simulation's ({@link Stats#percentile}).
 */
final class Fan {
    /** The most draws a fan takes: the project's draws, capped (docs/performance.md, "Forecast fan"). */
    static final int MAX_DRAWS = 1_000;
    private static final String PREFIX = "forecast.";

    private Fan() {
    }

    /** Whether some range of the project is on a forecast rate. */
    static boolean ranged(Project p) {
        return p.uncertainty().ranges().stream().map(RangedInput::field).anyMatch(f -> f.startsWith(PREFIX));
    }

    /** How many draws the project's fan takes. */
    static int draws(Project p) {
        return Math.min(p.uncertainty().draws(), MAX_DRAWS);
    }

    /**
     * The point forecast with its fan, or the point forecast itself when no forecast rate has a range
     * or the forecast failed; null when {@code stop} said so between two months.
     */
    static ForecastReport of(Project p, ForecastReport point, BooleanSupplier stop) {
        if (point == null || point.failed() || !ranged(p)) {
            return point;
        }
        long seed = p.uncertainty().seed();
        int n = draws(p);
        RangeDraws rates;
        try {
            rates = UncertaintyEngine.draws(p, seed, f -> f.startsWith(PREFIX));
        } catch (InvalidInputException e) {
            return failed(point, seed, List.of(), e.getMessage(), List.of());
        }
        List<Warning> notes = rates.warnings().stream()
                .map(w -> new Warning("forecast-fan-range-left-out", "fan", w)).toList();
        List<String> fields = new ArrayList<>();
        for (int j = 0; j < rates.size(); j++) {
            fields.add(rates.field(j));
        }
        if (rates.size() == 0) {
            return failed(point, seed, fields, "no range on a forecast rate applies: " + String.join(" ",
                    rates.warnings()), List.of());
        }
        Project[] drawn = new Project[n];
        boolean[] atBase = new boolean[n];
        for (int i = 0; i < n; i++) {
            String problem = draw(p, rates, i, drawn, atBase);
            if (problem != null) {
                return failed(point, seed, fields, problem, notes);
            }
        }
        Months months = new Months(p, point, n);
        for (int m = 1; m <= point.months(); m++) {
            if (stop.getAsBoolean()) {
                return null;
            }
            String problem = months.price(m, drawn, atBase);
            if (problem != null) {
                return failed(point, seed, fields, problem, notes);
            }
        }
        return months.report(new FanInfo(n, seed, fields, null), notes);
    }

    /** Builds draw i's project into {@code drawn[i]}; a sentence naming the ranged rate when the draw breaks a rule. */
    private static String draw(Project p, RangeDraws rates, int i, Project[] drawn, boolean[] atBase) {
        Project q = p;
        boolean base = true;
        StringBuilder values = new StringBuilder();
        for (int j = 0; j < rates.size(); j++) {
            double v = rates.draw(j, i);
            base &= v == rates.base(j);
            values.append(j == 0 ? "" : ", ").append(rates.field(j)).append(" = ").append(Forecast.percent(v));
            try {
                q = Fields.with(q, rates.path(j), v);
            } catch (InvalidInputException e) {
                return "draw " + (i + 1) + " of " + rates.field(j) + " (" + Forecast.percent(v) + ") is refused: "
                        + e.getMessage();
            }
        }
        try {
            q.forecast().checkVolumes(q.workloads());
        } catch (InvalidInputException e) {
            return "the range on " + rangedGrowth(rates) + " is too wide for " + q.forecast().months()
                    + " months: draw " + (i + 1) + " (" + values + ") fails: " + e.getMessage()
                    + " (narrow the range, or lower the months)";
        }
        drawn[i] = q;
        atBase[i] = base;
        return null;
    }

    /** The ranged volume growth's field, or every ranged field when it is not ranged. */
    private static String rangedGrowth(RangeDraws rates) {
        List<String> all = new ArrayList<>();
        for (int j = 0; j < rates.size(); j++) {
            if (rates.field(j).equals(PREFIX + "volumeGrowthPerMonth")) {
                return rates.field(j);
            }
            all.add(rates.field(j));
        }
        return String.join(", ", all);
    }

    private static ForecastReport failed(ForecastReport point, long seed, List<String> fields, String problem,
                                         List<Warning> notes) {
        return point.withFan(new FanInfo(0, seed, fields, "The fan cannot be drawn: " + problem), point.results(),
                point.plans(), point.bill(), notes);
    }

    /** Each month's numbers over the draws and their bands. */
    private static final class Months {
        private final ForecastReport point;
        private final int n;
        private final int results;
        private final int stacksPerWorkload;
        private final int plans;
        private final boolean bill;
        private final DrawCosts fast;
        /** out[k][i]: number k of the month in draw i: each result's CP1Ki and monthly cost, each plan's margin, the bill */
        private final double[][] out;
        private final Band[][] cp1ki;
        private final Band[][] monthly;
        private final Band[][] margin;
        private final Band[] billBand;

        Months(Project p, ForecastReport point, int n) {
            this.point = point;
            this.n = n;
            results = point.results().size();
            int workloads = p.workloads().size();
            stacksPerWorkload = workloads == 0 ? 0 : results / workloads;
            plans = point.plans().size();
            bill = !point.bill().isEmpty();
            fast = DrawCosts.costsOnly(p);
            out = new double[2 * results + plans + (bill ? 1 : 0)][n];
            int months = point.months();
            cp1ki = new Band[results][months];
            monthly = new Band[results][months];
            margin = new Band[plans][months];
            billBand = new Band[months];
        }

        /** Prices month m of every draw and keeps its bands; a sentence when a month's project is refused. */
        String price(int m, Project[] drawn, boolean[] atBase) {
            for (int i = 0; i < n; i++) {
                try {
                    if (atBase[i]) {
                        fromPoint(m, i);
                    } else {
                        read(fast.costs(Projection.month(drawn[i], m)), i);
                    }
                } catch (InvalidInputException e) {
                    return String.format(Locale.ROOT, "month %d of draw %d: %s", m, i + 1, e.getMessage());
                }
            }
            int k = 0;
            for (int r = 0; r < results; r++) {
                cp1ki[r][m - 1] = band(out[k++]);
                monthly[r][m - 1] = band(out[k++]);
            }
            for (int q = 0; q < plans; q++) {
                margin[q][m - 1] = band(out[k++]);
            }
            if (bill) {
                billBand[m - 1] = band(out[k]);
            }
            return null;
        }

        private void fromPoint(int m, int i) {
            int k = 0;
            for (ResultSeries r : point.results()) {
                ResultMonth x = r.months().get(m - 1);
                out[k++][i] = x.cp1ki();
                out[k++][i] = x.monthlyCost();
            }
            for (PlanSeries q : point.plans()) {
                out[k++][i] = q.months().get(m - 1).meanMarginPerUser();
            }
            if (bill) {
                out[k][i] = point.bill().get(m - 1).total();
            }
        }

        /** Result r is workload r / s on its (r mod s)-th enabled stack, as the report orders them. */
        private void read(DrawCosts.Numbers x, int i) {
            int k = 0;
            for (int r = 0; r < results; r++) {
                out[k++][i] = x.cp1ki(r / stacksPerWorkload, r % stacksPerWorkload);
                out[k++][i] = x.monthlyCost(r / stacksPerWorkload, r % stacksPerWorkload);
            }
            for (int q = 0; q < plans; q++) {
                out[k++][i] = x.marginPerUser(q);
            }
            if (bill) {
                out[k][i] = x.bill();
            }
        }

        private static Band band(double[] values) {
            double[] v = values.clone();
            Arrays.sort(v);
            return new Band(Stats.percentile(v, 0.10), Stats.percentile(v, 0.90));
        }

        ForecastReport report(FanInfo info, List<Warning> notes) {
            List<ResultSeries> rs = new ArrayList<>();
            for (int r = 0; r < results; r++) {
                ResultSeries s = point.results().get(r);
                List<ResultMonth> ms = new ArrayList<>();
                for (ResultMonth x : s.months()) {
                    ms.add(new ResultMonth(x.month(), x.cp1ki(), x.monthlyCost(), x.instances(), x.priceFactor(),
                            x.reservedFactor(), cp1ki[r][x.month() - 1], monthly[r][x.month() - 1]));
                }
                rs.add(new ResultSeries(s.workload(), s.stack(), s.kind(), ms));
            }
            List<PlanSeries> ps = new ArrayList<>();
            for (int q = 0; q < plans; q++) {
                PlanSeries s = point.plans().get(q);
                List<PlanMonth> ms = new ArrayList<>();
                for (PlanMonth x : s.months()) {
                    ms.add(new PlanMonth(x.month(), x.costPerInference(), x.meanMarginPerUser(), x.marginAtMedian(),
                            x.grossMarginPct(), x.unprofitableShare(), margin[q][x.month() - 1]));
                }
                ps.add(new PlanSeries(s.plan(), ms));
            }
            List<BillMonth> bs = new ArrayList<>();
            for (BillMonth x : point.bill()) {
                bs.add(new BillMonth(x.month(), x.total(), x.stacks(), billBand[x.month() - 1]));
            }
            return point.withFan(info, rs, ps, bs, notes);
        }
    }
}
