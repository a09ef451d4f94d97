package com.cp1ki.engine.model;

/**
 * One stack that serves part of a workload in production (the product's routing).
 *
 * @param stack the stack's name
 * @param share the share of the workload's inferences sent to it, in [0, 1]; a workload's shares
 *              add up to 1 (see {@link Workload})
 */
public record Route(String stack, double share) {

    public Route {
        Check.name("routed stack", stack);
        Check.share("routing share", share);
    }

    public Route withShare(double s) {
        return new Route(stack, s);
    }

    /** A share as the percentage a message shows: 0.2 -> "20%", 0.12345 -> "12.345%". */
    public static String percent(double share) {
        double p = Math.round(share * 100 * 1000) / 1000.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
