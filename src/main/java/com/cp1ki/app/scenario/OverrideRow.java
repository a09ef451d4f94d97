package com.cp1ki.app.scenario;

/**
 * One override of the shown scenario, as its list shows it.
 *
 * @param field   the field path
 * @param base    the field's value in the base ("—" when the base has no such field)
 * @param change  the override ("= 7.5", "x 3")
 * @param problem why it is not applied, or "" when it is
 */
public record OverrideRow(String field, String base, String change, String problem) {
}
