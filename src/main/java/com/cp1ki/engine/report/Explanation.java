package com.cp1ki.engine.report;

/**
 * How one number was computed, the way seed 004 writes it.
 *
 * @param quantity     e.g. "cost per inference"
 * @param formula      e.g. "(I x p_in + O x p_out) / 1,000,000"
 * @param substituted  e.g. "(1800 x 0.80 + 400 x 4.00) / 1,000,000 = $0.00304"
 * @param value        the number itself, unrounded
 * @param unit         e.g. "USD", "USD/month", "instances"
 */
public record Explanation(String quantity, String formula, String substituted, double value, String unit) {
}
