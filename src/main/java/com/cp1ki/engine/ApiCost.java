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
 */
final class ApiCost {
    private ApiCost() {
    }

    /** request(I, O) as a linear cost (with its tier), before retries. */
    static LinearCost request(ManagedApi a) {
        double k = multiplier(a);
        double alpha = inputPerToken(a.inputPrice(), a.cacheReadPrice(), a.cacheWritePrice(), a) * k;
        double beta = a.outputPrice() / 1e6 * k;
        LongContextTier t = a.longContext();
        if (t == null) {
            return LinearCost.of(alpha, beta, a.feePerRequest());
        }
        double ta = inputPerToken(t.inputPrice(), t.cacheReadPrice(), t.cacheWritePrice(), a) * k;
        double tb = t.outputPrice() / 1e6 * k;
        return new LinearCost(alpha, beta, a.feePerRequest(), t.thresholdTokens(), ta, tb);
    }

    /** (1 - b d) x (1 + fee%). */
    static double multiplier(ManagedApi a) {
        return (1 - a.batchShare() * a.batchDiscount()) * (1 + a.platformFeePct());
    }

    /** Blended USD per input token: (1 - h - w) p_in + h p_cr + w p_cw, over 1e6. */
    private static double inputPerToken(double pin, double pcr, double pcw, ManagedApi a) {
        double h = a.cacheReadShare();
        double w = a.cacheWriteShare();
        return ((1 - h - w) * pin + h * pcr + w * pcw) / 1e6;
    }

    /** Whether anything beyond plain input and output prices applies. */
    static boolean plain(ManagedApi a) {
        return a.cacheReadShare() == 0 && a.cacheWriteShare() == 0 && (a.batchShare() == 0 || a.batchDiscount() == 0)
                && a.platformFeePct() == 0 && a.feePerRequest() == 0 && a.longContext() == null;
    }
}
