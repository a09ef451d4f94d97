package com.cp1ki.io.catalog;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks on catalog entries: a catalog with a bad entry is a broken build, so these throw. */
final class CatalogChecks {
    private CatalogChecks() {
    }

    static void text(String entry, String field, String v) {
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("catalog entry " + entry + ": " + field + " is missing");
        }
    }

    static void price(String entry, String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("catalog entry " + entry + ": " + field + " must be >= 0, was " + v);
        }
    }

    static void optionalPrice(String entry, String field, Double v) {
        if (v != null) {
            price(entry, field, v);
        }
    }

    static void date(String entry, String field, String v) {
        text(entry, field, v);
        try {
            LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("catalog entry " + entry + ": " + field + " must be an ISO date, was " + v, e);
        }
    }

    static void optionalDate(String entry, String field, String v) {
        if (v != null) {
            date(entry, field, v);
        }
    }

    /** validFrom and validTo are ISO dates or null, and validFrom is not after validTo. */
    static void window(String entry, String validFrom, String validTo) {
        optionalDate(entry, "validFrom", validFrom);
        optionalDate(entry, "validTo", validTo);
        if (validFrom != null && validTo != null && LocalDate.parse(validFrom).isAfter(LocalDate.parse(validTo))) {
            throw new IllegalArgumentException("catalog entry " + entry + ": validFrom " + validFrom
                    + " is after validTo " + validTo);
        }
    }

    static boolean within(LocalDate day, String validFrom, String validTo) {
        return (validFrom == null || !day.isBefore(LocalDate.parse(validFrom)))
                && (validTo == null || !day.isAfter(LocalDate.parse(validTo)));
    }
}
