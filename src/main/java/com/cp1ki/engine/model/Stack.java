package com.cp1ki.engine.model;

/**
 * One way to serve workloads: its serving kind plus the costs common to every stack.
 *
 * @param name     unique within the project
 * @param enabled  whether the stack takes part in comparisons and charts
 * @param serving  managed API or self-hosted GPUs
 * @param common   fixed, ops, extras, retries
 * @param sharing  how its costs are divided when several features are routed to it (the portfolio)
 */
public record Stack(String name, boolean enabled, Serving serving, CommonCosts common, Sharing sharing) {

    public Stack {
        Check.name("stack name", name);
        Check.present("serving", serving);
        Check.present("common costs", common);
        Check.present("sharing", sharing);
        sharing.checkFits(serving);
    }

    /** A stack with the default sharing of its serving kind. */
    public Stack(String name, boolean enabled, Serving serving, CommonCosts common) {
        this(name, enabled, serving, common, Sharing.defaultFor(serving));
    }

    public Stack withEnabled(boolean e) {
        return new Stack(name, e, serving, common, sharing);
    }

    public Stack withName(String n) {
        return new Stack(n, enabled, serving, common, sharing);
    }

    /** Another serving; sharing keys that do not fit its kind are adapted ({@link Sharing#adaptedTo}). */
    public Stack withServing(Serving s) {
        return new Stack(name, enabled, s, common, sharing.adaptedTo(s));
    }

    public Stack withCommon(CommonCosts c) {
        return new Stack(name, enabled, serving, c, sharing);
    }

    public Stack withSharing(Sharing s) {
        return new Stack(name, enabled, serving, common, s);
    }
}
