package com.cp1ki.engine.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * How a stack is shared when several features are routed to it (the portfolio): how its costs
 * are allocated to features, and how the peaks of the features on a self-hosted fleet coincide.
 *
 * @param fleetKey    how a self-hosted fleet's GPU cost is allocated: GPU-seconds (default),
 *                    requests or tokens; null for a managed API (token costs go to the feature that
 *                    caused them, so there is nothing to allocate)
 * @param overheadKey how fixed and ops costs are allocated: GPU-seconds (self-hosted only), requests
 *                    or an even split
 * @param coincidence peak coincidence factor c in (0, 1] of a self-hosted fleet: the fleet is sized
 *                    for c x the sum of the features' peaks (never below the sum of their means);
 *                    1 (the default) assumes every feature peaks in the same hour. Always 1 for an API
 */
public record Sharing(AllocationKey fleetKey, AllocationKey overheadKey, double coincidence) {

    /** Keys that divide a fleet's GPU cost. */
    public static final Set<AllocationKey> FLEET_KEYS =
            EnumSet.of(AllocationKey.GPU_SECONDS, AllocationKey.REQUESTS, AllocationKey.TOKENS);
    /** Keys that divide fixed and ops costs. */
    public static final Set<AllocationKey> OVERHEAD_KEYS =
            EnumSet.of(AllocationKey.GPU_SECONDS, AllocationKey.REQUESTS, AllocationKey.EVEN);

    /** A self-hosted fleet's default: GPU cost, fixed and ops by GPU-seconds; peaks add up. */
    public static final Sharing GPU_DEFAULT = new Sharing(AllocationKey.GPU_SECONDS, AllocationKey.GPU_SECONDS, 1);
    /** A managed API's default: fixed and ops by requests. */
    public static final Sharing API_DEFAULT = new Sharing(null, AllocationKey.REQUESTS, 1);

    public Sharing {
        Check.present("overhead allocation key", overheadKey);
        if (!OVERHEAD_KEYS.contains(overheadKey)) {
            throw new InvalidInputException("overhead allocation key", "overhead allocation key cannot be "
                    + overheadKey.label() + ": fixed and ops are divided by GPU-seconds, requests or an even split");
        }
        if (fleetKey != null && !FLEET_KEYS.contains(fleetKey)) {
            throw new InvalidInputException("fleet allocation key", "fleet allocation key cannot be "
                    + fleetKey.label() + ": a fleet's GPU cost is divided by GPU-seconds, requests or tokens");
        }
        Check.positiveShare("peak coincidence factor", coincidence);
    }

    /** The default for a serving kind. */
    public static Sharing defaultFor(Serving serving) {
        return serving instanceof SelfHostedGpu ? GPU_DEFAULT : API_DEFAULT;
    }

    /** Whether these keys make sense for the serving kind (throws naming the field when not). */
    void checkFits(Serving serving) {
        if (serving instanceof SelfHostedGpu) {
            if (fleetKey == null) {
                throw new InvalidInputException("fleet allocation key", "fleet allocation key is missing; a"
                        + " self-hosted stack divides its GPU cost by GPU-seconds, requests or tokens");
            }
            return;
        }
        if (fleetKey != null) {
            throw new InvalidInputException("fleet allocation key", "fleet allocation key " + fleetKey.label()
                    + " makes no sense for a managed API (it has no fleet: token costs go to the feature that"
                    + " caused them); leave it unset");
        }
        if (overheadKey == AllocationKey.GPU_SECONDS) {
            throw new InvalidInputException("overhead allocation key", "overhead allocation key GPU-seconds makes no"
                    + " sense for a managed API (it uses no GPU-seconds of its own); use requests or an even split");
        }
        if (coincidence != 1) {
            throw new InvalidInputException("peak coincidence factor", "peak coincidence factor must be 1 for a"
                    + " managed API (it has no fleet to size), was " + coincidence);
        }
    }

    /** Whether these keys fit the serving kind. */
    public boolean fits(Serving serving) {
        try {
            checkFits(serving);
            return true;
        } catch (InvalidInputException e) {
            return false;
        }
    }

    /** These keys made to fit a serving kind, keeping every choice that still makes sense. */
    public Sharing adaptedTo(Serving serving) {
        if (serving instanceof SelfHostedGpu) {
            return fleetKey != null ? this : new Sharing(AllocationKey.GPU_SECONDS, overheadKey, coincidence);
        }
        return new Sharing(null, overheadKey == AllocationKey.GPU_SECONDS ? AllocationKey.REQUESTS : overheadKey, 1);
    }

    public Sharing withFleetKey(AllocationKey k) {
        return new Sharing(k, overheadKey, coincidence);
    }

    public Sharing withOverheadKey(AllocationKey k) {
        return new Sharing(fleetKey, k, coincidence);
    }

    public Sharing withCoincidence(double c) {
        return new Sharing(fleetKey, overheadKey, c);
    }
}
