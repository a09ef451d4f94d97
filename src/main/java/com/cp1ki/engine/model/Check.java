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

    public static <T> T present(String field, T v) {
        if (v == null) {
            throw new InvalidInputException(field, field + " is missing");
        }
        return v;
    }
}
