package com.cp1ki.engine.model;

/**
 * A model cascade, the third optimisation lever: a cheaper stack of the project answers every
 * request first, and a share of them is escalated to this stack as well (paid twice).
 *
 * @param firstStack      the name of the stack that answers first, or null for no cascade; it must be
 *                        another, enabled stack
 * @param escalationShare e in [0, 1]: the share of the requests the first stack answers that are
 *                        sent on to this stack
 */
public record Cascade(String firstStack, double escalationShare) {

    /** No cascade. */
    public static final Cascade NONE = new Cascade(null, 0);

    public Cascade {
        if (firstStack != null && firstStack.isBlank()) {
            firstStack = null;
        }
        Check.share("escalation share", escalationShare);
    }

    /** Whether a first stack is set. */
    public boolean on() {
        return firstStack != null;
    }

    public Cascade withFirstStack(String stack) {
        return new Cascade(stack, escalationShare);
    }
}
