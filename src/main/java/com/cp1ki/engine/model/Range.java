package com.cp1ki.engine.model;

import org.apache.commons.math3.special.Erf;

import java.util.function.DoubleUnaryOperator;

/**
 * How uncertain one number is: a low and a high with a {@link RangeKind}. A lognormal range reads
 * low and high as its 5th and 95th percentiles (a 90% interval); triangular and uniform ranges
 * read them as their ends, a triangular one with a mode between them. A range whose low equals its
 * high is a certainty: every draw is exactly that number.
 *
 * <p>Every number is drawn through {@link #quantile(double)} from a uniform number in (0, 1), with
 * {@code StrictMath} so the same uniform gives the same value on every machine.
 *
 * @param kind the shape
 * @param low  lower end (lognormal: 5th percentile, must be > 0)
 * @param high upper end (lognormal: 95th percentile), at least {@code low}
 * @param mode triangular only: the most likely value, within [low, high]; null for the other kinds
 */
public record Range(RangeKind kind, double low, double high, Double mode) {

    /** z of the 95th percentile of the standard normal: a 90% interval is mean +- Z90 sigma. */
    public static final double Z90 = 1.6448536269514722;

    public Range {
        if (kind == null) {
            throw new InvalidInputException("range", "a range needs a kind (lognormal, triangular or uniform)");
        }
        if (!Double.isFinite(low) || !Double.isFinite(high)) {
            throw new InvalidInputException("range", "a range needs finite ends, was " + low + " to " + high);
        }
        if (low > high) {
            throw new InvalidInputException("range", "the low end " + num(low) + " is above the high end " + num(high));
        }
        if (kind == RangeKind.LOGNORMAL && !(low > 0)) {
            throw new InvalidInputException("range", "a lognormal range needs a low end above 0, was " + num(low)
                    + "; use a triangular or uniform range for a quantity that may be 0");
        }
        if (kind == RangeKind.TRIANGULAR) {
            if (mode == null || !Double.isFinite(mode)) {
                throw new InvalidInputException("range", "a triangular range needs a mode (its most likely value)");
            }
            if (mode < low || mode > high) {
                throw new InvalidInputException("range", "the mode " + num(mode) + " is outside " + num(low) + " to "
                        + num(high));
            }
        } else if (mode != null) {
            throw new InvalidInputException("range", "only a triangular range has a mode");
        }
    }

    /** A lognormal 90% interval. */
    public static Range lognormal(double low, double high) {
        return new Range(RangeKind.LOGNORMAL, low, high, null);
    }

    /** A triangular range with its ends and mode. */
    public static Range triangular(double low, double mode, double high) {
        return new Range(RangeKind.TRIANGULAR, low, high, mode);
    }

    /** A uniform range between its ends. */
    public static Range uniform(double low, double high) {
        return new Range(RangeKind.UNIFORM, low, high, null);
    }

    /** Whether every draw is the same number (low equals high). */
    public boolean certain() {
        return low == high;
    }

    /** Lognormal: mean of ln X, the midpoint of ln(low) and ln(high). */
    public double mu() {
        return (StrictMath.log(low) + StrictMath.log(high)) / 2;
    }

    /** Lognormal: standard deviation of ln X, (ln(high) - ln(low)) / (2 x 1.6449). */
    public double sigma() {
        return (StrictMath.log(high) - StrictMath.log(low)) / (2 * Z90);
    }

    /**
     * The value with probability {@code p} of being at or below it (the inverse of the cumulative
     * distribution), for p in (0, 1). A certain range gives its one value exactly.
     */
    public double quantile(double p) {
        if (certain()) {
            return low;
        }
        return switch (kind) {
            case LOGNORMAL -> lognormal(mu(), sigma(), p);
            case UNIFORM -> low + p * (high - low);
            case TRIANGULAR -> {
                double c = mode;
                double span = high - low;
                double fc = (c - low) / span;
                yield p < fc ? low + StrictMath.sqrt(p * span * (c - low))
                        : high - StrictMath.sqrt((1 - p) * span * (high - c));
            }
        };
    }

    /**
     * The {@link #quantile} function with what does not depend on p worked out once (a lognormal
     * range's mu and sigma, four logarithms), for a simulation that draws the range thousands of
     * times: the same numbers, bit for bit.
     */
    public DoubleUnaryOperator quantiles() {
        if (kind != RangeKind.LOGNORMAL || certain()) {
            return this::quantile;
        }
        double mu = mu();
        double sigma = sigma();
        return p -> lognormal(mu, sigma, p);
    }

    private static double lognormal(double mu, double sigma, double p) {
        return StrictMath.exp(mu + sigma * standardNormalQuantile(p));
    }

    /** The mean of the distribution (lognormal: exp(mu + sigma^2 / 2), above the median). */
    public double mean() {
        if (certain()) {
            return low;
        }
        return switch (kind) {
            case LOGNORMAL -> StrictMath.exp(mu() + sigma() * sigma() / 2);
            case UNIFORM -> (low + high) / 2;
            case TRIANGULAR -> (low + mode + high) / 3;
        };
    }

    /** The median (lognormal: the geometric mean of low and high). */
    public double median() {
        return quantile(0.5);
    }

    /**
     * z with Phi(z) = p: the standard normal quantile, sqrt(2) erfInv(2p - 1), from commons-math's
     * pure-Java erfInv (the same on every machine).
     */
    public static double standardNormalQuantile(double p) {
        return 1.4142135623730951 * Erf.erfInv(2 * p - 1);
    }

    /** This range with its ends (and mode) multiplied by a factor > 0, for a unit change. */
    public Range scaled(double factor) {
        return new Range(kind, low * factor, high * factor, mode == null ? null : mode * factor);
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
