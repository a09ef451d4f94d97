package com.cp1ki.engine.model;

/**
 * A stack's own forecast inputs, overriding the project-wide ones.
 *
 * @param stack               the stack's name
 * @param priceDeclinePerYear its own decline a year (token prices of an API, hourly rates of a fleet),
 *                            a fraction below 1 (0.9 = 10x cheaper a year; negative: a rise); null = the
 *                            forecast's decline for its kind
 * @param reservedMonthsLeft  months its current reservations still run, counting this month (1 to 36);
 *                            null = they start this month (12 or 36 months)
 */
public record StackForecast(String stack, Double priceDeclinePerYear, Integer reservedMonthsLeft) {

    /** Longest reservation term, months. */
    public static final int MAX_TERM_MONTHS = 36;

    public StackForecast {
        Check.name("forecast stack", stack);
        if (priceDeclinePerYear != null) {
            Forecast.checkDecline("price decline of stack '" + stack + "'", priceDeclinePerYear);
        }
        if (reservedMonthsLeft != null && (reservedMonthsLeft < 1 || reservedMonthsLeft > MAX_TERM_MONTHS)) {
            throw new InvalidInputException("reserved months left of stack '" + stack + "'",
                    "reserved months left of stack '" + stack + "' must be from 1 to " + MAX_TERM_MONTHS
                            + " months, was " + reservedMonthsLeft);
        }
    }

    /** Nothing overridden. */
    public boolean isEmpty() {
        return priceDeclinePerYear == null && reservedMonthsLeft == null;
    }

    public StackForecast withStack(String s) {
        return new StackForecast(s, priceDeclinePerYear, reservedMonthsLeft);
    }
}
