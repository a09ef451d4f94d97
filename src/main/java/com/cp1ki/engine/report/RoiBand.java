package com.cp1ki.engine.report;

/** ROI bands of the cost model: m >= 10, 3 <= m < 10, 1 <= m < 3, m < 1. */
public enum RoiBand {
    EXCELLENT("excellent"), GOOD("good"), MARGINAL("marginal"), UNSUSTAINABLE("unsustainable");

    private final String label;

    RoiBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of an ROI multiple. */
    public static RoiBand of(double multiple) {
        if (multiple >= 10) {
            return EXCELLENT;
        }
        if (multiple >= 3) {
            return GOOD;
        }
        if (multiple >= 1) {
            return MARGINAL;
        }
        return UNSUSTAINABLE;
    }
}
