package com.cp1ki.cli;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Range;
import com.cp1ki.engine.uncertainty.Contribution;
import com.cp1ki.engine.uncertainty.Output;
import com.cp1ki.engine.uncertainty.Simulation;
import com.cp1ki.engine.uncertainty.Stats;
import com.cp1ki.io.export.Markdown;

import java.io.IOException;
import java.io.Writer;

/**
 * {@code cp1ki simulate} for people: the ranges drawn, then per kind of output a table of the
 * point value and P5 to P95, each headed by "n = 10,000, seed = 42", and the chance each stack is
 * the cheapest. Money in USD with the display currency beside it, as the report.
 */
final class SimulationMarkdown {
    private static final String NL = System.lineSeparator();

    private SimulationMarkdown() {
    }

    static void write(Project p, Simulation s, Writer w) throws IOException {
        Amounts a = new Amounts(p.settings());
        w.write("# Monte Carlo: " + Markdown.text(p.name()) + NL + NL);
        w.write(s.stamp() + ". Each draw sets every ranged input at random and recomputes the report." + NL + NL);
        if (s.inputs().isEmpty()) {
            w.write("No input has a range, so every draw is the point report." + NL + NL);
        } else {
            w.write("| ranged input | kind | low | high | in the project |" + NL + "|---|---|---:|---:|---:|" + NL);
            for (Simulation.Input in : s.inputs()) {
                Range r = in.range();
                String kind = r.kind().label() + (r.mode() == null ? "" : " (mode " + Amounts.count(r.mode()) + ")");
                w.write("| " + Markdown.text(in.field()) + " | " + kind + " | " + Amounts.count(r.low()) + " | "
                        + Amounts.count(r.high()) + " | " + Amounts.count(in.base()) + " |" + NL);
            }
            w.write(NL);
        }
        for (Output.Kind k : Output.Kind.values()) {
            if (s.outputs().stream().noneMatch(r -> r.output().kind() == k)) {
                continue;
            }
            w.write("## " + title(k) + " (" + s.stamp() + ")" + NL + NL);
            w.write("| output | point | P5 | P10 | P50 | P90 | P95 | mean |" + (k == Output.Kind.CROSSOVER
                    ? " draws with a crossover |" : "") + " largest driver |" + NL);
            w.write("|---|---:|---:|---:|---:|---:|---:|---:|" + (k == Output.Kind.CROSSOVER ? "---:|" : "") + "---|" + NL);
            for (Simulation.Result r : s.outputs()) {
                if (r.output().kind() != k) {
                    continue;
                }
                Stats st = r.stats();
                StringBuilder b = new StringBuilder("| " + Markdown.text(r.output().label()));
                for (double v : new double[]{r.base(), st.p5(), st.p10(), st.p50(), st.p90(), st.p95(), st.mean()}) {
                    b.append(" | ").append(value(a, k, v));
                }
                if (k == Output.Kind.CROSSOVER) {
                    b.append(" | ").append(Amounts.percent(st.definedShare(s.draws())));
                }
                Contribution top = r.contributions().isEmpty() ? null : r.contributions().get(0);
                b.append(" | ").append(top == null ? "—" : Markdown.text(top.field()) + " ("
                        + Amounts.percent(top.share()) + ")").append(" |");
                w.write(b + NL);
            }
            w.write(NL);
        }
        if (!s.cheapest().isEmpty()) {
            w.write("## Chance of being the cheapest at the current volume (" + s.stamp() + ")" + NL + NL);
            w.write("| workload | stack | chance |" + NL + "|---|---|---:|" + NL);
            for (Simulation.Cheapest c : s.cheapest()) {
                for (int i = 0; i < c.stacks().size(); i++) {
                    w.write("| " + Markdown.text(c.workload()) + " | " + Markdown.text(c.stacks().get(i)) + " | "
                            + Amounts.percent(c.shares().get(i)) + " |" + NL);
                }
            }
            w.write(NL);
        }
        for (String x : s.warnings()) {
            w.write("- " + Markdown.text(x) + NL);
        }
    }

    private static String title(Output.Kind k) {
        return switch (k) {
            case CP1KI -> "CP1Ki (cost per 1,000 inferences)";
            case MONTHLY -> "Monthly cost of each workload on each stack";
            case ROI -> "ROI multiple";
            case CROSSOVER -> "Crossover volume (inferences/day, with ops)";
            case MARGIN -> "Plan margin per user a month";
            case UNPROFITABLE -> "Share of a plan's users who are unprofitable";
            case BILL -> "Monthly bill";
        };
    }

    private static String value(Amounts a, Output.Kind k, double v) {
        if (!Double.isFinite(v)) {
            return "none";
        }
        return switch (k) {
            case CP1KI -> a.perInference(v);
            case MONTHLY, MARGIN, BILL -> a.money(v);
            case ROI -> Amounts.ratio(v) + "x";
            case CROSSOVER -> Amounts.volume(v);
            case UNPROFITABLE -> Amounts.percent(v);
        };
    }
}
