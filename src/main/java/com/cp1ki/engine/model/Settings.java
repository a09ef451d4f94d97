package com.cp1ki.engine.model;

/**
 * Project-wide settings.
 *
 * @param currency        display currency code (ISO 4217, e.g. "USD", "INR"; checked against the platform's list)
 * @param fxRate          display units per 1 USD (1 for USD)
 * @param fxDate          the date the FX rate was taken (ISO date text, e.g. "2026-11-01"), or null for USD
 * @param fxSource        where the FX rate came from, or null
 * @param hoursPerMonth   hours in a billing month (default 730)
 * @param daysPerMonth    days in a month (default 30)
 * @param volumeMin       lower end of the volume range for crossovers, inferences/day (default 1e2, at least 1e-3)
 * @param volumeMax       upper end of the volume range, inferences/day (default 1e8, at most {@link Limits#MAX_VOLUME})
 */
public record Settings(String currency, double fxRate, String fxDate, String fxSource,
                       double hoursPerMonth, double daysPerMonth, double volumeMin, double volumeMax) {

    public static final Settings DEFAULT = new Settings("USD", 1.0, null, null, 730, 30, 1e2, 1e8);

    public Settings {
        Check.currency("currency", currency);
        Check.positive("FX rate", fxRate);
        Check.isoDate("FX date", fxDate);
        Check.positive("hours per month", hoursPerMonth);
        Check.positive("days per month", daysPerMonth);
        Check.volume("volume range start", volumeMin);
        Check.volume("volume range end", volumeMax);
        if (volumeMin < Limits.MIN_RANGE_START) {
            throw new InvalidInputException("volume range start", "volume range start must be at least "
                    + Limits.MIN_RANGE_START + " inferences/day, was " + volumeMin);
        }
        if (volumeMax <= volumeMin) {
            throw new InvalidInputException("volume range end", "volume range end must be above its start");
        }
    }

    /** USD amount in display currency. */
    public double toDisplay(double usd) {
        return usd * fxRate;
    }

    /** Display-currency amount in USD. */
    public double toUsd(double display) {
        return display / fxRate;
    }
}
