package com.cp1ki.io.tokens;

/** What a column (or JSON field) of a token log holds. */
public enum Role {
    INPUT("input"), OUTPUT("output"), WEIGHT("count"), TIME("time"), TAG("tag"),
    /** Recognised but not used unless chosen as the tag column. */
    MODEL("model"),
    IGNORED("ignored");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
