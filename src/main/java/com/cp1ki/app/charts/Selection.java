package com.cp1ki.app.charts;

import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.model.Settings;
import com.cp1ki.engine.report.Explanation;
import com.cp1ki.engine.report.Report;
import com.cp1ki.engine.report.StackResult;

import java.util.List;
import java.util.function.BiFunction;

/**
 * What the user picked on a chart, and how it was computed: the engine's explanations (formula and
 * inputs plugged in) plus any facts the chart adds (e.g. both costs at a crossover).
 *
 * @param heading  what the number is ("CP1Ki of Claude Haiku 3.5")
 * @param context  what it is for ("serving document_summariser"), or null; shown on its own line
 *                 under the heading, so a long workload name is not cut mid-word by the heading's wrap
 * @param source   how to find the same item in a later report, or null when it cannot be found again
 *                 (then the panel clears on the next report rather than show a stale number)
 */
public record Selection(String heading, String context, List<String> facts, List<Explanation> explanations,
                        Source source) {

    /** The same picked item in another report: its selection there, or null when the item is gone. */
    @FunctionalInterface
    public interface Source {
        Selection in(Project project, Report report);
    }

    public Selection {
        facts = List.copyOf(facts);
        explanations = List.copyOf(explanations);
    }

    public Selection(String heading, String context, List<String> facts, List<Explanation> explanations) {
        this(heading, context, facts, explanations, null);
    }

    public Selection(String heading, List<String> facts, List<Explanation> explanations) {
        this(heading, null, facts, explanations);
    }

    /** A selection of a stack serving a workload: the context reads "serving WORKLOAD". */
    static Selection serving(String heading, String workload, List<String> facts, List<Explanation> explanations) {
        return new Selection(heading, "serving " + workload, facts, explanations);
    }

    /** This selection, able to find itself again in later reports through {@code s}. */
    public Selection from(Source s) {
        return new Selection(heading, context, facts, explanations, s);
    }

    /**
     * A source for the result of {@code stack} serving {@code workload}: {@code explain} turns the
     * result of each report (with the project's settings) into what the panel shows; null when gone.
     */
    static Source ofResult(String workload, String stack, BiFunction<StackResult, Settings, Selection> explain) {
        return (p, r) -> r.results().stream()
                .filter(x -> x.workload().equals(workload) && x.stack().equals(stack)).findFirst()
                .map(x -> explain.apply(x, p.settings())).orElse(null);
    }

    /** Heading and context on one line, as a tooltip or a test reads it. */
    public String title() {
        return context == null ? heading : heading + " " + context;
    }
}
