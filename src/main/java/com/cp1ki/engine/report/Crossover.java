package com.cp1ki.engine.report;

import java.util.List;

/**
 * Where two stacks' monthly costs cross for one workload, over the project's volume range.
 *
 * @param workload      workload name
 * @param a             first stack
 * @param b             second stack
 * @param withOps       whether ops overhead is included in both costs
 * @param crossings     every volume (inferences/day) where the cheaper stack changes
 * @param stableAbove   the volume above which {@code cheaperAbove} stays cheaper to the range end (null if none)
 * @param cheaperAbove  the stack cheaper at the top of the range
 * @param cheaperBelow  the stack cheaper at the bottom of the range
 * @param details       each crossing with both costs and whether it happens at a fleet step
 */
public record Crossover(String workload, String a, String b, boolean withOps, List<Double> crossings,
                        Double stableAbove, String cheaperAbove, String cheaperBelow, List<Crossing> details) {

    public Crossover {
        crossings = List.copyOf(crossings);
        details = List.copyOf(details);
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
