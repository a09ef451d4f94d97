package com.cp1ki.engine.drift;

/**
 * When a feature's CP1Ki has drifted. Lengths are in buckets of the log's {@link Granularity}.
 *
 * <p>Ratio mode (the default): the CP1Ki over the window is above {@code threshold} x the CP1Ki
 * over the trailing baseline (both pooled: cost over the period / inferences over the period).
 * Robust mode: above the median + {@code madK} x MAD of the baseline's per-bucket CP1Ki values.
 * In both, a window is judged only when the guards pass, and otherwise says why not.
 *
 * @param window           buckets in the judged window (default 1 day)
 * @param baseline         trailing buckets before the window that form the baseline (default 30 days)
 * @param threshold        the ratio above which a window drifted: 1 + r (default 1.20)
 * @param minRequests      fewest inferences in the window (and in each robust baseline value) to judge it
 * @param floorUsd         smallest extra spend in the window, USD ((CP1Ki - baseline) x inferences / 1000), to alert
 * @param warmUp           buckets of a feature's history before its first judged window
 * @param sameWeekday      baseline from the same weekday (and hour, for hourly buckets) only
 * @param robust           median +- madK x MAD instead of the ratio
 * @param madK             the MAD multiple of robust mode (default 3)
 * @param maxUnpricedShare largest share of the window's requests whose model the project does not
 *                         price before the window is not judged (default 0.01)
 */
public record DriftRule(int window, int baseline, double threshold, double minRequests, double floorUsd, int warmUp,
                        boolean sameWeekday, boolean robust, double madK, double maxUnpricedShare) {

    public DriftRule {
        if (window < 1 || baseline < 1) {
            throw new IllegalArgumentException("window and baseline must be at least one bucket");
        }
        if (!(threshold > 1) || !Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a ratio above 1 (1.2 = 20% above the baseline), was "
                    + threshold);
        }
        if (!(minRequests >= 0) || !(floorUsd >= 0) || warmUp < 0 || !(madK > 0) || !Double.isFinite(floorUsd)
                || !(maxUnpricedShare >= 0 && maxUnpricedShare <= 1)) {
            throw new IllegalArgumentException("drift guards must be >= 0 (MAD multiple > 0, unpriced share <= 1)");
        }
    }

    /** The defaults of the issue for a granularity: a 1-day window, 30-day baseline, 20%, 100 requests, 7-day warm-up. */
    public static DriftRule defaults(Granularity g) {
        int d = g.perDay();
        return new DriftRule(d, 30 * d, 1.2, 100, 0, 7 * d, false, false, 3, 0.01);
    }

    /** The rule a project's drift setup states, in its buckets (hours or days). */
    public static DriftRule of(com.cp1ki.engine.model.DriftSetup s) {
        int per = s.hourly() ? 1 : 24;
        return new DriftRule(s.windowHours() / per, s.baselineHours() / per, s.threshold(), s.minRequests(), s.floorUsd(),
                s.warmUpHours() / per, s.sameWeekday(), s.robust(), s.madK(), 0.01);
    }

    public DriftRule withThreshold(double t) {
        return new DriftRule(window, baseline, t, minRequests, floorUsd, warmUp, sameWeekday, robust, madK, maxUnpricedShare);
    }

    public DriftRule withLengths(int w, int b, int warm) {
        return new DriftRule(w, b, threshold, minRequests, floorUsd, warm, sameWeekday, robust, madK, maxUnpricedShare);
    }

    public DriftRule withGuards(double minReq, double floor) {
        return new DriftRule(window, baseline, threshold, minReq, floor, warmUp, sameWeekday, robust, madK, maxUnpricedShare);
    }

    public DriftRule withSameWeekday(boolean s) {
        return new DriftRule(window, baseline, threshold, minRequests, floorUsd, warmUp, s, robust, madK, maxUnpricedShare);
    }

    public DriftRule withRobust(boolean r) {
        return new DriftRule(window, baseline, threshold, minRequests, floorUsd, warmUp, sameWeekday, r, madK, maxUnpricedShare);
    }
}
