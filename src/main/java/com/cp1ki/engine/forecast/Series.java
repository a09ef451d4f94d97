package com.cp1ki.engine.forecast;

import com.cp1ki.engine.Fmt;
import com.cp1ki.engine.model.Forecast;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.RateKind;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Crossover;
import com.cp1ki.engine.report.ForecastReport;
import com.cp1ki.engine.report.ForecastReport.BillMonth;
import com.cp1ki.engine.report.ForecastReport.Change;
import com.cp1ki.engine.report.ForecastReport.CheapestSeries;
import com.cp1ki.engine.report.ForecastReport.CrossoverMonth;
import com.cp1ki.engine.report.ForecastReport.CrossoverSeries;
import com.cp1ki.engine.report.ForecastReport.PlanMonth;
import com.cp1ki.engine.report.ForecastReport.PlanSeries;
import com.cp1ki.engine.report.ForecastReport.ResultMonth;
import com.cp1ki.engine.report.ForecastReport.ResultSeries;
import com.cp1ki.engine.report.ForecastReport.StackAmount;
import com.cp1ki.engine.report.ForecastReport.VolumeSeries;
import com.cp1ki.engine.report.PlanResult;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackBill;
import com.cp1ki.engine.report.StackResult;
import com.cp1ki.engine.report.Warning;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Collects each month's engine report into the forecast's series, in project order. */
final class Series {
    private final Project project;
    private final int months;
    private final Map<String, List<Double>> volumes = new LinkedHashMap<>();
    private final Map<String, List<Double>> tokens = new LinkedHashMap<>();
    private final Map<String, Pair> results = new LinkedHashMap<>();
    private final Map<String, List<String>> cheapest = new LinkedHashMap<>();
    private final Map<String, Cross> crossovers = new LinkedHashMap<>();
    private final Map<String, List<PlanMonth>> plans = new LinkedHashMap<>();
    private final List<BillMonth> bill = new ArrayList<>();
    private final Set<String> seenWarnings = new HashSet<>();
    private final List<Warning> engineWarnings = new ArrayList<>();
    private final List<Warning> beyondRange = new ArrayList<>();
    /** Workloads outside the crossover range already (today, or warned about). */
    private final Set<String> outside = new HashSet<>();

    private record Pair(String workload, String stack, String kind, List<ResultMonth> months) {
    }

    private record Cross(String workload, String a, String b, List<CrossoverMonth> months) {
    }

    Series(Project project, int months) {
        this.project = project;
        this.months = months;
    }

