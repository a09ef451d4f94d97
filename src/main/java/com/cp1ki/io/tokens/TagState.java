package com.cp1ki.io.tokens;

import com.cp1ki.engine.dist.ExactRows;
import com.cp1ki.engine.model.TokenDistribution;

/**
 * The rows of one tag value in one worker: the first rows exactly (so a small log keeps exact
 * percentiles, as {@link TokenDistribution} does up to {@link TokenDistribution#MAX_EXACT_ROWS}
 * rows), then binned cells in a {@link CellTable}.
 */
final class TagState {
    final String name;
    long rows;
    double weight;
    /** The rows themselves while they fit; null once they were moved into the cells. */
    private ExactRows exact = new ExactRows(TokenDistribution.MAX_EXACT_ROWS);
    private final CellTable cells = new CellTable();

    TagState(String name) {
        this.name = name;
    }

    int exactCount() {
        return exact == null ? 0 : exact.size();
    }

    /** Adds a row; {@code keepExact} is false when the worker's budget of exact rows is spent. */
    void add(long in, long out, double w, boolean keepExact) {
        rows++;
        weight += w;
        if (exact != null) {
            if (keepExact && exact.add(in, out, w)) {
                return;
            }
            dropExact();
        }
        cells.add(in, out, w);
    }

    /** Moves the exact rows into the cells; returns how many there were. */
    int dropExact() {
        if (exact == null) {
            return 0;
        }
        ExactRows e = exact;
        exact = null;
        for (int k = 0; k < e.size(); k++) {
            cells.add(e.input(k), e.output(k), e.weight(k));
        }
        return e.size();
    }

    /** Adds everything {@code o} holds (o is not changed). */
    void merge(TagState o) {
        rows += o.rows;
        weight += o.weight;
        if (exact != null && o.exact != null && exact.addAll(o.exact)) {
            return;
        }
        dropExact();
        if (o.exact != null) {
            for (int k = 0; k < o.exact.size(); k++) {
                cells.add(o.exact.input(k), o.exact.output(k), o.exact.weight(k));
            }
        }
        cells.merge(o.cells);
    }

    boolean isEmpty() {
        return rows == 0;
    }

    TokenDistribution build() {
        if (exact != null) {
            TokenDistribution.Builder b = new TokenDistribution.Builder();
            for (int k = 0; k < exact.size(); k++) {
                b.add(exact.input(k), exact.output(k), exact.weight(k));
            }
            return b.build();
        }
        return cells.build();
    }
}
