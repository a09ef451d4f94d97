package com.cp1ki.io.catalog.lists;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Prices as price lists write them: JSON numbers or decimal strings ("0.000003"), USD per token or
 * per million tokens. A negative, NaN, infinite or non-numeric price is refused with the file,
 * entry and field named; a missing or null one is absent. Decimal arithmetic keeps 2.5e-06 per
 * token exactly 2.5 per million.
 */
final class Values {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final String file;

    Values(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    /** The price in {@code node.field}, times 10^{@code shift} (6 for per token to per million), or null when absent. */
    Double price(JsonNode node, String field, String entry, int shift) throws PriceListException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        BigDecimal d = decimal(v, field, entry);
        if (d.signum() < 0) {
            throw new PriceListException(file, entry, file + ", entry \"" + entry + "\": " + field + " is negative ("
                    + v.asText() + "); a price must be 0 or more. Nothing was imported.");
        }
        double out = d.movePointRight(shift).doubleValue();
        if (Double.isInfinite(out)) {
            throw bad(entry, field, v.asText());
        }
        return out;
    }

    /** Whether {@code node.field} holds exactly OpenRouter's "-1" (a price decided per request). */
    static boolean isDynamic(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && (v.isTextual() || v.isNumber()) && v.asText().trim().equals("-1");
    }

    private BigDecimal decimal(JsonNode v, String field, String entry) throws PriceListException {
        if (v.isNumber()) {
            if (v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue())) {
                throw bad(entry, field, v.asText());
            }
            return v.decimalValue();
        }
        if (v.isTextual()) {
            String s = v.asText().trim();
            if (DECIMAL.matcher(s).matches()) {
                return new BigDecimal(s);
            }
            throw bad(entry, field, '"' + shorten(v.asText()) + '"');
        }
        throw bad(entry, field, shorten(v.toString()));
    }

    private PriceListException bad(String entry, String field, String was) {
        return new PriceListException(file, entry, file + ", entry \"" + entry + "\": " + field
                + " is not a number (" + was + "); a price must be a finite number of US dollars. Nothing was imported.");
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
