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
