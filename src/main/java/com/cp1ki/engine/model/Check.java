package com.cp1ki.engine.model;

/** Invariant checks for engine records: each failure names the field and the value. */
public final class Check {
    private Check() {
    }

    public static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(field, field + " must be a finite number, was " + v);
        }
        return v;
    }

    public static double nonNegative(String field, double v) {
        finite(field, v);
        if (v < 0) {
            throw new InvalidInputException(field, field + " must be >= 0, was " + v);
        }
        return v;
    }

    public static double positive(String field, double v) {
        finite(field, v);
        if (v <= 0) {
            throw new InvalidInputException(field, field + " must be > 0, was " + v);
        }
        return v;
    }

    /** A share in [0, 1]. */
    public static double share(String field, double v) {
        finite(field, v);
        if (v < 0 || v > 1) {
            throw new InvalidInputException(field, field + " must be between 0 and 1, was " + v);
        }
        return v;
    }

    /** A share in (0, 1], such as a utilisation ceiling. */
    public static double positiveShare(String field, double v) {
        finite(field, v);
        if (v <= 0 || v > 1) {
            throw new InvalidInputException(field, field + " must be in (0, 1], was " + v);
        }
        return v;
    }

    /** A rate in [0, 1), such as a failure rate. */
    public static double belowOne(String field, double v) {
        finite(field, v);
        if (v < 0 || v >= 1) {
            throw new InvalidInputException(field, field + " must be in [0, 1), was " + v);
        }
        return v;
    }

    public static int nonNegative(String field, int v) {
        if (v < 0) {
            throw new InvalidInputException(field, field + " must be >= 0, was " + v);
        }
        return v;
    }

    public static String name(String field, String v) {
        if (v == null || v.isBlank()) {
            throw new InvalidInputException(field, field + " must not be empty");
        }
        return v;
    }

    /**
     * A date as project files write it: ISO 8601 {@code 2026-11-20}, or reduced to {@code 2026-11}
     * or {@code 2026} when the source gives no more; a real calendar date. Null passes (no date).
     */
    public static String isoDate(String field, String v) {
        if (v == null) {
            return null;
        }
        try {
            switch (v.length()) {
                case 4 -> java.time.Year.parse(v);
                case 7 -> java.time.YearMonth.parse(v);
                case 10 -> java.time.LocalDate.parse(v);
                default -> throw new java.time.format.DateTimeParseException("length", v, 0);
            }
            if (v.charAt(0) < '0' || v.charAt(0) > '9') {
                throw new java.time.format.DateTimeParseException("sign", v, 0);
            }
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(field, field + " must be an ISO date such as 2026-11-20 (or 2026-11, 2026), was '"
                    + v + "'");
        }
        return v;
    }

    /** An ISO 4217 currency code the Java platform knows, such as USD or INR. */
    public static String currency(String field, String v) {
        name(field, v);
        boolean known = v.length() == 3 && v.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        if (known) {
            try {
                java.util.Currency.getInstance(v);
            } catch (IllegalArgumentException e) {
                known = false;
            }
        }
        if (!known) {
            throw new InvalidInputException(field, field + " must be an ISO 4217 code such as USD, EUR or INR, was '"
                    + v + "'");
        }
        return v;
    }

    /** A volume in inferences per day: > 0 and at most {@link Limits#MAX_VOLUME}. */
    public static double volume(String field, double v) {
        positive(field, v);
        if (v > Limits.MAX_VOLUME) {
            throw new InvalidInputException(field, field + " must be at most " + Limits.text(Limits.MAX_VOLUME)
                    + " inferences/day, was " + v);
        }
        return v;
    }

    public static <T> T present(String field, T v) {
        if (v == null) {
            throw new InvalidInputException(field, field + " is missing");
        }
        return v;
    }
}
