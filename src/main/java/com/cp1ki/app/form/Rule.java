package com.cp1ki.app.form;

/**
 * What a number field accepts, with the message a user sees when a value breaks it. Values are
 * checked as shown (a percentage as 0..100), before they reach the engine's own invariants.
 */
public enum Rule {
    ANY("", v -> true),
    NON_NEGATIVE("must be ≥ 0", v -> v >= 0),
    POSITIVE("must be > 0", v -> v > 0),
    AT_LEAST_ONE("must be ≥ 1", v -> v >= 1),
    WHOLE("must be a whole number ≥ 0", v -> v >= 0 && v == Math.rint(v)),
    WHOLE_POSITIVE("must be a whole number > 0", v -> v > 0 && v == Math.rint(v)),
    PERCENT("must be between 0 and 100 %", v -> v >= 0 && v <= 100),
    PERCENT_BELOW_100("must be ≥ 0 and below 100 %", v -> v >= 0 && v < 100),
    PERCENT_ABOVE_0("must be above 0 and at most 100 %", v -> v > 0 && v <= 100),
    PERCENT_OPEN("must be above 0 and below 100 %", v -> v > 0 && v < 100),
    /** A Monte Carlo's draws: beyond a million a percentile moves by less than its display rounding. */
    DRAWS("must be a whole number from 1 to 1,000,000", v -> v >= 1 && v <= 1_000_000 && v == Math.rint(v));

    private final String message;
    private final java.util.function.DoublePredicate test;

    Rule(String message, java.util.function.DoublePredicate test) {
        this.message = message;
        this.test = test;
    }

    public boolean accepts(double v) {
        return test.test(v);
    }

    /** "Input price must be ≥ 0". */
    public String message(String label) {
        return label + " " + message;
    }
}
