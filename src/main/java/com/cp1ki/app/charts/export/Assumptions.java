package com.cp1ki.app.charts.export;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.charts.ChartKind;
import com.cp1ki.app.charts.ChartOptions;
import com.cp1ki.engine.model.ManagedApi;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.SelfHostedGpu;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.model.Stack;
import com.cp1ki.engine.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The title and the footer lines an exported chart carries so it stands alone in a deck: the
 * project, the volume(s), the prices and their as-of dates, the FX rate and its date. Plain text,
 * no toolkit.
 */
public final class Assumptions {

    private Assumptions() {
    }

    /** The footer lines, most important first. */
    public static List<String> footer(ChartKind kind, Project project, ChartOptions o) {
        Settings s = project.settings();
        List<String> lines = new ArrayList<>();
        List<Workload> shown = kind.scope() == ChartKind.Scope.WORKLOAD || kind.scope() == ChartKind.Scope.STACK
                ? project.workload(workload(project, o)).stream().toList() : project.workloads();
        List<String> volumes = shown.stream()
                .map(w -> w.name() + " at " + ChartFormat.count(w.inferencesPerDay()) + " inferences/day").toList();
        lines.add("Project " + project.name() + (volumes.isEmpty() ? "" : "; " + String.join(", ", volumes))
                + "; a month is " + num(s.daysPerMonth()) + " days, " + num(s.hoursPerMonth()) + " hours"
                + (kind == ChartKind.CROSSOVER ? "; monthly costs " + (o.withOps() ? "include" : "leave out")
                + " ops overhead" : ""));
        List<String> prices = new ArrayList<>();
        for (Stack st : project.stacks()) {
            if (st.enabled()) {
                prices.add(price(st));
            }
        }
        if (!prices.isEmpty()) {
            lines.add("Prices: " + String.join("; ", prices));
        }
        lines.add(currency(s));
        return lines;
    }

    static String price(Stack st) {
        if (st.serving() instanceof ManagedApi a) {
            String when = a.pricesAsOf() != null ? "as of " + a.pricesAsOf() : "typed, no as-of date";
            String src = a.priceSource() != null ? ", " + shorten(a.priceSource(), 48) : "";
            return st.name() + " $" + num(a.inputPrice()) + " in / $" + num(a.outputPrice()) + " out per 1M tokens ("
                    + when + src + ")";
        }
        SelfHostedGpu g = (SelfHostedGpu) st.serving();
        String on = st.name().contains(g.instanceType()) ? "" : " on " + g.instanceType();
        return st.name() + on + " at $" + num(g.chosenRate()) + "/h " + g.rate().label();
    }

    static String currency(Settings s) {
        if ("USD".equals(s.currency()) && s.fxRate() == 1.0) {
            return "Money in USD. Made with CP1Ki Workbench.";
        }
        String date = s.fxDate() != null ? " on " + s.fxDate() : " (no date given)";
        String src = s.fxSource() != null ? ", " + shorten(s.fxSource(), 60) : "";
        return "Money in " + s.currency() + " at " + num(s.fxRate()) + " " + s.currency() + " per USD" + date + src
                + ". Made with CP1Ki Workbench.";
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).trim() + "…";
    }

    private static String workload(Project project, ChartOptions o) {
        if (o.workload() != null && project.workload(o.workload()).isPresent()) {
            return o.workload();
        }
        return project.workloads().isEmpty() ? "(no workload)" : project.workloads().get(0).name();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v)
                : ChartFormat.plain(v);
    }
}
