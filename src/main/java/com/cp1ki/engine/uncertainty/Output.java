package com.cp1ki.engine.uncertainty;

/**
 * One number of the report that a simulation or a tornado follows.
 *
 * @param key      a stable id: {@code cp1ki/WORKLOAD/STACK}, {@code monthly/WORKLOAD/STACK},
 *                 {@code roi/WORKLOAD/STACK}, {@code crossover/WORKLOAD/A/B}, {@code margin/PLAN},
 *                 {@code unprofitable/PLAN} or {@code bill}
 * @param kind     what it measures
 * @param label    how a person reads it, e.g. "CP1Ki of summariser on GPT-4o"
 * @param workload the workload (null for a plan or the bill)
 * @param stack    the stack (crossover: the first of the pair; null for a plan or the bill)
 * @param other    crossover: the second stack of the pair (else null)
 * @param plan     margin and unprofitable share: the plan (else null)
 */
public record Output(String key, Kind kind, String label, String workload, String stack, String other,
                     String plan) {

    /** What an output measures, with its unit. */
    public enum Kind {
        /** cost per 1,000 inferences, USD */
        CP1KI("cp1ki", "USD per 1,000 inferences", true),
        /** the monthly cost of the workload on the stack alone, USD */
        MONTHLY("monthlyCost", "USD a month", true),
        /** value per inference / cost per inference */
        ROI("roiMultiple", "x", false),
        /** the volume above which the cheaper stack at the top of the range stays cheaper (with ops) */
        CROSSOVER("crossoverVolume", "inferences/day", false),
        /** a plan's mean margin per user per month, USD */
        MARGIN("marginPerUser", "USD per user a month", true),
        /** the share of a plan's users who cost more than they pay */
        UNPROFITABLE("unprofitableShare", "share of users", false),
        /** the portfolio's monthly bill, USD */
        BILL("monthlyBill", "USD a month", true);

        private final String json;
        private final String unit;
        private final boolean money;

        Kind(String json, String unit, boolean money) {
            this.json = json;
            this.unit = unit;
            this.money = money;
        }

        /** The word the CLI's JSON and CSV use. */
        public String json() {
            return json;
        }

        /** The unit, in words (money in USD; writers convert to the display currency). */
        public String unit() {
            return unit;
        }

        /** Whether the number is money (converted to the display currency for display). */
        public boolean money() {
            return money;
        }
    }
}
