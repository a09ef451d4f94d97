package com.cp1ki.engine.model;

/**
 * One way to serve workloads: its serving kind plus the costs common to every stack.
 *
 * @param name     unique within the project
 * @param enabled  whether the stack takes part in comparisons and charts
 * @param serving  managed API or self-hosted GPUs
 * @param common   fixed, ops, extras, retries
 * @param sharing  how its costs are divided when several features are routed to it (the portfolio)
 * @param levers   its optimisation levers (compression, semantic cache, cascade, off-peak batching);
 *                 {@link Levers#NONE} for none. The stacks they name are checked by {@link Project}.
 */
public record Stack(String name, boolean enabled, Serving serving, CommonCosts common, Sharing sharing,
                    Levers levers) {

    public Stack {
        Check.name("stack name", name);
        Check.present("serving", serving);
        Check.present("common costs", common);
        Check.present("sharing", sharing);
        Check.present("levers", levers);
        sharing.checkFits(serving);
        if (serving instanceof ManagedApi && levers.batching().on()) {
            throw new InvalidInputException("off-peak share", "off-peak share applies to a self-hosted fleet; a"
                    + " managed API's batching is its batch share and batch discount, was " + levers.batching().offPeakShare());
        }
    }

    /** A stack without levers. */
    public Stack(String name, boolean enabled, Serving serving, CommonCosts common, Sharing sharing) {
        this(name, enabled, serving, common, sharing, Levers.NONE);
    }

    /** A stack with the default sharing of its serving kind. */
    public Stack(String name, boolean enabled, Serving serving, CommonCosts common) {
        this(name, enabled, serving, common, Sharing.defaultFor(serving), Levers.NONE);
    }

    public Stack withEnabled(boolean e) {
        return new Stack(name, e, serving, common, sharing, levers);
    }

    public Stack withName(String n) {
        return new Stack(n, enabled, serving, common, sharing, levers);
    }

    /** Another serving; sharing keys and levers that do not fit its kind are adapted ({@link Sharing#adaptedTo}, {@link Levers#adaptedTo}). */
    public Stack withServing(Serving s) {
        return new Stack(name, enabled, s, common, sharing.adaptedTo(s), levers.adaptedTo(s));
    }

    public Stack withCommon(CommonCosts c) {
        return new Stack(name, enabled, serving, c, sharing, levers);
    }

    public Stack withSharing(Sharing s) {
        return new Stack(name, enabled, serving, common, s, levers);
    }

    public Stack withLevers(Levers l) {
        return new Stack(name, enabled, serving, common, sharing, l);
    }

    /** Whether the stack has a lever: one of {@link #levers()}, or a managed API's batch share at a discount. */
    public boolean hasLevers() {
        return levers.any() || serving instanceof ManagedApi a && a.batchShare() > 0 && a.batchDiscount() > 0;
    }
}
