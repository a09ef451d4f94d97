package com.cp1ki.engine.model;

/** Which hourly rate a self-hosted fleet is billed at. */
public enum RateKind {
    ON_DEMAND("on-demand"), RESERVED_1Y("reserved 1-year"), RESERVED_3Y("reserved 3-year"), SPOT("spot");

    private final String label;

    RateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
