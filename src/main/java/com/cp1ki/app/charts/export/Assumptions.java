package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.engine.model.LognormalUsage;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.TypedMeans;
import com.cp1ki.engine.model.UserCounts;
import com.cp1ki.engine.model.Workload;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The footer lines an exported chart carries so it stands alone in a deck: the project, the volume
 * and token profile of each workload the chart shows, the value per inference (ROI), the plan's
 * inputs (margins), the prices of the stacks it shows with their as-of dates and sources, the FX
 * rate and its date. Long sources are shortened at a word, never inside one. Plain text, no toolkit.
 */
public final class Assumptions {

    /** Sources longer than this are shortened (at a word boundary). */
    static final int SOURCE_CHARS = 80;

    private Assumptions() {
    }

    /** "Scenarios: Launch (workloads[chat].inferencesPerDay x 3); Pro at $19 (plans[Pro].priceUsd = 19)." */
    static String scenarios(Project project) {
        List<String> each = new ArrayList<>();
        for (com.cp1ki.engine.model.Scenario sc : project.scenarios()) {
            List<String> os = sc.overrides().stream().map(o -> o.field() + (o.op() == com.cp1ki.engine.model.FieldOverride.Op.SCALE
                    ? " x " + num(o.factor()) : " = " + (o.value() == null ? "not set" : o.value() instanceof Number n
                    ? num(n.doubleValue()) : o.value().toString()))).toList();
            each.add(sc.name() + " (" + (os.isEmpty() ? "no overrides" : String.join(", ", os)) + ")");
        }
        return "Scenarios against the base: " + String.join("; ", each) + ".";
    }

    /** The footer lines, most important first. */
    public static List<String> footer(ChartKind kind, Project project, Report report, ChartOptions o) {
        Settings s = project.settings();
        Plan plan = kind == ChartKind.MARGIN ? plan(project, report, o) : null;
        List<Workload> shown = workloads(kind, project, plan, o);
        List<String> lines = new ArrayList<>();
        List<String> volumes = shown.stream().map(w -> volume(w, report, s, kind == ChartKind.ROI)).toList();
        lines.add("Project " + project.name() + ". " + (volumes.isEmpty() ? "" : String.join(" ", volumes) + " ")
                + "A month is " + num(s.daysPerMonth()) + " days, " + num(s.hoursPerMonth()) + " hours"
                + (kind == ChartKind.CROSSOVER ? "; monthly costs " + (o.withOps() ? "include" : "leave out")
                + " ops overhead." : "."));
        if (plan != null) {
            lines.add(planInputs(plan, s));
        }
        if (kind == ChartKind.FORECAST && report.forecast() != null && !report.forecast().failed()) {
            // the axis title is short, so the picture says here what it projects, and what its band is
            lines.add("Forecast: " + com.cp1ki.app.charts.ForecastChart.inputs(report.forecast().inputs()) + ".");
            var fan = report.forecast().fan();
            if (fan != null && fan.drawn()) {
                lines.add(fan(project, fan));
            }
        }
        if (kind.scope() == ChartKind.Scope.SCENARIOS && !project.scenarios().isEmpty()) {
            lines.add(scenarios(project));
        }
        List<String> prices = stacks(kind, project, report, plan, o).stream().map(Assumptions::price).toList();
        if (!prices.isEmpty()) {
            lines.add("Prices: " + String.join("; ", prices) + ".");
        }
        lines.add(currency(s));
        return lines;
    }

    /**
     * "Shaded: P10 to P90 of 1,000 draws (seed 42) of the ranged forecast rates: volume growth a month
     * triangular 1% to 8% (most likely 4%); ...; every other input at its value."
     */
    static String fan(Project project, com.cp1ki.engine.report.ForecastReport.FanInfo fan) {
        List<String> each = new ArrayList<>();
        for (String field : fan.ranged()) {
            project.uncertainty().ranges().stream().filter(r -> r.field().equals(field)).findFirst().ifPresent(r -> {
                var range = r.range();
                each.add(field.substring("forecast.".length()) + " " + range.kind().label() + " "
                        + com.cp1ki.engine.model.Forecast.percent(range.low()) + " to "
                        + com.cp1ki.engine.model.Forecast.percent(range.high()) + (range.mode() == null ? ""
                        : " (most likely " + com.cp1ki.engine.model.Forecast.percent(range.mode()) + ")"));
            });
        }
        return String.format(java.util.Locale.ROOT, "Shaded: P10 to P90 of %,d draws (seed %d) of the ranged forecast"
                + " rates only: %s; every other input at its value.", fan.draws(), fan.seed(), String.join("; ", each));
    }

    /** "Document summariser: 10,000 inferences/day, 1,800 input and 400 output tokens per inference (typed means)." */
    public static String volume(Workload w, Report report, Settings s, boolean withValue) {
        StringBuilder b = new StringBuilder(ClientNames.of(w)).append(": ")
                .append(ChartFormat.count(w.inferencesPerDay())).append(" inferences/day, ").append(tokens(w, report));
        if (withValue && w.valuePerInference() != null) {
            b.append("; value per inference ").append(money(w.valuePerInference(), s));
        }
        return b.append('.').toString();
    }