    void add(int m, Project pm, Report r) {
        Forecast f = project.forecast();
        for (Workload w : pm.workloads()) {
            volumes.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(w.inferencesPerDay());
            tokens.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(f.tokenFactor(m));
            boolean out = w.inferencesPerDay() > pm.settings().volumeMax() || w.inferencesPerDay() < pm.settings().volumeMin();
            // a volume outside the range today is the report's business; warn when growth takes it out
            if (out && outside.add(w.name()) && m > 1) {
                beyondRange.add(new Warning("forecast-beyond-range", w.name(), "From month " + m + ", workload "
                        + w.name() + " (" + Fmt.count(w.inferencesPerDay()) + " inferences/day) is outside the crossover "
                        + "volume range (" + Fmt.count(pm.settings().volumeMin()) + " to "
                        + Fmt.count(pm.settings().volumeMax()) + "); widen it in the settings to see its crossovers there."));
            }
        }
        Map<String, StackResult> best = new LinkedHashMap<>();
        for (StackResult s : r.results()) {
            Stack st = project.stack(s.stack()).orElseThrow();
            Double reserved = "gpu".equals(s.kind()) ? reservedFactor(f, st, m) : null;
            results.computeIfAbsent(s.workload() + "\u0000" + s.stack(),
                    k -> new Pair(s.workload(), s.stack(), s.kind(), new ArrayList<>())).months()
                    .add(new ResultMonth(m, s.cp1ki(), s.monthlyCost(), s.instances(), Projection.priceFactor(f, st, m),
                            reserved, null, null));
            StackResult b = best.get(s.workload());
            if (b == null || s.monthlyCost() < b.monthlyCost()) {
                best.put(s.workload(), s);
            }
        }
        for (Workload w : pm.workloads()) {
            StackResult b = best.get(w.name());
            // a workload no enabled stack serves has no cheapest stack in any month (the stacks do not change)
            if (b != null) {
                cheapest.computeIfAbsent(w.name(), k -> new ArrayList<>()).add(b.stack());
            }
        }
        for (Crossover c : r.crossovers()) {
            if (!c.withOps()) {
                continue;
            }
            crossovers.computeIfAbsent(c.workload() + "\u0000" + c.a() + "\u0000" + c.b(),
                    k -> new Cross(c.workload(), c.a(), c.b(), new ArrayList<>())).months()
                    .add(new CrossoverMonth(m, c.stableAbove(), c.cheaperAbove(), c.cheaperBelow(), c.crossingCount()));
        }
        for (PlanResult p : r.plans()) {
            plans.computeIfAbsent(p.plan(), k -> new ArrayList<>()).add(new PlanMonth(m, p.costPerInference(),
                    p.meanMarginPerUser(), p.marginAtMedian(), p.grossMarginPct(), p.unprofitableShare(), null));
        }
        if (!r.portfolio().isEmpty()) {
            List<StackAmount> amounts = new ArrayList<>();
            for (StackBill b : r.portfolio().stacks()) {
                amounts.add(new StackAmount(b.stack(), b.monthlyCost()));
            }
            bill.add(new BillMonth(m, r.portfolio().total(), amounts, null));
        }
        for (Warning w : r.warnings()) {
            if (seenWarnings.add(w.code() + "\u0000" + w.subject())) {
                engineWarnings.add(m == 1 ? w : new Warning(w.code(), w.subject(), "From month " + m + ": " + w.message()));
            }
        }
    }

    /** The reserved-rate factor a pair's fleet is shown with: its reserved term's (the N_r term, or the chosen rate's). */
    private static double reservedFactor(Forecast f, Stack st, int m) {
        SelfHostedGpu g = (SelfHostedGpu) st.serving();
        int term = g.rate() == RateKind.RESERVED_3Y || (g.reservedInstances() > 0 && g.reservedTerm() == RateKind.RESERVED_3Y)
                ? Projection.THREE_YEARS : Projection.ONE_YEAR;
        return f.reservedFactor(st, term, m);
    }

    List<Warning> beyondRange() {
        return beyondRange;
    }

    List<Warning> engineWarnings() {
        return engineWarnings;
    }

    ForecastReport report(Forecast f, List<Warning> warnings) {
        List<VolumeSeries> vs = new ArrayList<>();
        for (var e : volumes.entrySet()) {
            vs.add(new VolumeSeries(e.getKey(), e.getValue(), tokens.get(e.getKey())));
        }
        List<ResultSeries> rs = new ArrayList<>();
        for (Pair p : results.values()) {
            rs.add(new ResultSeries(p.workload(), p.stack(), p.kind(), p.months()));
        }
        List<CheapestSeries> cs = new ArrayList<>();
        for (var e : cheapest.entrySet()) {
            List<Change> changes = new ArrayList<>();
            List<String> s = e.getValue();
            for (int i = 1; i < s.size(); i++) {
                if (!s.get(i).equals(s.get(i - 1))) {
                    changes.add(new Change(i + 1, s.get(i - 1), s.get(i)));
                }
            }
            cs.add(new CheapestSeries(e.getKey(), s, changes));
        }
        List<CrossoverSeries> xs = new ArrayList<>();
        for (Cross c : crossovers.values()) {
            xs.add(new CrossoverSeries(c.workload(), c.a(), c.b(), c.months()));
        }
        List<PlanSeries> ps = new ArrayList<>();
        for (var e : plans.entrySet()) {
            ps.add(new PlanSeries(e.getKey(), e.getValue()));
        }
        return new ForecastReport(f, months, vs, rs, cs, xs, ps, bill, null, warnings, null);
    }
}
