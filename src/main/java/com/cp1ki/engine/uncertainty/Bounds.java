package com.cp1ki.engine.uncertainty;

import com.cp1ki.engine.field.FieldPath;
import com.cp1ki.engine.model.Limits;

/**
 * The interval each input must stay in, by the record component that holds it (the model's own
 * constructor checks, which {@code BoundsTest} holds this table to). A lognormal range's tails
 * reach past any interval; its rare draws outside are moved to the nearest allowed value, and a
 * lognormal range is refused on a share-like input (at most 1), where that would pile draws up.
 *
 * @param min      lowest value
 * @param minOpen  whether {@code min} itself is excluded
 * @param max      highest value (infinite when none)
 * @param maxOpen  whether {@code max} itself is excluded
 */
record Bounds(double min, boolean minOpen, double max, boolean maxOpen) {
    private static final double INF = Double.POSITIVE_INFINITY;
    static final Bounds NON_NEGATIVE = new Bounds(0, false, INF, false);
    static final Bounds POSITIVE = new Bounds(0, true, INF, false);
    static final Bounds SHARE = new Bounds(0, false, 1, false);
    static final Bounds POSITIVE_SHARE = new Bounds(0, true, 1, false);
    static final Bounds BELOW_ONE = new Bounds(0, false, 1, true);
    /** A forecast's growth a month: above -100%, at most +100% ({@code Forecast.checkGrowth}). */
    static final Bounds GROWTH = new Bounds(-1, true, 1, false);
    /** A forecast's decline a year: at least -100%, below 100% ({@code Forecast.checkDecline}). */
    static final Bounds DECLINE = new Bounds(-1, false, 1, true);

    static Bounds of(FieldPath path) {
        return switch (path.leaf()) {
            case "cacheReadShare", "cacheWriteShare", "batchShare", "batchDiscount" -> SHARE;
            case "utilisationCeiling", "coincidence" -> POSITIVE_SHARE;
            case "failureRate", "reserved1yDiscount", "reserved3yDiscount" -> BELOW_ONE;
            case "peakToAverage" -> new Bounds(1, false, INF, false);
            case "volumeGrowthPerMonth", "tokenGrowthPerMonth" -> GROWTH;
            case "apiPriceDeclinePerYear", "gpuRateDeclinePerYear", "priceDeclinePerYear" -> DECLINE;
            case "inferencesPerDay" -> new Bounds(0, true, Limits.MAX_VOLUME, false);
            case "fxRate", "hoursPerMonth", "daysPerMonth", "amortisationMonths", "median", "p95", "thresholdTokens",
                 Inputs.INPUT_SCALE, Inputs.OUTPUT_SCALE -> POSITIVE;
            default -> NON_NEGATIVE;
        };
    }

    /**
     * Whether a lognormal range's tail would pile draws up at the top: a share, a ceiling or a
     * decline (nothing above 1). Not a growth a month: its cap of +100% a month lies far beyond any
     * plausible draw (and a draw that takes a volume out of bounds is refused by the forecast).
     */
    boolean capped() {
        return max <= 1 && !equals(GROWTH);
    }

    boolean contains(double v) {
        return (minOpen ? v > min : v >= min) && (maxOpen ? v < max : v <= max);
    }

    /** The interval in words, e.g. "0 to 1" or "above 0". */
    String describe() {
        String lo = (minOpen ? "above " : "at least ") + num(min);
        if (max == INF) {
            return lo;
        }
        return lo + " and " + (maxOpen ? "below " : "at most ") + num(max);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** {@code v} moved into the interval (an open end is approached, never reached). */
    double clamp(double v) {
        if (v < min || (minOpen && v == min)) {
            return minOpen ? Math.nextUp(min) : min;
        }
        if (v > max || (maxOpen && v == max)) {
            return maxOpen ? Math.nextDown(max) : max;
        }
        return v;
    }
}
