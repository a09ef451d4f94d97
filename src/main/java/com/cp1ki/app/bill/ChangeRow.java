package com.cp1ki.app.bill;

/**
 * One line of a move's before/after, formatted in the display currency.
 *
 * @param name     a stack or a feature
 * @param before   monthly cost before ("" when absent)
 * @param after    monthly cost after
 * @param change   after - before, signed
 * @param cp1ki    for a feature: "CP1Ki $2.48 → $2.31 (−$0.17)"; "" for a stack
 */
public record ChangeRow(String name, String before, String after, String change, String cp1ki) {
}
