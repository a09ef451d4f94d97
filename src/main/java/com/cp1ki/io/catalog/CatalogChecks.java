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
}
