package com.cp1ki.io.catalog.lists;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;

/** Turns a parser failure into a message naming the file, the line and the entry being read. */
final class ParseErrors {

    private ParseErrors() {
    }

    static PriceListException of(JsonProcessingException e, String file, String entry) {
        JsonLocation loc = e.getLocation();
        String at = loc == null || loc.getLineNr() < 0 ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        String in = entry == null ? "" : " (in entry \"" + entry + "\")";
        String original = Sniffer.firstLine(e.getOriginalMessage());
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof IllegalArgumentException) {
                return new PriceListException(file, entry, file + ": " + c.getMessage() + at + ". Nothing was imported.", e);
            }
        }
        String msg;
        if (PriceLists.isLimit(e)) {
            msg = file + " exceeds a parser limit for price lists" + at + in + ": " + limit(original);
        } else if (PriceLists.isTruncation(e)) {
            msg = file + " ends too early" + at + in + "; the file looks truncated";
        } else if (original.startsWith("Duplicate field")) {
            msg = file + " has the key '" + original.replaceFirst("^Duplicate field '(.*)'.*$", "$1") + "' twice in one object"
                    + at + in;
        } else if (original.startsWith("Non-standard token")) {
            msg = file + " holds NaN or Infinity" + at + in + ", which JSON does not allow; a price must be a finite number";
        } else {
            msg = file + " is not valid JSON" + at + in + ": " + original.replaceFirst(":? *was expecting.*$", "");
        }
        return new PriceListException(file, entry, msg + ". Nothing was imported.", e);
    }

    private static String limit(String original) {
        if (original.contains("nesting depth")) {
            return "objects and lists nest deeper than " + PriceLists.MAX_NESTING_DEPTH + " levels";
        }
        if (original.contains("String value length")) {
            return "a text value is longer than " + PriceLists.MAX_STRING_LENGTH + " characters";
        }
        if (original.contains("Number value length")) {
            return "a number is longer than " + PriceLists.MAX_NUMBER_LENGTH + " characters";
        }
        return original.replaceFirst(" *\\(.*$", "");
    }
}
