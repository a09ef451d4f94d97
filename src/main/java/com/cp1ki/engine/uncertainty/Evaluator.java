package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.CostEngine;
import com.cp1ki.engine.DrawCosts;
import com.cp1ki.engine.model.Project;
import com.cp1ki.engine.report.Report;

/**
 * The followed outputs of a project with some numbers changed (a draw, a tornado end): through the
 * engine's fast path ({@link DrawCosts}: only the numbers followed, with what does not change
 * between draws read once; stacks with levers priced by their lever runs as the report prices
 * them), or, for a project the fast path does not cover (one whose point report's crossover search
 * was cut short, see {@link DrawCosts#of}), through the full report. Both give the same numbers to rounding ({@code DrawCostsTest} holds them to 1e-9).
 * Immutable and thread-safe.
 */
final class Evaluator {
    private final Outputs outputs;
    /** null: every evaluation is a full report */
    private final DrawCosts fast;

    Evaluator(Project base, Report point, Outputs outputs) {
        this.outputs = outputs;
        this.fast = DrawCosts.of(base, point);
    }

    /** Whether evaluations take the fast path. */
    boolean fast() {
        return fast != null;
    }

    /** Writes the outputs of {@code q} into {@code row[at + k]}. */
    void read(Project q, double[] row, int at) {
        if (fast != null) {
            outputs.read(fast.of(q), row, at);
        } else {
            outputs.read(CostEngine.report(q, CostEngine.Detail.NOW), row, at);
        }
    }

    /** The outputs of {@code q} as a row. */
    double[] row(Project q) {
        return fast != null ? outputs.row(fast.of(q)) : outputs.row(CostEngine.report(q, CostEngine.Detail.NOW));
    }
}
