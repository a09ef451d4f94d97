package com.cp1ki.engine.forecast;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.InvalidInputException;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.StackForecast;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The forecast: a project projected month by month (docs/cost-model.md, "Forecast"). For each month
 * it builds that month's project ({@link Projection}) and asks the cost engine for its costs
 * ({@link CostEngine#report(Project, CostEngine.Detail)} at {@code COSTS}); every number of the
 * {@link ForecastReport} is the engine's own, none is computed here. Pure, like the engine.
 */
public final class ForecastEngine {

    private ForecastEngine() {
    }

    /**
     * The project's forecast over its {@link Forecast#months()}.
     *
     * @throws InvalidInputException naming the forecast input at fault (a growth that takes a volume out
     *                               of bounds), or the month and input a month's project fails on
     */
    public static ForecastReport forecast(Project project) {
        Forecast f = project.forecast();
        f.checkVolumes(project.workloads());
        Series series = new Series(project, f.months());
        for (int m = 1; m <= f.months(); m++) {
            Project pm = Projection.month(project, m);
            Report r;
            try {
                r = CostEngine.report(pm, CostEngine.Detail.COSTS);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field(), "month " + m + " of the forecast: " + e.getMessage());
            }
            series.add(m, pm, r);
        }
        return series.report(f, warnings(project, series));
    }

    /**
     * The report with the project's forecast attached: the forecast, or, when it cannot be computed,
     * a failed forecast that says why (the report itself stands). When nothing grows or falls every
     * month is this report ({@code ForecastFlatTest} holds the month-by-month path to that), so the
     * months are taken from it without pricing them again. {@code CostEngine.report} calls this.
     */
    public static Report withForecast(Project project, Report report) {
        try {
            return report.withForecast(project.forecast().moves() ? forecast(project) : flat(project, report));
        } catch (InvalidInputException e) {
            return report.withForecast(ForecastReport.failed(project.forecast(), e.getMessage()));
        }
    }

    /**
     * Whether the project's forecast has a fan to draw: some range of the project is on a forecast
     * rate (volume or token growth, a price or rate decline). Cheap: it looks at the ranges only.
     */
    public static boolean hasFan(Project project) {
        return Fan.ranged(project);
    }

    /** How many draws the project's fan takes: its simulation's draws, at most {@value Fan#MAX_DRAWS}. */
    public static int fanDraws(Project project) {
        return Fan.draws(project);
    }

    /**
     * The point forecast with its fan: P10-P90 bands by month of CP1Ki and monthly cost per pair,
     * each plan's mean margin per user and the bill, over draws of the ranged forecast rates at the
     * project's seed (docs/cost-model.md, "A range gives a fan"). The same project and forecast give
     * the same bands, bit for bit. Without a range on a forecast rate, or for a failed forecast, the
     * point forecast itself; a fan that cannot be drawn (a growth range that takes a volume out of
     * bounds) leaves every band null and says why in {@link ForecastReport.FanInfo#problem()}.
     *
     * @param point the project's forecast ({@link #forecast}, or the one {@link #withForecast} attached)
     */
    public static ForecastReport fan(Project project, ForecastReport point) {
        return Fan.of(project, point, () -> false);
    }

    /**
     * As {@link #fan(Project, ForecastReport)}, asking {@code stop} between months: null when it
     * answered true (the workbench's newer edit), never a partial fan.
     */
    public static ForecastReport fan(Project project, ForecastReport point, BooleanSupplier stop) {
        return Fan.of(project, point, stop);
    }

    /** The report with its forecast's fan drawn ({@link #fan(Project, ForecastReport)}); the report itself without a forecast. */
    public static Report withFan(Project project, Report report) {
        ForecastReport f = report.forecast();
        return f == null || !hasFan(project) ? report : report.withForecast(fan(project, f));
    }

    /** A forecast where nothing moves: every month is {@code report}. */
    private static ForecastReport flat(Project project, Report report) {
        Forecast f = project.forecast();
        Series series = new Series(project, f.months());
        for (int m = 1; m <= f.months(); m++) {
            series.add(m, project, report);
        }
        return series.report(f, warnings(project, series));
    }

    /** The forecast's own warnings, then each engine warning with the month it first appears. */
    private static List<Warning> warnings(Project p, Series series) {
        List<Warning> out = new ArrayList<>();
        for (StackForecast s : p.forecast().stacks()) {
            if (p.stack(s.stack()).isEmpty()) {
                out.add(new Warning("forecast-stack-missing", s.stack(), "The forecast has inputs for stack '"
                        + s.stack() + "', which the project does not have; they are ignored."));
            }
        }
        for (Stack s : p.stacks()) {
            if (s.enabled() && p.forecast().stack(s.name()).map(StackForecast::reservedMonthsLeft).isPresent()
                    && !(s.serving() instanceof SelfHostedGpu)) {
                out.add(new Warning("forecast-reserved-api", s.name(), "Stack " + s.name()
                        + " is a managed API: its reserved months left have no effect."));
            }
        }
        out.addAll(series.beyondRange());
        out.addAll(series.engineWarnings());
        return out;
    }
}
