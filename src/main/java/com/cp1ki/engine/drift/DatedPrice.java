package com.cp1ki.engine.drift;

import com.cp1ki.engine.model.ManagedApi;

import java.time.LocalDate;

/**
 * The prices of a stack over a period: a catalog entry's validity or a contract's term.
 *
 * @param stack  the stack's name
 * @param from   first day the prices apply, or null for "since always"
 * @param to     first day they no longer apply (exclusive), or null for "still"
 * @param prices the prices (with the stack's batch and fee terms)
 */
public record DatedPrice(String stack, LocalDate from, LocalDate to, ManagedApi prices) {

    public DatedPrice {
        if (stack == null || prices == null) {
            throw new IllegalArgumentException("a dated price needs a stack and prices");
        }
        if (from != null && to != null && !to.isAfter(from)) {
            throw new IllegalArgumentException("dated price for " + stack + ": validTo " + to + " is not after validFrom " + from);
        }
    }

    public boolean covers(LocalDate day) {
        return (from == null || !day.isBefore(from)) && (to == null || day.isBefore(to));
    }
}
