package com.cp1ki.app.results;

/**
 * A number as the results table shows it: its text, and the value it sorts by, so that "97.53"
 * sorts before "414.83" whatever the text. An absent value ("–", e.g. the fleet size of an API
 * stack) sorts below every number.
 *
 * @param text  what the cell shows
 * @param value what it sorts by; NaN when absent
 */
public record Figure(String text, double value) implements Comparable<Figure> {

    /** An absent number, shown as "–". */
    public static final Figure NONE = new Figure("–", Double.NaN);

    @Override
    public int compareTo(Figure o) {
        return Double.compare(key(), o.key());
    }

    private double key() {
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    /** The text, so a row reads as the table shows it. */
    @Override
    public String toString() {
        return text;
    }
}
