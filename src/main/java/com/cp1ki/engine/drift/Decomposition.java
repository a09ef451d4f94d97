package com.cp1ki.engine.drift;

import java.util.List;

/**
 * A change of CP1Ki from a baseline period to a window, split into its drivers. The parts add up
 * to {@code actual - baseline} (Shapley split over the six drivers; docs/cost-model.md).
 *
 * @param baseline  CP1Ki over the baseline period, USD per 1,000 inferences (pooled)
 * @param actual    CP1Ki over the window
 * @param parts     one per {@link Driver}, in the enum's order
 */
public record Decomposition(double baseline, double actual, List<Part> parts) {

    public Decomposition {
        parts = List.copyOf(parts);
    }

    /**
     * One driver's share of the change.
     *
     * @param driver   what moved
     * @param amount   its part of the change, USD per 1,000 inferences
     * @param before   the driver's value over the baseline, for people ("1,180 tokens")
     * @param after    its value over the window
     */
    public record Part(Driver driver, double amount, String before, String after) {
    }

    public double change() {
        return actual - baseline;
    }

    public Part part(Driver d) {
        return parts.stream().filter(p -> p.driver() == d).findFirst().orElseThrow();
    }

    /** The driver with the largest part (by absolute amount). */
    public Driver largest() {
        Part best = parts.get(0);
        for (Part p : parts) {
            if (Math.abs(p.amount()) > Math.abs(best.amount())) {
                best = p;
            }
        }
        return best.driver();
    }
}
