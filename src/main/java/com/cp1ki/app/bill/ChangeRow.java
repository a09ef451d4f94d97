package com.cp1ki.app.bill;

/**
 * One line of a move's before/after, formatted in the display currency.
 *
 * @param name     a feature, or "stack NAME"
 * @param before   monthly cost before ("" when absent)
 * @param after    monthly cost after
 * @param change   after - before, signed
 * @param cp1ki    for a feature: "$2.48 → $2.31 (−$0.17)"; "" for a stack
 */
public record ChangeRow(String name, String before, String after, String change, String cp1ki) {
}
