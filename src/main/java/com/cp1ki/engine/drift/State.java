package com.cp1ki.engine.drift;

/** What the drift rule says about one window of one feature. */
public enum State {
    /** No requests in the window. */
    NO_DATA("noData"),
    /** Too little history before the window (the warm-up). */
    WARM_UP("warmUp"),
    /** Not judged: too few requests, no baseline, or too many requests of unpriced models; see the reason. */
    NOT_ENOUGH_DATA("notEnoughData"),
    /** Judged: within the rule. */
    OK("ok"),
    /** Above the rule, but the extra spend is under the money floor. */
    BELOW_FLOOR("belowFloor"),
    /** Above the rule, and the window before was not: a new drift. */
    ALERT("alert"),
    /**
     * Continuing the drift alerted on an earlier window: above halfway between the baseline and the
     * limit while the drift is open. A drift closes after three judged windows in a row back under
     * that level (hysteresis, so a lasting change the baseline slowly absorbs does not alert again
     * and again).
     */
    ABOVE("above");

    private final String key;

    State(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the rule fired (alert or continuing). */
    public boolean drifted() {
        return this == ALERT || this == ABOVE;
    }
}
