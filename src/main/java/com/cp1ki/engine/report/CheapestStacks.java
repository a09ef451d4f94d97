package com.cp1ki.engine.report;

import java.util.List;

/**
 * Which stack is cheapest for one workload at every volume of the project's range: the lower
 * envelope of the stacks' cost curves ({@link CostCurve}), as bands of volume that each have one
 * cheapest stack. The bands follow each other without gaps from the range's start to its end.
 * Where two stacks cost exactly the same, the one earlier in the project is named.
 *
 * @param workload  workload name
 * @param withOps   whether ops overhead is in every stack's cost
 * @param bands     the bands, lowest volume first
 * @param changes   how many times the cheapest stack changes over the range (listed or not)
 */
public record CheapestStacks(String workload, boolean withOps, List<Band> bands, int changes) {

    public CheapestStacks {
        bands = List.copyOf(bands);
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("the cheapest stacks need at least one band");
        }
    }

    /**
     * A volume band with one cheapest stack.
     *
     * @param fromVolume    lower end, inferences/day (the range start for the first band)
     * @param toVolume      upper end, inferences/day (the range end for the last band)
     * @param stack         the cheapest stack on (fromVolume, toVolume]; null for the one band that
     *                      stands for changes beyond those listed (the cheapest stack changes more
     *                      often there than a report lists)
     * @param startsAtStep  true when a fleet step (a jump in cost) makes this stack the cheapest at
     *                      fromVolume, false when the costs cross there (or the band starts the range)
     */
    public record Band(double fromVolume, double toVolume, String stack, boolean startsAtStep) {
    }

    /** The band holding volume v: (fromVolume, toVolume], the first band for v at or below the range start. */
    public Band bandAt(double v) {
        for (Band b : bands) {
            if (v <= b.toVolume()) {
                return b;
            }
        }
        return bands.get(bands.size() - 1);
    }

    /** Whether every band is listed (no band stands for unlisted changes). */
    public boolean complete() {
        return bands.stream().allMatch(b -> b.stack() != null);
    }
}
