package com.cp1ki.app.uncertainty;

import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.uncertainty.Contribution;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;

import java.util.ArrayList;
import java.util.List;

/** The uncertainty tables' rows, formatted from a simulation; nothing here computes a statistic. */
public final class Rows {
    private Rows() {
    }

    /** Percentiles of one output, as shown. */
    public record Percentiles(String key, String output, String of, String workload, String base, String p5, String p10, String p50,
                       String p90, String p95, String mean, String driver) {
    }

    /** How often one stack is the cheapest for one workload. */
    public record Cheapest(String workload, String stack, String chance) {
    }

    /** One input's share of an output's spread. */
    public record Driver(String field, String input, String rho, String share) {
    }

    static List<Percentiles> percentiles(Simulation s, Settings settings) {
        Amounts a = new Amounts(settings);
        List<Percentiles> out = new ArrayList<>();
        for (Simulation.Result r : s.outputs()) {
            var k = r.output().kind();
            Stats st = r.stats();
            Contribution top = r.contributions().isEmpty() ? null : r.contributions().get(0);
            out.add(new Percentiles(r.output().key(), what(k), of(r.output()), r.output().workload() == null ? ""
                    : r.output().workload(), a.text(k, r.base()),
                    a.text(k, st.p5()), a.text(k, st.p10()), a.text(k, st.p50()), a.text(k, st.p90()),
                    a.text(k, st.p95()), a.text(k, st.mean()), top == null ? "—"
                    : InputNames.readable(top.field()) + " (" + com.cp1ki.app.charts.ChartFormat.percent(top.share()) + ")"));
        }
        return out;
    }

    /** The output's measure in a word or two, its unit implied by the values ("$", "x", "/day", "%"). */
    static String what(com.cp1ki.engine.uncertainty.Output.Kind k) {
        return switch (k) {
            case CP1KI -> "CP1Ki";
            case MONTHLY -> "monthly cost";
            case ROI -> "ROI multiple";
            case CROSSOVER -> "crossover";
            case MARGIN -> "margin per user";
            case UNPROFITABLE -> "unprofitable users";
            case BILL -> "monthly bill";
        };
    }

    /** The stack, the pair of stacks or the plan an output is of. */
    static String of(com.cp1ki.engine.uncertainty.Output o) {
        if (o.other() != null) {
            return o.stack() + " / " + o.other();
        }
        return o.stack() != null ? o.stack() : o.plan() != null ? "plan " + o.plan() : "the product";
    }

    static List<Cheapest> cheapest(Simulation s) {
        List<Cheapest> out = new ArrayList<>();
        for (Simulation.Cheapest c : s.cheapest()) {
            for (int i = 0; i < c.stacks().size(); i++) {
                double share = c.shares().get(i);
                out.add(new Cheapest(c.workload(), c.stacks().get(i), Double.isNaN(share) ? "none"
                        : com.cp1ki.app.charts.ChartFormat.percent(share)));
            }
        }
        return out;
    }

    static List<Driver> drivers(Simulation.Result r) {
        List<Driver> out = new ArrayList<>();
        for (Contribution c : r.contributions()) {
            out.add(new Driver(c.field(), InputNames.readable(c.field()),
                    String.format(java.util.Locale.ROOT, "%+.2f", c.rho()),
                    com.cp1ki.app.charts.ChartFormat.percent(c.share())));
        }
        return out;
    }
}
