package com.cp1ki.app.scenario;

import java.util.List;

/**
 * One row of the side-by-side table, as text: what it measures, of what, and one cell per column
 * (the base first; each scenario's cell with its change against the base).
 */
public record CompareRow(String measure, String item, List<String> cells, boolean changed) {
    public CompareRow {
        cells = List.copyOf(cells);
    }
}
