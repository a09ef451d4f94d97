package com.cp1ki.io.tokens;

/** Why an input row was not used. Every skipped row is counted under exactly one reason. */
public enum SkipReason {
    NON_NUMERIC("nonNumeric", "token count is not a number"),
    NEGATIVE("negative", "token count is negative"),
    FRACTIONAL("fractional", "token count has a fraction"),
    OVERFLOW("overflow", "token count above 2^52 (4.5e15)"),
    EMPTY_CELL("emptyCell", "token count is empty"),
    RAGGED("ragged", "row has a different number of cells than the header"),
    TEXT_AFTER_QUOTE("textAfterQuote", "text after a closing quote"),
    BAD_WEIGHT("badWeight", "count/weight is not a positive number up to 2^52"),
    BAD_TIMESTAMP("badTimestamp", "timestamp not understood"),
    LINE_TOO_LONG("lineTooLong", "line or record longer than 1 MiB"),
    BAD_JSON("badJson", "line is not valid JSON"),
    NOT_AN_OBJECT("notAnObject", "JSON value is not an object"),
    MISSING_FIELD("missingField", "no input or output token field"),
    NO_TIMESTAMP("noTimestamp", "no timestamp (drift needs one on every row)"),
    NO_FEATURE("noFeature", "no feature tag"),
    NO_MODEL("noModel", "no model name"),
    CACHED_ABOVE_INPUT("cachedAboveInput", "more cached tokens than input tokens"),
    BAD_CACHED("badCached", "cached-token count is not a whole number >= 0"),
    BAD_COST("badCost", "cost is not a number >= 0"),
    BAD_STATUS("badStatus", "status is neither a success nor a failure");

    private final String key;
    private final String description;

    SkipReason(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /** Stable camelCase key used in the CLI's JSON report. */
    public String key() {
        return key;
    }

    /** A short phrase for people. */
    public String description() {
        return description;
    }
}
