package com.cp1ki.app.uncertainty;

import com.cp1ki.app.charts.ChartFormat;
import com.cp1ki.app.charts.Selection;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.uncertainty.Contribution;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;
import com.cp1ki.engine.uncertainty.Tornado;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the explanation panel says about a clicked tornado bar (the output recomputed with the input
 * at each end, and the input's range or swing) or a clicked output's percentiles (with the stamp,
 * the drawn inputs and the drivers). Re-read from every outcome by its {@link Pick}, so it never
 * shows a number of an older run.
 */
final class Explain {
    private Explain() {
    }

    /** What was clicked: a tornado bar ({@code field} set) or an output's simulated percentiles. */
    record Pick(String output, String field) {
    }

    /** The pick as the outcome has it, or null when it is gone (or not computed yet). */
    static Selection of(Pick pick, UncertaintyRun.Outcome o) {
        if (o == null || pick == null) {
            return null;
        }
        Amounts a = new Amounts(o.project().settings());
        if (pick.field() != null) {
            return o.tornado().outputs().stream().filter(c -> c.output().key().equals(pick.output())).findFirst()
                    .flatMap(c -> c.bars().stream().filter(b -> b.field().equals(pick.field())).findFirst()
                            .map(b -> bar(o, c, b, a))).orElse(null);
        }
        return o.simulation() == null ? null
                : o.simulation().output(pick.output()).map(r -> percentiles(o, r, a)).orElse(null);
    }

    private static String on(UncertaintyRun.Outcome o) {
        return o.scenario() == null ? "on the base" : "on scenario " + o.scenario();
    }

    private static Selection bar(UncertaintyRun.Outcome o, Tornado.Chart c, Tornado.Bar b, Amounts a) {
        Output.Kind k = c.output().kind();
        List<String> facts = new ArrayList<>();
        facts.add("Input: " + InputNames.readable(b.field()) + " (" + b.field() + "), " + Amounts.input(b.base())
                + " in the project.");
        facts.add(b.ranged() ? "Moved to the ends of its range: " + range(o, b.field())
                : String.format(Locale.ROOT, "No range: moved by the project's tornado swing, %s either way.",
                ChartFormat.percent(o.tornado().swing())));
        facts.add("Input at " + Amounts.input(b.lowInput()) + ": " + a.text(k, b.atLow()) + " (the whole report recomputed).");
        facts.add("Input at " + Amounts.input(b.highInput()) + ": " + a.text(k, b.atHigh()) + ".");
        facts.add("Base (every input at its project value): " + a.text(k, c.base()) + "; swing "
                + a.text(k, Math.abs(b.atHigh() - b.atLow())) + ".");
        facts.add("Every other input stays at its project value, " + on(o) + ".");
        return new Selection(c.output().label() + ": " + InputNames.readable(b.field()), "tornado bar, " + a.unit(k),
                facts, List.of());
    }

    private static String range(UncertaintyRun.Outcome o, String field) {
        return o.project().uncertainty().range(field).map(Explain::range).orElse("(range not found)");
    }

    static String range(Range r) {
        return r.kind().label() + " " + Amounts.input(r.low()) + " to " + Amounts.input(r.high())
                + (r.mode() == null ? "" : ", most likely " + Amounts.input(r.mode()));
    }

    private static Selection percentiles(UncertaintyRun.Outcome o, Simulation.Result r, Amounts a) {
        Simulation s = o.simulation();
        Output.Kind k = r.output().kind();
        Stats st = r.stats();
        List<String> facts = new ArrayList<>();
        facts.add("P5 " + a.text(k, st.p5()) + " · P10 " + a.text(k, st.p10()) + " · P50 " + a.text(k, st.p50())
                + " · P90 " + a.text(k, st.p90()) + " · P95 " + a.text(k, st.p95()) + ".");
        facts.add("Mean " + a.text(k, st.mean()) + " (standard error " + a.text(k, st.standardError())
                + "); the point report says " + a.text(k, r.base()) + ".");
        facts.add(String.format(Locale.ROOT, "Nearest-rank percentiles of the %,d draws that gave a number (of %,d), "
                + "each draw a full report with every ranged input drawn at random, %s.", st.defined(), s.draws(), on(o)));
        for (Simulation.Input in : s.inputs()) {
            facts.add("Drawn: " + InputNames.readable(in.field()) + ", " + range(in.range()) + " (project: "
                    + Amounts.input(in.base()) + ").");
        }
        for (Contribution c : r.contributions().subList(0, Math.min(3, r.contributions().size()))) {
            facts.add("Driver: " + InputNames.readable(c.field()) + " explains " + ChartFormat.percent(c.share())
                    + " of the spread (rank correlation " + String.format(Locale.ROOT, "%+.2f", c.rho()) + ").");
        }
        if (s.inputs().isEmpty()) {
            facts.add("No input has a range: every draw is the point report.");
        }
        return new Selection(r.output().label(), s.stamp() + ", " + a.unit(k), facts, List.of());
    }
}
