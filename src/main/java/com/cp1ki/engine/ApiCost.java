package com.cp1ki.engine;

import com.cp1ki.engine.model.LongContextTier;
import com.cp1ki.engine.model.ManagedApi;

/**
 * The cost-model price of one managed-API request:
 * <pre>
 *   model(I, O)   = [ I(1 - h - w) p_in + I h p_cr + I w p_cw + O p_out ] / 1e6
 *   request(I, O) = model(I, O) x (1 - b d) x (1 + fee%) + fee per request
 * </pre>
 * with the long-context prices for the whole request when I exceeds the tier threshold.
 *
 * <p>Public for one use: {@link #rates} gives the per-token rates of that formula, so that a log
 * row whose cached tokens are known (engine.drift) is priced by the same formula with its own
 * cache shares instead of the stack's assumed h and w.
 */
public final class ApiCost {
    private ApiCost() {
    }

    /**
     * USD per token of each kind, and per request, with the batch share, batch discount and
     * platform fee of the stack applied: {@code model(I, O) x (1 - b d) x (1 + fee%)} is
     * {@code uncached x (I - C - W) + cacheRead x C + cacheWrite x W + output x O}, plus
     * {@code perRequest}, for a request with C input tokens read from the cache and W written.
     */
    public record Rates(double uncached, double cacheRead, double cacheWrite, double output, double perRequest) {
    }

    /** The rates of the base prices, or of the long-context tier (the base ones when there is no tier). */
    public static Rates rates(ManagedApi a, boolean longContext) {
        double k = multiplier(a);
        LongContextTier t = a.longContext();
        if (longContext && t != null) {
            return new Rates(t.inputPrice() / 1e6 * k, t.cacheReadPrice() / 1e6 * k, t.cacheWritePrice() / 1e6 * k,
                    t.outputPrice() / 1e6 * k, a.feePerRequest());
        }
        return new Rates(a.inputPrice() / 1e6 * k, a.cacheReadPrice() / 1e6 * k, a.cacheWritePrice() / 1e6 * k,
                a.outputPrice() / 1e6 * k, a.feePerRequest());
    }

    /** request(I, O) as a linear cost (with its tier), before retries. */
    static LinearCost request(ManagedApi a) {
        Rates base = rates(a, false);
        double alpha = inputPerToken(base, a);
        LongContextTier t = a.longContext();
        if (t == null) {
            return LinearCost.of(alpha, base.output(), base.perRequest());
        }
        Rates tier = rates(a, true);
        return new LinearCost(alpha, base.output(), base.perRequest(), t.thresholdTokens(), inputPerToken(tier, a),
                tier.output());
    }

    /** (1 - b d) x (1 + fee%). */
    static double multiplier(ManagedApi a) {
        return (1 - a.batchShare() * a.batchDiscount()) * (1 + a.platformFeePct());
    }

    /** Blended USD per input token at the stack's cache shares: (1 - h - w) p_in + h p_cr + w p_cw. */
    private static double inputPerToken(Rates r, ManagedApi a) {
        double h = a.cacheReadShare();
        double w = a.cacheWriteShare();
        return (1 - h - w) * r.uncached() + h * r.cacheRead() + w * r.cacheWrite();
    }

    /** Whether anything beyond plain input and output prices applies. */
    static boolean plain(ManagedApi a) {
        return a.cacheReadShare() == 0 && a.cacheWriteShare() == 0 && (a.batchShare() == 0 || a.batchDiscount() == 0)
                && a.platformFeePct() == 0 && a.feePerRequest() == 0 && a.longContext() == null;
    }
}
