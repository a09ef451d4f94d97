package com.cp1ki.engine.model;

/**
 * Batching of a self-hosted fleet, the fourth optimisation lever: a share of the requests waits for
 * off-peak hours, so the peak the fleet is sized for is lower. A managed API's batching is its
 * serving's batch share and discount ({@link ManagedApi#batchShare()}), not this record.
 *
 * @param offPeakShare b in [0, 1]: the share of requests deferred to hours below the peak
 *                     (self-hosted stacks only; 0 on a managed API)
 */
public record Batching(double offPeakShare) {

    /** No off-peak batching. */
    public static final Batching NONE = new Batching(0);

    public Batching {
        Check.share("off-peak share", offPeakShare);
    }

    public boolean on() {
        return offPeakShare > 0;
    }
}
