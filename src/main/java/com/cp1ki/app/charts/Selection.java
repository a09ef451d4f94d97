package com.cp1ki.app.charts;

import com.cp1ki.engine.report.Explanation;

import java.util.List;

/**
 * What the user picked on a chart, and how it was computed: the engine's explanations (formula and
 * inputs plugged in) plus any facts the chart adds (e.g. both costs at a crossover).
 */
public record Selection(String title, List<String> facts, List<Explanation> explanations) {

    public Selection {
        facts = List.copyOf(facts);
        explanations = List.copyOf(explanations);
    }
}
