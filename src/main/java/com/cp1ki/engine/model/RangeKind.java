package com.cp1ki.engine.model;

/**
 * The shape of an uncertain input between its low and high.
 *
 * <ul>
 *   <li>{@link #LOGNORMAL}: low and high are the 5th and 95th percentiles (a 90% interval, the
 *       reading Guesstimate and Squiggle give "5 to 10"); the default for positive quantities,
 *       whose errors are multiplicative. Its tails reach beyond the interval: 10% of draws fall
 *       outside it.</li>
 *   <li>{@link #TRIANGULAR}: low and high are the ends and the mode is the most likely value;
 *       nothing falls outside, so it suits bounded inputs (shares, ceilings).</li>
 *   <li>{@link #UNIFORM}: every value between the ends equally likely.</li>
 * </ul>
 */
public enum RangeKind {
    LOGNORMAL("lognormal"),
    TRIANGULAR("triangular"),
    UNIFORM("uniform");

    private final String label;

    RangeKind(String label) {
        this.label = label;
    }

    /** The word a user reads and a file stores: "lognormal", "triangular", "uniform". */
    public String label() {
        return label;
    }

    /** The kind named by {@link #label()}, or null when none is. */
    public static RangeKind ofLabel(String text) {
        for (RangeKind k : values()) {
            if (k.label.equalsIgnoreCase(text)) {
                return k;
            }
        }
        return null;
    }

    /** Whether low and high are the ends of the draws (nothing falls outside them). */
    public boolean bounded() {
        return this != LOGNORMAL;
    }
}
