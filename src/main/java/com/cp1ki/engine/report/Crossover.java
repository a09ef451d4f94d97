package com.cp1ki.engine.report;

import java.util.List;

/**
 * Where two stacks' monthly costs cross for one workload, over the project's volume range.
 *
 * @param workload      workload name
 * @param a             first stack
 * @param b             second stack
 * @param withOps       whether ops overhead is included in both costs
 * @param crossings     the volumes (inferences/day) where the cheaper stack changes, in order: every one, or
 *                      the first of them when there are more than the engine lists ({@code crossingCount})
 * @param stableAbove   the volume above which {@code cheaperAbove} stays cheaper to the range end: the last
 *                      crossing, listed or not (null if none)
 * @param cheaperAbove  the stack cheaper at the top of the range
 * @param cheaperBelow  the stack cheaper at the bottom of the range
 * @param details       each listed crossing with both costs and whether it happens at a fleet step
 * @param crossingCount how many crossings there are in all, listed or not (at least {@code crossings.size()})
 */
public record Crossover(String workload, String a, String b, boolean withOps, List<Double> crossings,
                        Double stableAbove, String cheaperAbove, String cheaperBelow, List<Crossing> details,
                        int crossingCount) {

    public Crossover {
        crossings = List.copyOf(crossings);
        details = List.copyOf(details);
        if (crossingCount < crossings.size()) {
            throw new IllegalArgumentException("crossingCount " + crossingCount + " below the " + crossings.size() + " listed");
        }
    }

    /** A crossover whose crossings are all listed. */
    public Crossover(String workload, String a, String b, boolean withOps, List<Double> crossings,
                     Double stableAbove, String cheaperAbove, String cheaperBelow, List<Crossing> details) {
        this(workload, a, b, withOps, crossings, stableAbove, cheaperAbove, cheaperBelow, details, crossings.size());
    }

    /** Whether more crossings exist than are listed. */
    public boolean truncated() {
        return crossingCount > crossings.size();
    }

    /**
     * One crossing.
     *
     * @param volume  inferences/day
     * @param atStep  true when a fleet step (a jump in cost) flips the order; then the costs differ there
     * @param costA   monthly cost of a at the volume (USD)
     * @param costB   monthly cost of b at the volume (USD)
     */
    public record Crossing(double volume, boolean atStep, double costA, double costB) {
    }
}
