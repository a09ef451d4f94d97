package com.cp1ki.engine.report;

/**
 * An override of a scenario that could not be applied, so the scenario's numbers are computed
 * without it. Flagged beside the numbers (and in {@link Report#warnings()}), never dropped: the
 * override stays in the project until the user removes or fixes it.
 *
 * @param scenario the scenario's name
 * @param field    the override's field path, as written
 * @param code     {@link #MISSING} (its item was renamed or deleted, or the field does not exist on
 *                 that kind of item), {@link #UNSET} (a scale of a field that is not set),
 *                 {@link #INVALID} (the value breaks a rule of the model, e.g. a share above 1),
 *                 {@link #UNREADABLE} (the path is not a field path)
 * @param message  a sentence naming the scenario, the field and what is wrong
 */
public record OverrideProblem(String scenario, String field, String code, String message) {

    public static final String MISSING = "scenario-override-missing";
    public static final String UNSET = "scenario-override-unset";
    public static final String INVALID = "scenario-override-invalid";
    public static final String UNREADABLE = "scenario-override-unreadable";

    /** The problem as a report warning (subject: the scenario's name). */
    public Warning warning() {
        return new Warning(code, scenario, message);
    }
}
