package com.cp1ki.engine;

import com.cp1ki.engine.model.Plan;
import com.cp1ki.engine.report.Portfolio;

/**
 * Which cost a plan's margins use, in words: the portfolio's (routed workloads, as the product is
 * run) or the plan's stack alone (unrouted workloads), or both for a mix.
 */
final class PlanBasis {
    private PlanBasis() {
    }

    static String describe(Plan plan, Portfolio portfolio, String stack) {
        long routed = plan.workloads().stream().filter(n -> portfolio.feature(n).isPresent()).count();
        if (routed == plan.workloads().size()) {
            return "in the portfolio (as routed)";
        }
        if (routed == 0) {
            return "on " + stack;
        }
        return "in the portfolio where routed, else on " + stack + " alone";
    }
}
