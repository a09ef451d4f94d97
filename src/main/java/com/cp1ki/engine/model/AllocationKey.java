package com.cp1ki.engine.model;

/**
 * How a shared stack's cost is divided among the features routed to it (docs/cost-model.md,
 * "Portfolio"). Which keys make sense depends on the cost and the stack kind; see {@link Sharing}.
 */
public enum AllocationKey {
    /** busy GPU-seconds: monthly inferences x retry factor x GPU-seconds per request (self-hosted only) */
    GPU_SECONDS("GPU-seconds"),
    /** inferences routed to the stack */
    REQUESTS("requests"),
    /** tokens routed to the stack: monthly inferences x (mean input + mean output tokens) */
    TOKENS("tokens"),
    /** the same amount for each feature routed to the stack */
    EVEN("even split");

    private final String label;

    AllocationKey(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
