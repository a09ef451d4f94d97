package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.Uncertainty;

/**
 * How sure a project's numbers are (docs/cost-model.md, "Uncertainty"): the tornado of each
 * output and the Monte Carlo simulation over the project's ranges. The one public entry point of
 * {@code engine.uncertainty} beside the sampling ({@link SeededDraws}) that the forecast reuses.
 */
public final class UncertaintyEngine {
    private UncertaintyEngine() {
    }

    /** The ranges with a renamed item's name replaced in their field paths (an edit renamed it). */
    public static Uncertainty renamed(Uncertainty u, String list, String from, String to) {
        return u.withFields(f -> FieldPath.parse(f).renamed(list, from, to).toString());
    }
}
