package com.cp1ki.engine.report;

/**
 * The answer a client asks first, for one workload at its current volume: which stack is cheapest,
 * by how much, and at what volumes that changes, with ops overhead in every stack's cost and
 * without it. {@code text} says it in one or two sentences, money in the display currency; the
 * workbench shows it above the charts and the markdown report under the workload's heading.
 *
 * @param workload    workload name
 * @param volume      the workload's volume, inferences/day
 * @param withOps     the answer with ops overhead (the costs of the results table)
 * @param withoutOps  the answer without ops overhead
 * @param text        the sentence(s), in the display currency
 */
public record Headline(String workload, double volume, Choice withOps, Choice withoutOps, String text) {

    /**
     * The cheapest stack at the workload's volume and where that holds. Money in USD.
     *
     * @param stack                the cheapest stack
     * @param monthlyCost          its monthly cost at the volume, USD/month
     * @param tiedWith             other stacks that cost exactly as much there (within a billionth), in project order
     * @param runnerUp             the cheapest stack that costs more; null when no stack does
     * @param runnerUpMonthlyCost  its monthly cost, USD/month; null without a runner-up
     * @param savingPer1000        what the cheapest saves against the runner-up per 1,000 inferences, USD; null without one
     * @param savingPerMonth       the same per month, USD/month; null without one
     * @param cheapestFrom         the volume above which {@code stack} is cheapest (inferences/day); null when it is
     *                             cheapest from the start of the volume range, or the volume is outside the range
     * @param cheaperBelow         the stack cheapest just below {@code cheapestFrom}; null with it (or when the
     *                             cheapest stack changes too often there to be listed)
     * @param cheapestTo           the volume up to which {@code stack} stays cheapest; null when it stays cheapest to
     *                             the end of the volume range, or the volume is outside the range
     * @param cheaperAbove         the stack cheapest just above {@code cheapestTo}; null with it (or when unlisted)
     */
    public record Choice(String stack, double monthlyCost, java.util.List<String> tiedWith, String runnerUp, Double runnerUpMonthlyCost,
                         Double savingPer1000, Double savingPerMonth, Double cheapestFrom, String cheaperBelow,
                         Double cheapestTo, String cheaperAbove) {
        public Choice {
            tiedWith = java.util.List.copyOf(tiedWith);
        }
    }
}