    /** The token profile in words: typed means, or the distribution's request count, means and p95. */
    public static String tokens(Workload w, Report report) {
        if (w.tokens() instanceof TypedMeans) {
            return num(w.tokens().meanInput()) + " input and " + num(w.tokens().meanOutput())
                    + " output tokens per inference (typed means)";
        }
        String p95 = report.results().stream().filter(r -> r.workload().equals(w.name())).findFirst()
                .map(r -> "; p95 " + ChartFormat.count(r.input().p95()) + " in, " + ChartFormat.count(r.output().p95())
                        + " out").orElse("");
        return "tokens from a log of " + ChartFormat.count(w.tokens().totalWeight()) + " requests: mean "
                + ChartFormat.count(w.tokens().meanInput()) + " in, " + ChartFormat.count(w.tokens().meanOutput())
                + " out" + p95;
    }

    /** The plan's price, quota, overage, usage distribution, power user and serving stack. */
    public static String planInputs(Plan p, Settings s) {
        String cur = s.currency();
        StringBuilder b = new StringBuilder("Plan ").append(p.name()).append(": ")
                .append(ChartFormat.money(p.pricePerUserMonth(), cur)).append(" per user per month");
        if (p.includedInferences() == null) {
            b.append(", unlimited inferences");
        } else {
            b.append(", ").append(ChartFormat.count(p.includedInferences())).append(" inferences included, then ")
                    .append(ChartFormat.money(p.overagePer1000(), cur)).append(" per 1,000");
        }
        if (p.usage() instanceof LognormalUsage l) {
            b.append("; usage lognormal, median ").append(ChartFormat.count(l.median())).append(" and p95 ")
                    .append(ChartFormat.count(l.p95())).append(" inferences per user per month");
        } else if (p.usage() instanceof UserCounts u) {
            b.append("; usage from ").append(u.size()).append(" counted usage levels");
        }
        b.append(p.powerUserUsage() == null ? "; power user at the usage p99"
                : "; power user at " + ChartFormat.count(p.powerUserUsage()) + " inferences");
        b.append("; served by ").append(p.stack()).append(" for ")
                .append(String.join(", ", p.workloads().stream().map(ClientNames::readable).toList())).append('.');
        return b.toString();
    }

    public static String price(Stack st) {
        if (st.serving() instanceof ManagedApi a) {
            String when = a.pricesAsOf() != null ? "as of " + a.pricesAsOf() : "typed, no as-of date";
            String src = a.priceSource() != null ? ", " + shorten(a.priceSource(), SOURCE_CHARS) : "";
            return st.name() + " $" + num(a.inputPrice()) + " in / $" + num(a.outputPrice()) + " out per 1M tokens ("
                    + when + src + ")";
        }
        SelfHostedGpu g = (SelfHostedGpu) st.serving();
        String on = st.name().contains(g.instanceType()) ? "" : " on " + g.instanceType();
        return st.name() + on + " at $" + num(g.chosenRate()) + "/h " + g.rate().label();
    }

    public static String currency(Settings s) {
        if ("USD".equals(s.currency()) && s.fxRate() == 1.0) {
            return "Money in USD. Made with CP1Ki Workbench.";
        }
        String date = s.fxDate() != null ? " on " + s.fxDate() : " (no date given)";
        String src = s.fxSource() != null ? " (" + shorten(s.fxSource(), SOURCE_CHARS) + ")" : "";
        return "Money in " + s.currency() + " at " + num(s.fxRate()) + " " + s.currency() + " per USD" + date + src
                + ". Made with CP1Ki Workbench.";
    }

    /** At most {@code max} characters, cut after a whole word and marked with an ellipsis; never inside a word. */
    public static String shorten(String s, int max) {
        String t = s.strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max);
        if (cut <= 0) {
            cut = t.indexOf(' ', max);
            if (cut < 0) {
                return t;
            }
        }
        return t.substring(0, cut).replaceAll("[\\s,;:(\u2013-]+$", "") + "\u2026";
    }

    /** Display-currency money with USD beside it when they differ: "₹1.66 ($0.02)". */
    public static String money(double usd, Settings s) {
        String display = ChartFormat.money(s.toDisplay(usd), s.currency());
        return "USD".equals(s.currency()) ? display : display + " ($" + num(usd) + ")";
    }

    private static List<Workload> workloads(ChartKind kind, Project project, Plan plan, ChartOptions o) {
        if (plan != null) {
            return plan.workloads().stream().flatMap(w -> project.workload(w).stream()).toList();
        }
        return project.workload(ClientNames.workload(project, o)).stream().toList();
    }

    /** The stacks whose prices the chart depends on: the plan's, the one distribution's, or every enabled one. */
    private static List<Stack> stacks(ChartKind kind, Project project, Report report, Plan plan, ChartOptions o) {
        Set<String> names = new LinkedHashSet<>();
        if (plan != null) {
            names.add(plan.stack());
        } else if (kind == ChartKind.COST_DISTRIBUTION || kind == ChartKind.LEVERS) {
            names.add(ClientNames.stack(report, project, o));
        } else {
            String w = ClientNames.workload(project, o);
            report.results().stream().filter(r -> r.workload().equals(w)).map(StackResult::stack).forEach(names::add);
        }
        return project.stacks().stream().filter(st -> names.contains(st.name())).toList();
    }

    private static Plan plan(Project project, Report report, ChartOptions o) {
        String name = ClientNames.plan(report, o);
        return project.plans().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : ChartFormat.plain(v);
    }
}
