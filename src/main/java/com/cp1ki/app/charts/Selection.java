package com.cp1ki.app.charts;

import com.cp1ki.engine.report.Explanation;

import java.util.List;

/**
 * What the user picked on a chart, and how it was computed: the engine's explanations (formula and
 * inputs plugged in) plus any facts the chart adds (e.g. both costs at a crossover).
 *
 * @param heading  what the number is ("CP1Ki of Claude Haiku 3.5")
 * @param context  what it is for ("serving document_summariser"), or null; shown on its own line
 *                 under the heading, so a long workload name is not cut mid-word by the heading's wrap
 */
public record Selection(String heading, String context, List<String> facts, List<Explanation> explanations) {

    public Selection {
        facts = List.copyOf(facts);
        explanations = List.copyOf(explanations);
    }

    public Selection(String heading, List<String> facts, List<Explanation> explanations) {
        this(heading, null, facts, explanations);
    }

    /** A selection of a stack serving a workload: the context reads "serving WORKLOAD". */
    static Selection serving(String heading, String workload, List<String> facts, List<Explanation> explanations) {
        return new Selection(heading, "serving " + workload, facts, explanations);
    }

    /** Heading and context on one line, as a tooltip or a test reads it. */
    public String title() {
        return context == null ? heading : heading + " " + context;
    }
}
